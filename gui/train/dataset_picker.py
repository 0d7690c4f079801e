"""Choosing the training dataset, and getting one that is missing.

Each dataset of ``ae_models.data.REGISTRY`` is listed; one whose files are not found is disabled, with
the folders searched and how to get it: download it (with progress, in a worker thread) or pick a
folder that holds it (remembered by the tab in QSettings). The choice never changes behind the user's
back: a missing dataset stays selected (the presets are made for MNIST) and says why Start is off.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QToolButton, QVBoxLayout, QWidget)

from ae_models import data
from gui.workers import DownloadWorker, Runner


def _stack(layout: QBoxLayout, *items: QWidget | QBoxLayout) -> QBoxLayout:
    """Fill a margin-less box layout with widgets and layouts, in order."""
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if isinstance(item, QWidget):
            layout.addWidget(item)
        else:
            layout.addLayout(item)
    return layout


class DatasetPicker(QWidget):
    """A dataset combo with a notice for missing datasets; ``changed`` fires when the choice or availability changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.mirrors: Sequence[str] | None = None  # None: the registry's mirrors
        self._target: data.DatasetInfo | None = None
        self._error = ""
        self.runner = Runner(self)
        self.runner.idle.connect(self._on_download_idle)
        self.combo = QComboBox(minimumContentsLength=12)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for info in data.REGISTRY.values():
            self.combo.addItem(info.title, info.name)
        self.summary = QLabel(wordWrap=True)
        self.details_button = QToolButton(text="Details", checkable=True, autoRaise=True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.notice = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.download_button = QPushButton("Download")
        self.folder_button = QPushButton("Choose folder…")
        self.bar = QProgressBar(textVisible=True)
        self.bar.hide()
        self._build_layout()
        self.details_button.toggled.connect(self._show_details)
        self.combo.currentIndexChanged.connect(self._on_choice)
        self.download_button.clicked.connect(self.download)
        self.folder_button.clicked.connect(self.choose_folder)
        self.refresh()

    def _build_layout(self) -> None:
        """Combo on top; under it a one-line summary of a missing dataset, and its details when opened."""
        buttons = _stack(QHBoxLayout(), self.download_button, self.folder_button)
        buttons.addStretch(1)
        self.details = QWidget()
        _stack(QVBoxLayout(self.details), self.notice, buttons, self.bar)
        summary = _stack(QHBoxLayout(), self.summary, self.details_button)
        summary.setStretch(0, 1)
        self.help = QWidget()
        _stack(QVBoxLayout(self.help), summary, self.details)
        _stack(QVBoxLayout(self), self.combo, self.help)

    @property
    def name(self) -> str:
        return self.combo.currentData()

    def available(self, name: str) -> bool:
        return data.locate(name, self.folder) is not None

    def set_folder(self, folder: str | Path | None) -> None:
        """Also look in ``folder`` (a user-picked one) for datasets."""
        self.folder = Path(folder) if folder else None
        self.refresh()

    def select(self, name: str) -> None:
        """Choose ``name`` (a known dataset), even when it is missing: the notice then says how to get it."""
        index = self.combo.findData(name)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def refresh(self) -> None:
        """Re-check which datasets are present; disable the others and explain the first missing one."""
        model: QStandardItemModel = self.combo.model()
        missing = []
        for row, info in enumerate(data.REGISTRY.values()):
            ok = self.available(info.name)
            item = model.item(row)
            item.setEnabled(ok)
            item.setText(info.title if ok else f"{info.title} (not found)")
            item.setToolTip("" if ok else self._why_missing(info))
            if not ok:
                missing.append(info)
        self._target = next((i for i in missing if i.name == self.name), missing[0] if missing else None)
        self.help.setVisible(self._target is not None)
        if self._target is not None:
            text = self._why_missing(self._target) + (f"\n\n{self._error}" if self._error else "")
            self.notice.setText(text.replace("/", "/\u200b"))  # lets long paths wrap at their slashes
            self.summary.setText(f"{self._target.title} was not found.")
            self.details_button.setChecked(bool(self._error) or not self.available(self.name))
        self._show_details(self.details_button.isChecked())
        self.changed.emit()

    @Slot(bool)
    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _why_missing(self, info: data.DatasetInfo) -> str:
        looked = "\n".join(f"  • {d}" for d in data.candidate_dirs(info, self.folder))
        hint = f"\n{info.install_hint}" if info.install_hint else ""
        return (f"{info.title} was not found. Looked in:\n{looked}\n"
                f"Download it, or choose a folder holding its four IDX files.{hint}")

    def problem(self) -> str | None:
        """Why the chosen dataset cannot be used, or None."""
        if self.runner.running:
            return "Wait for the download to finish."
        if not self.available(self.name):
            return self.tr("{0} was not found: download it or choose its folder.").format(data.REGISTRY[self.name].title)
        return None

    @Slot()
    def _on_choice(self) -> None:
        self.refresh()  # the notice explains the dataset now chosen

    @Slot()
    def download(self) -> None:
        """Fetch the explained dataset into the cache in a worker thread."""
        if self._target is None or self.runner.running:
            return
        worker = DownloadWorker(self._target.name, self.mirrors)
        worker.progress.connect(self._on_progress)
        worker.failed.connect(self._on_failed)
        self._error = ""
        self.bar.setRange(0, 0)
        self.bar.setFormat(f"Downloading {self._target.title}…")
        self.bar.show()
        self.download_button.setEnabled(False)
        self.runner.start(worker)
        self.changed.emit()

    @Slot(str, int, int)
    def _on_progress(self, file: str, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.bar.setFormat(f"{file}: {done / 1e6:.1f} of {total / 1e6:.1f} MB" if total else f"{file}: {done / 1e6:.1f} MB")

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._error = message

    @Slot()
    def _on_download_idle(self) -> None:
        downloaded = self._target
        self.bar.hide()
        self.download_button.setEnabled(True)
        self.refresh()
        if downloaded is not None:
            self.select(downloaded.name)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder holding the dataset", str(self.folder or Path.home()))
        if folder:
            self.set_folder(folder)
            if self._target is not None:
                self.select(self._target.name)

    def shutdown(self) -> None:
        """Abandon a download in progress (its partial file is removed) and wait for its thread."""
        self.runner.stop()
