"""The list of the user's trained models with their metrics, and what can be done with them.

"Use in Draw tab" loads the saved file (so what the Draw tab runs is exactly what was saved) and adds it
to the hub next to, or instead of, the shipped model of its variant; no restart. "Open model…" accepts a
``.keras`` from anywhere only after ``store.load`` has checked it; on failure it says why and changes
nothing. A model whose save was cut off (no sidecar, or one naming another hash) or whose sidecar is
damaged is listed as such, with "Delete…" and "Keep without metadata". Dialogs go through the replaceable
``ask_name``, ``confirm`` and ``warn`` so tests can answer.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ae_models import store
from ae_models.library import ModelEntry, ModelLibrary
from ae_models.shipped import check as check_shipped
from gui.hub import ModelHub
from gui.widgets.messages import show_plain
from gui.workers import FunctionWorker, Runner

log = logging.getLogger(__name__)
COLUMNS = ("Name", "Variant", "Dataset", "Epochs", "Loss", "Val loss", "Test BCE", "Saved", "In Draw tab")


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.4f}"


class TrainedModelsPanel(QWidget):
    """A table of saved models and buttons acting on the selected one; ``message`` reports what happened."""

    message = Signal(str)
    opened = Signal(str)  # the Draw tab name a model from "Open model…" got

    def __init__(self, hub: ModelHub, library: ModelLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub, self.library = hub, library
        self.entries: list[ModelEntry] = []
        self.opener = Runner(self)
        self.opener.idle.connect(self._on_open_idle)
        self.opener.returned.connect(self._on_checked)
        self.opener.errored.connect(self._on_check_failed)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>My trained models</b>"))
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self.use_next_to)
        hub.modelsChanged.connect(self._on_models_changed)
        self.ask_name = lambda title, label, text: _ask_text(self, title, label, text)
        self.confirm = lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
        self.warn = lambda title, text: show_plain(self, title, text)
        self.refresh()

    def _build_actions(self) -> None:
        self.use_action = QAction("Use in Draw tab", self, toolTip="Add it to the Draw tab next to the shipped models")
        self.replace_action = QAction("Use instead of the shipped model", self)
        self.unuse_action = QAction("Remove from Draw tab", self)
        self.rename_action = QAction("Rename…", self)
        self.delete_action = QAction("Delete…", self)
        self.open_action = QAction("Open model…", self, shortcut=QKeySequence("Ctrl+Shift+O"),
                                   toolTip="Check a .keras autoencoder from anywhere and add it to the Draw tab")
        self.reveal_action = QAction("Show models folder", self)
        self.keep_action = QAction(self.tr("Keep without metadata"), self,
                                   toolTip=self.tr("Accept an incomplete model as it is; its figures are lost"))
        for action, slot in ((self.use_action, self.use_next_to), (self.replace_action, self.use_instead),
                             (self.unuse_action, self.remove_from_draw), (self.rename_action, self.rename),
                             (self.delete_action, self.delete), (self.open_action, self.open_dialog),
                             (self.reveal_action, self.reveal), (self.keep_action, self.keep_without_metadata)):
            action.triggered.connect(slot)

    def _buttons(self) -> QHBoxLayout:
        use = QToolButton(popupMode=QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        use.setDefaultAction(self.use_action)
        menu = QMenu(use)
        menu.addActions([self.use_action, self.replace_action, self.unuse_action])
        use.setMenu(menu)
        row = QHBoxLayout()
        row.addWidget(use)
        for action in (self.rename_action, self.delete_action, self.keep_action, self.reveal_action, self.open_action):
            button = QToolButton()
            button.setDefaultAction(action)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def refresh(self, select: Path | None = None) -> None:
        """Re-read the folder; keep (or move to) the selection."""
        current = select or (self.selected.path if self.selected else None)
        self.entries = self.library.entries()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            meta = entry.meta
            cells = (entry.name, entry.variant, str(meta.get("dataset", "?")), entry.epochs,
                     _figure(entry.last("loss")), _figure(entry.last("val_loss")), _figure(entry.test_bce),
                     entry.saved, self._usage(entry))
            if entry.problem:
                state = self.tr("damaged") if entry.state == "damaged" else self.tr("incomplete")
                cells = (entry.name, state, *[""] * (len(COLUMNS) - 2))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 3 <= column <= 6:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if entry.problem:
                    item.setToolTip(self.tr("{0}: {1}. Delete it, or keep it without its metadata.")
                                    .format(entry.path.name, entry.problem))
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
            if entry.path == current:
                self.table.selectRow(row)
        self._update_buttons()

    @property
    def selected(self) -> ModelEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def _used_as(self, entry: ModelEntry) -> str | None:
        """The Draw tab instance running this file, if any."""
        return self.hub.name_for_file(entry.path)

    def _usage(self, entry: ModelEntry) -> str:
        """'yes' when the Draw tab shows it under its own name, 'instead of <name>' when it replaced one."""
        name = self._used_as(entry)
        if name is None:
            return ""
        return "yes" if name == entry.name else f"instead of {name}"

    @Slot()
    def _update_buttons(self) -> None:
        entry, ready = self.selected, self.hub.ready
        used = entry is not None and self._used_as(entry) is not None
        usable = entry is not None and entry.problem is None
        self.use_action.setEnabled(usable and ready)
        self.replace_action.setEnabled(usable and ready)
        self.replace_action.setText(f"Use instead of the shipped {entry.variant}" if entry else
                                    "Use instead of the shipped model")
        self.unuse_action.setEnabled(used)
        self.rename_action.setEnabled(usable)
        self.delete_action.setEnabled(entry is not None)
        self.keep_action.setEnabled(entry is not None and entry.problem is not None)
        self.keep_action.setVisible(any(e.problem for e in self.entries))
        self.open_action.setEnabled(ready and not self.opener.running)

    @Slot()
    def _on_models_changed(self) -> None:
        self.refresh()

    @Slot()
    def use_next_to(self) -> None:
        """Add the selected model to the Draw tab under its own name."""
        if self.selected is not None:
            self._use(self.selected.path, self.selected.name)

    @Slot()
    def use_instead(self) -> None:
        """Put the selected model in place of the shipped model of its variant."""
        if self.selected is not None:
            self._use(self.selected.path, self.selected.variant)

    def _use(self, path: Path, name: str) -> bool:
        """Check and load ``path``, then hot-swap it into the hub as ``name``."""
        if not self.hub.ready:
            return False
        try:
            model, meta = store.load(path)
        except store.ModelFileError as exc:
            self.warn("Model not used", str(exc))
            return False
        self.hub.add_model(name, model, meta, path)
        log.info("the Draw tab now runs %s as %s", path, name)
        self.message.emit(f"{name} is now in the Draw tab.")
        return True

    @Slot()
    def remove_from_draw(self) -> None:
        """Take the selected model out of the Draw tab; a replaced shipped model comes back."""
        entry = self.selected
        name = self._used_as(entry) if entry else None
        if name is None:
            return
        shipped = check_shipped(self.hub.models_dir).paths.get(name)
        if shipped is not None and self._use(shipped, name):
            self.message.emit(f"The shipped {name} is back in the Draw tab.")
        else:
            self.hub.remove_model(name)
            self.message.emit(f"{name} was removed from the Draw tab.")

    @Slot()
    def rename(self) -> None:
        entry = self.selected
        if entry is None:
            return
        name = self.ask_name("Rename model", "New name:", entry.name)
        if not name or name == entry.name:
            return
        try:
            renamed = self.library.rename(entry, name.strip())
        except (ValueError, OSError) as exc:
            self.warn("Not renamed", str(exc))
            return
        used = self._used_as(entry)
        if used is not None:  # shown under its file name, it follows the new one; in place of another, it stays
            self.hub.rename_model(used, renamed.name if used == entry.name else used, renamed.path, renamed.meta)
        self.refresh(renamed.path)

    @Slot()
    def delete(self) -> None:
        entry = self.selected
        if entry is None or not self.confirm("Delete model", f"Delete {entry.name} and its metrics for good?"):
            return
        if self._used_as(entry) is not None:
            self.remove_from_draw()
        try:
            self.library.delete(entry)
        except OSError as exc:
            self.warn("Not deleted", f"{entry.path} could not be deleted ({exc}).")
        self.refresh()

    @Slot()
    def keep_without_metadata(self) -> None:
        """Accept the selected incomplete model as it is (a fresh sidecar records only its file and hash)."""
        entry = self.selected
        if entry is None or entry.problem is None:
            return
        try:
            kept = self.library.keep_without_metadata(entry)
        except OSError as exc:
            self.warn(self.tr("Not kept"), self.tr("{0} could not be updated ({1}).").format(entry.path, exc))
            return
        self.refresh(kept.path)

    @Slot()
    def reveal(self) -> None:
        """Open the models folder in the file manager."""
        self.library.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.library.folder)))

    @Slot()
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open an autoencoder", str(Path.home()), "Keras models (*.keras)")
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Check ``path`` off the GUI thread (a large or hostile file must not freeze the window), then add
        it to the Draw tab under a fresh name (``opened``); a failure is shown, and nothing changes."""
        if self.opener.running or not self.hub.ready:
            return
        worker = FunctionWorker(lambda task: (path, *store.load(path)), self.tr("Opening the model"))
        self.open_action.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.message.emit(self.tr("Checking {0}…").format(path.name))
        self.opener.start(worker)

    @Slot(object)
    def _on_checked(self, checked: tuple[Path, Any, dict]) -> None:
        path, model, meta = checked
        name, n = path.stem, 2
        while self.hub.has(name):
            name, n = f"{path.stem} ({n})", n + 1
        self.hub.add_model(name, model, meta, path)
        log.info("the Draw tab now runs %s as %s", path, name)
        self.message.emit(self.tr("{0} is now in the Draw tab.").format(name))
        self.opened.emit(name)

    @Slot(str)
    def _on_check_failed(self, message: str) -> None:
        self.warn(self.tr("Model not used"), message)

    @Slot()
    def _on_open_idle(self) -> None:
        self.unsetCursor()
        self._update_buttons()

    def shutdown(self) -> None:
        """Wait for a check still running (closing the window meanwhile)."""
        self.opener.stop()


def _ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None
