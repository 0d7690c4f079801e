"""The one notice for a dataset that is missing, loading, downloading or damaged, with the same actions
everywhere: download it (with progress and cancel) or choose the folder that holds it.

It shows what the shared ``DatasetService`` says and hides itself once the dataset is found; choosing a
folder here changes it for every tab.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ae_models import data
from gui.datasets import DAMAGED, DOWNLOADING, LOADING, MISSING, DatasetService
from gui.i18n import engine
from gui.widgets.file_dialogs import existing_folder


class DatasetNotice(QFrame):
    """Says what is going on with one dataset and what can be done; ``purpose`` says what needs it.

    A ``compact`` notice (inside a form) has no frame and says only "not found" until its details open.
    """

    def __init__(self, service: DatasetService, name: str, purpose: str = "", parent: QWidget | None = None,
                 compact: bool = False):
        super().__init__(parent)
        self.service, self.name, self.purpose, self.compact = service, name, purpose, compact
        if not compact:
            self.setFrameShape(QFrame.Shape.StyledPanel)
            self.setObjectName("datasetNotice")
            self.setStyleSheet("#datasetNotice { background: palette(alternate-base); }")
        self.text = QLabel(wordWrap=True)
        self.details_button = QToolButton(text=self.tr("Details"), checkable=True, autoRaise=True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(maximumWidth=220)
        self.progress.setToolTip(self.tr("How much of the dataset has been downloaded."))
        self.download_button = QPushButton()
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self._build_layout()
        self.details_button.toggled.connect(self._show_details)
        self.download_button.clicked.connect(self.download)
        self.folder_button.clicked.connect(self.choose_folder)
        self.cancel_button.clicked.connect(self._cancel)
        service.changed.connect(self._on_changed)
        service.downloadProgress.connect(self._on_progress)
        self.set_dataset(name)

    def _build_layout(self) -> None:
        """A banner is one row (text, then the actions); a compact notice puts the actions under its text."""
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        buttons = top if not self.compact else QHBoxLayout()
        for widget in (self.progress, self.download_button, self.folder_button, self.cancel_button):
            buttons.addWidget(widget)
        top.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop if self.compact else Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        if self.compact:
            layout.setContentsMargins(0, 0, 0, 0)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        self._show_details(False)

    @property
    def title(self) -> str:
        """The dataset's name as people read it."""
        return engine(data.REGISTRY[self.name].title)

    def set_dataset(self, name: str) -> None:
        """Follow another dataset (the Train tab's choice)."""
        self.name = name
        self.download_button.setText(self.tr("Download") if self.compact else
                                     self.tr("Download {0}").format(self.title))
        self.refresh()

    @Slot(str)
    def _on_changed(self, name: str) -> None:
        if name == self.name:
            self.refresh()

    def refresh(self) -> None:
        """Show the service's state of the dataset; hidden while it is found or loaded."""
        state, title = self.service.state(self.name), self.title
        busy = state in (LOADING, DOWNLOADING)
        self.download_button.setVisible(not busy)
        self.folder_button.setVisible(not busy)
        self.cancel_button.setVisible(state == DOWNLOADING)
        self.progress.setVisible(busy)
        self.details_button.setVisible(state in (MISSING, DAMAGED))
        if busy:
            self.progress.setRange(0, 0)
            self.text.setText(self.tr("Downloading {0}…").format(title) if state == DOWNLOADING
                              else self.tr("Loading {0}…").format(title))
            self._show_details(False)
        elif state in (MISSING, DAMAGED):
            self._explain(state, title)
        self.setVisible(busy or state in (MISSING, DAMAGED))

    def _explain(self, state: str, title: str) -> None:
        message = self.service.message(self.name)
        if state == MISSING and self.compact:
            text = self.tr("{0} was not found.").format(title)
        elif state == MISSING:
            text = self.tr("<b>{0} is not on this computer.</b> {1} Download it or choose the folder that holds "
                           "its four IDX files.").format(escape(title), escape(self.purpose))
        else:
            lines = message.splitlines()  # what failed, and what to do ("Check the internet connection…")
            summary = " ".join(lines[:1] + lines[-1:] if len(lines) > 1 else lines)
            text = self.tr("<b>{0} could not be loaded.</b> {1}").format(escape(title), escape(summary))
        looked = "\n".join(f"  • {d}" for d in self.service.searched(self.name))
        hint = data.REGISTRY[self.name].install_hint
        details = self.tr("Looked in:\n{0}").format(looked) + (f"\n{engine(hint)}" if hint else "")
        self.text.setText(text)
        self.details.setText((details + (f"\n\n{message}" if message else "")).replace("/", "/\u200b"))
        self.details_button.setChecked(bool(message))
        self._show_details(self.details_button.isChecked())

    @Slot(bool)
    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    @Slot(str, str, int, int)
    def _on_progress(self, name: str, file: str, done: int, total: int) -> None:
        if name != self.name:
            return
        title = self.title
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.text.setText(self.tr("Downloading {0}: {1}, {2:.1f} of {3:.1f} MB").format(
                title, file, done / 1e6, total / 1e6))
        else:
            self.text.setText(self.tr("Downloading {0}: {1}, {2:.1f} MB").format(title, file, done / 1e6))

    @Slot()
    def download(self) -> None:
        self.service.download(self.name)

    @Slot()
    def _cancel(self) -> None:
        self.service.cancel(self.name)

    @Slot()
    def choose_folder(self) -> None:
        """Ask for the folder holding the dataset; every tab uses it from then on."""
        folder = existing_folder(self, self.tr("Folder holding {0}").format(self.title),
                                 self.service.folder)
        if folder is not None:
            self.service.set_folder(str(folder))
