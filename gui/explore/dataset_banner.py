"""The bar above the Explore pages that says when the MNIST test digits are missing and offers to
download them (with progress) or to pick the folder that holds them."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from gui.explore.code_space import CodeSpace
from gui.widgets.file_dialogs import existing_folder

MISSING_TEXT = ("<b>The MNIST test digits are not on this computer.</b> The maps, neighbours and test digits "
                "need them; everything else works without. Download them (about 11 MB) or choose the folder "
                "that holds them.")


class DatasetBanner(QFrame):
    """Hidden while the dataset is loaded; otherwise says what is going on and what can be done."""

    def __init__(self, space: CodeSpace, parent: QWidget | None = None):
        super().__init__(parent)
        self.space = space
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("datasetBanner")
        self.setStyleSheet("#datasetBanner { background: palette(alternate-base); }")
        self.text = QLabel(wordWrap=True)
        self.progress = QProgressBar(maximumWidth=200)
        self.download_button = QPushButton("Download MNIST")
        self.folder_button = QPushButton("Choose folder…")
        self.cancel_button = QPushButton("Cancel")
        self.download_button.clicked.connect(self.download)
        self.folder_button.clicked.connect(self.choose_folder)
        self.cancel_button.clicked.connect(space.cancel_download)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        for widget in (self.progress, self.download_button, self.folder_button, self.cancel_button):
            layout.addWidget(widget)
        space.datasetLoading.connect(self._on_loading)
        space.datasetReady.connect(self.hide)
        space.datasetMissing.connect(self._on_missing)
        space.downloadProgress.connect(self._on_progress)
        self._set_buttons(busy=False)
        self.hide()

    def _set_buttons(self, busy: bool, downloading: bool = False) -> None:
        self.download_button.setVisible(not busy)
        self.folder_button.setVisible(not busy)
        self.cancel_button.setVisible(downloading)
        self.progress.setVisible(busy)

    @Slot(bool)
    def _on_loading(self, downloading: bool) -> None:
        self.text.setText("Downloading the MNIST digits…" if downloading else "Loading the MNIST test digits…")
        self.progress.setRange(0, 0)
        self._set_buttons(busy=True, downloading=downloading)
        self.show()

    @Slot(str, bool)
    def _on_missing(self, message: str, missing: bool) -> None:
        lines = message.splitlines()
        summary = " ".join(lines[:1] + lines[-1:] if len(lines) > 1 else lines)  # what failed, and what to do
        self.text.setText(MISSING_TEXT if missing else self.tr("<b>MNIST could not be loaded.</b> {0}").format(summary))
        self.text.setToolTip(message)
        self._set_buttons(busy=False)
        self.show()

    @Slot(str, int, int)
    def _on_progress(self, name: str, done: int, total: int) -> None:
        self.text.setText(f"Downloading the MNIST digits: {name}, {done / 1e6:.1f} MB"
                          + (f" of {total / 1e6:.1f} MB" if total else ""))
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    @Slot()
    def download(self) -> None:
        self.space.download()

    @Slot()
    def choose_folder(self) -> None:
        folder = existing_folder(self, self.tr("Folder with the MNIST files"), self.space.folder)
        if folder is not None:
            self.space.load(str(folder))
