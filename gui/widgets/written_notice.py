"""The status-bar line that says which files an export wrote and where, with "Show folder"."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

log = logging.getLogger(__name__)


class WrittenNotice(QWidget):
    """Names the files last written and their folder (selectable, to copy); "Show folder" opens it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
                           textFormat=Qt.TextFormat.PlainText)  # file names, never rich text
        self.show_button = QPushButton(self.tr("Show folder"))
        self.show_button.clicked.connect(self.show_folder)
        self.open_url = QDesktopServices.openUrl
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.show_button)
        self.folder: Path | None = None
        self.hide()

    def show_written(self, paths: Sequence[Path]) -> None:
        """'Wrote morph.png and morph.gif to /home/me/Pictures.'"""
        if not paths:
            return
        self.folder = Path(paths[0]).parent
        names = ", ".join(Path(p).name for p in paths)
        self.text.setText(self.tr("Wrote {0} to {1}.").format(names, self.folder))
        self.show()

    @Slot()
    def show_folder(self) -> None:
        """Open the folder in the file manager; without one, say so (the path stays there to copy)."""
        if self.folder is not None and not self.open_url(QUrl.fromLocalFile(str(self.folder))):
            log.warning("no file manager opened %s", self.folder)
            self.text.setText(self.tr("No file manager could be opened; the files are in {0}.").format(self.folder))


def announce_written(widget: QWidget, paths: Sequence[Path]) -> None:
    """Tell the user what was written: on the window's notice when there is one, and in the log."""
    log.info("wrote %s", ", ".join(str(p) for p in paths))
    notice = widget.window().findChild(WrittenNotice)
    if notice is not None:
        notice.show_written(paths)
