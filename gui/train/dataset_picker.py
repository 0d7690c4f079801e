"""Choosing the training dataset; a missing one is explained by the shared dataset notice.

Each dataset of ``ae_models.data.REGISTRY`` is listed; one the dataset service does not find is
disabled, and the notice under the combo offers to download it or to choose its folder (for every tab).
The choice never changes behind the user's back: a missing dataset stays selected (the presets are made
for MNIST) and the notice and ``problem`` say why Start is off.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ae_models import data
from gui import i18n
from gui.datasets import DOWNLOADING, MISSING, DatasetService
from gui.widgets.dataset_notice import DatasetNotice


class DatasetPicker(QWidget):
    """A dataset combo over the shared service; ``changed`` fires when the choice or availability changes."""

    changed = Signal()

    def __init__(self, service: DatasetService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service or DatasetService(self)
        self.combo = QComboBox(minimumContentsLength=12)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for info in data.REGISTRY.values():
            self.combo.addItem(i18n.engine(info.title), info.name)
        self.notice = DatasetNotice(self.service, self.name, compact=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.notice)
        self.combo.currentIndexChanged.connect(self._on_choice)
        self.service.changed.connect(self._on_service_changed)
        self.refresh()

    @property
    def name(self) -> str:
        return self.combo.currentData()

    @property
    def folder(self) -> Path | None:
        """The folder the user chose (shared by every tab), or None."""
        return self.service.folder

    def available(self, name: str) -> bool:
        return self.service.available(name)

    def select(self, name: str) -> None:
        """Choose ``name`` (a known dataset), even when it is missing: the notice then says how to get it."""
        index = self.combo.findData(name)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def refresh(self) -> None:
        """Re-check which datasets are present; disable the others and explain the chosen or first missing one
        (the choice itself stays)."""
        model: QStandardItemModel = self.combo.model()
        missing = []
        for row, info in enumerate(data.REGISTRY.values()):
            ok = self.available(info.name)
            item = model.item(row)
            item.setEnabled(ok)
            title = i18n.engine(info.title)
            item.setText(title if ok else self.tr("{0} (not found)").format(title))
            item.setToolTip("" if ok else " ".join(filter(None, (
                self.tr("{0} was not found: download it or choose its folder.").format(title),
                info.install_hint and i18n.engine(info.install_hint)))))
            if not ok:
                missing.append(info.name)
        downloading = [n for n in data.REGISTRY if self.service.state(n) == DOWNLOADING]
        target = next(iter(downloading), self.name if self.name in missing else next(iter(missing), self.name))
        self.notice.set_dataset(target)
        self.notice.details_button.setChecked(not self.available(self.name) or bool(self.service.message(target)))
        self.changed.emit()

    def problem(self) -> str | None:
        """Why the chosen dataset cannot be used, or None."""
        if any(self.service.state(n) == DOWNLOADING for n in data.REGISTRY):
            return self.tr("Wait for the download to finish.")
        if self.service.state(self.name) == MISSING:
            return self.tr("{0} was not found: download it or choose its folder.").format(
                i18n.engine(data.REGISTRY[self.name].title))
        return None

    @Slot()
    def _on_choice(self) -> None:
        self.refresh()

    @Slot(str)
    def _on_service_changed(self, name: str) -> None:
        was_missing = not self.combo.model().item(self.combo.findData(name)).isEnabled()
        self.refresh()
        if was_missing and self.available(name):  # just downloaded or found: the user wants it
            self.select(name)
