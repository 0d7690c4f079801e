"""Message boxes whose text is plain text: messages name files, and a file name such as ``<b>x.keras``
must show as typed, never as markup (QMessageBox guesses rich text from the first tag it sees)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_plain(parent: QWidget | None, title: str, text: str,
               icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """Show ``text`` (plain) in a modal box with an OK button."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
