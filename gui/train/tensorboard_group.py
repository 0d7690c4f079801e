"""The Train form's TensorBoard group: whether a run writes logs, and the folder they go to.

The package is optional: without it the check box is off and a line says how to install it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from gui.train.fields import field_with_error, tensorboard_missing
from gui.widgets.file_dialogs import existing_folder


class TensorBoardGroup(QGroupBox):
    """A "Write TensorBoard logs" check box and a log folder with its error line (``error``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("TensorBoard", parent)
        self.check = QCheckBox(self.tr("Write TensorBoard logs"))
        self.folder_edit = QLineEdit(placeholderText=self.tr("Folder for the logs"))
        self.browse = QPushButton(self.tr("Choose…"))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.check)
        missing = tensorboard_missing()
        if missing:
            self.check.setEnabled(False)
            self.check.setToolTip(missing)
            form.addRow(QLabel(missing, wordWrap=True, styleSheet="color: #555;"))
        tip = self.tr("Each run writes into its own sub-folder.")
        box, self.error = field_with_error(holder, tip)
        form.addRow(self.tr("Log folder"), box)
        form.labelForField(box).setToolTip(tip)
        self.browse.clicked.connect(self._choose_folder)
        self.check.toggled.connect(self._enable_folder)
        self._enable_folder()

    @property
    def folder(self) -> Path | None:
        """The folder runs log into, or None when they write no logs."""
        return Path(self.folder_edit.text().strip()) if self.check.isChecked() else None

    def problem(self) -> str | None:
        """What is missing for the logs, or None."""
        if self.check.isChecked() and not self.folder_edit.text().strip():
            return self.tr("choose a folder for the logs")
        return None

    @Slot()
    def _enable_folder(self) -> None:
        for widget in (self.folder_edit, self.browse):
            widget.setEnabled(self.check.isChecked())

    @Slot()
    def _choose_folder(self) -> None:
        folder = existing_folder(self, self.tr("Folder for TensorBoard logs"), self.folder_edit.text())
        if folder is not None:
            self.folder_edit.setText(str(folder))
