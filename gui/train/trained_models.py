"""The list of the user's trained models with their metrics, and what can be done with them.

"Use in Draw tab" loads the saved file (so what the Draw tab runs is exactly what was saved) and adds it
to the hub next to, or instead of, the shipped model of its variant; no restart. "Open model…"
(``gui.train.model_opening``) accepts a ``.keras`` from anywhere only after ``store.load`` has checked it;
on failure it says why and changes nothing. A model whose save was cut off (no sidecar, or one naming
another hash) or whose sidecar is damaged is listed as such, with "Delete…" and "Keep without metadata".
Dialogs go through the replaceable ``ask_name``, ``confirm`` and ``warn`` so tests can answer.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ae_models import codegen, store, zoo
from ae_models.library import ModelEntry, ModelLibrary
from ae_models.runs import diverged
from gui import i18n
from gui.hub import ModelHub
from gui.train.model_opening import ModelOpening
from gui.train.model_rows import COLUMNS, headers, row_items, usage
from gui.widgets.code_dialog import show_script
from gui.widgets.messages import show_plain

log = logging.getLogger(__name__)


class TrainedModelsPanel(ModelOpening, QWidget):
    """A table of saved models and buttons acting on the selected one; ``message`` reports what happened."""

    message = Signal(str)
    opened = Signal(str)  # the Draw tab name a model from "Open model…" got

    def __init__(self, hub: ModelHub, library: ModelLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub, self.library = hub, library
        self.entries: list[ModelEntry] = []
        self._build_opener(hub)
        self._pending: list[tuple[str, Path, bool]] = []  # models in use at the last quit, put back once loaded
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(headers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # names are never cut short
        header.setStretchLastSection(True)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>My trained models</b>")))
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self.use_next_to)
        hub.modelsChanged.connect(self._on_models_changed)
        self.ask_name = lambda title, label, text: _ask_text(self, title, label, text)
        self.confirm = lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
        self.warn = lambda title, text: show_plain(self, title, text)
        self.open_url = QDesktopServices.openUrl
        self.refresh()

    def _build_actions(self) -> None:
        self.use_action = QAction(self.tr("Use in Draw tab"), self,
                                  toolTip=self.tr("Add it to the Draw tab next to the shipped models"))
        self.replace_action = QAction(self.tr("Use instead of the shipped model"), self)
        self.unuse_action = QAction(self.tr("Remove from Draw tab"), self)
        self.rename_action = QAction(self.tr("Rename…"), self)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.open_action = QAction(self.tr("Open model…"), self, shortcut=QKeySequence("Ctrl+Shift+O"),
                                   toolTip=self.tr("Check a .keras autoencoder from anywhere and add it to the "
                                                   "Draw tab"))
        self.reveal_action = QAction(self.tr("Show models folder"), self)
        self.code_action = QAction(self.tr("Keras code…"), self, toolTip=self.tr("Show the Keras code of this run"))
        self.keep_action = QAction(self.tr("Keep without metadata"), self,
                                   toolTip=self.tr("Accept an incomplete model as it is; its figures are lost"))
        for action, slot in ((self.use_action, self.use_next_to), (self.replace_action, self.use_instead),
                             (self.unuse_action, self.remove_from_draw), (self.rename_action, self.rename),
                             (self.delete_action, self.delete), (self.open_action, self.open_dialog),
                             (self.reveal_action, self.reveal), (self.code_action, self.show_code),
                             (self.keep_action, self.keep_without_metadata)):
            action.triggered.connect(slot)

    def _buttons(self) -> QVBoxLayout:
        """Two rows of buttons, so the panel stays narrow in languages with long words."""
        use = QToolButton(popupMode=QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        use.setDefaultAction(self.use_action)
        menu = QMenu(use)
        menu.addActions([self.use_action, self.replace_action, self.unuse_action])
        use.setMenu(menu)
        rows = QVBoxLayout()
        for actions in ((self.rename_action, self.delete_action, self.code_action),
                        (self.keep_action, self.reveal_action, self.open_action)):
            row = QHBoxLayout()
            if not rows.count():
                row.addWidget(use)
            for action in actions:
                button = QToolButton()
                button.setDefaultAction(action)
                row.addWidget(button)
            row.addStretch(1)
            rows.addLayout(row)
        return rows

    def refresh(self, select: Path | None = None) -> None:
        """Re-read the folder; keep (or move to) the selection."""
        current = select or (self.selected.path if self.selected else None)
        self.entries = self.library.entries()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, item in enumerate(row_items(entry, usage(entry, self._used_as(entry)))):
                self.table.setItem(row, column, item)
            if entry.path == current:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
        self._update_buttons()

    @property
    def selected(self) -> ModelEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def _used_as(self, entry: ModelEntry) -> str | None:
        """The Draw tab instance running this file, if any."""
        return self.hub.name_for_file(entry.path)

    @Slot()
    def _update_buttons(self) -> None:
        entry, ready = self.selected, self.hub.ready
        used = entry is not None and self._used_as(entry) is not None
        usable = entry is not None and entry.problem is None
        self.use_action.setEnabled(usable and ready)
        self.replace_action.setEnabled(usable and ready)
        self.replace_action.setText(self.tr("Use instead of the shipped {0}").format(entry.variant) if entry else
                                    self.tr("Use instead of the shipped model"))
        self.unuse_action.setEnabled(used)
        replaced = self._used_as(entry) if entry is not None else None
        self.unuse_action.setText(self.tr("Restore the shipped {0}").format(i18n.engine(zoo.REGISTRY[replaced].title))
                                  if replaced in self.hub.replaced else self.tr("Remove from Draw tab"))
        self.rename_action.setEnabled(usable)
        self.delete_action.setEnabled(entry is not None)
        self.code_action.setEnabled(entry is not None and entry.problem is None)
        self.keep_action.setEnabled(entry is not None and entry.problem is not None)
        self.keep_action.setVisible(any(e.problem for e in self.entries))
        self.open_action.setEnabled(ready and not self.opener.running)

    @Slot()
    def _on_models_changed(self) -> None:
        if self._pending and self.hub.ready:
            pending, self._pending = self._pending, []
            for name, path, replace in pending:
                if path.is_file():
                    self._use(path, name, replace)
        self.refresh()

    def in_use(self) -> list[list]:
        """The user's models the Draw tab runs, as ``[name, path, replaces a shipped one]`` (for QSettings)."""
        paths = {n: self.hub.instance(n).path for n in self.hub.names if self.hub.is_users(n)}
        return [[n, str(path), n in self.hub.replaced] for n, path in paths.items() if path]

    def restore_in_use(self, items: list) -> None:
        """Put ``in_use()``'s models back once the shipped ones have loaded; missing files are skipped."""
        self._pending = [(str(n), Path(p), bool(r)) for n, p, r in items]
        self._on_models_changed()

    @Slot()
    def use_next_to(self) -> None:
        """Add the selected model to the Draw tab under its own name (a diverged one only if confirmed)."""
        entry = self.selected
        if entry is not None and self._confirm_diverged(entry):
            self._use(entry.path, entry.name)

    @Slot()
    def use_instead(self) -> None:
        """Put the selected model in place of the shipped model of its variant."""
        entry = self.selected
        if entry is not None and self._confirm_diverged(entry):
            self._use(entry.path, entry.variant, replace=True)

    def _confirm_diverged(self, entry: ModelEntry) -> bool:
        """A diverged run goes into the Draw tab only when the user confirms it."""
        return not diverged(entry.meta.get("history") or []) or self.confirm(
            self.tr("Use a diverged model?"),
            self.tr("{0} diverged: its loss rose instead of falling, so its reconstructions are all alike. "
                    "Use it in the Draw tab anyway?").format(entry.name))

    def _use(self, path: Path, name: str, replace: bool = False) -> bool:
        """Check and load ``path``, then hot-swap it into the hub as ``name`` (in place of the shipped one)."""
        if not self.hub.ready:
            return False
        try:
            model, meta = store.load(path)
        except store.ModelFileError as exc:
            self.warn(self.tr("Model not used"), i18n.error(exc))
            return False
        if replace and name in zoo.REGISTRY:
            self.hub.replace_model(name, model, meta, path)
            text = self.tr("{0} now runs in the Draw tab instead of the shipped {1}.").format(
                path.stem, i18n.engine(zoo.REGISTRY[name].title))
        else:
            self.hub.add_model(name, model, meta, path)
            text = self.tr("{0} is now in the Draw tab.").format(name)
        log.info("the Draw tab now runs %s as %s", path, name)
        self.message.emit(text)
        return True

    @Slot()
    def remove_from_draw(self) -> None:
        """Take the selected model out of the Draw tab; a replaced shipped model comes back."""
        entry = self.selected
        name = self._used_as(entry) if entry else None
        if name is None:
            return
        if name in self.hub.replaced:
            problem = self.hub.restore_shipped(name)
            if problem:
                self.warn(self.tr("Shipped model not restored"), i18n.text(problem))
            else:
                self.message.emit(self.tr("The shipped {0} is back in the Draw tab.").format(
                    i18n.engine(zoo.REGISTRY[name].title)))
        else:
            self.hub.remove_model(name)
            self.message.emit(self.tr("{0} was removed from the Draw tab.").format(name))

    @Slot()
    def rename(self) -> None:
        entry = self.selected
        if entry is None:
            return
        name = self._ask_valid_name(entry)
        if name is None:
            return
        try:
            renamed = self.library.rename(entry, name)
        except OSError as exc:
            self.warn(self.tr("Not renamed"), i18n.error(exc))
            return
        used = self._used_as(entry)
        if used is not None:  # shown under its file name, it follows the new one; in place of another, it stays
            self.hub.rename_model(used, renamed.name if used == entry.name else used, renamed.path, renamed.meta)
        self.refresh(renamed.path)

    def _ask_valid_name(self, entry: ModelEntry) -> str | None:
        """Ask for a new name until it is valid, keeping what was typed and saying what is wrong with it."""
        typed, label = entry.name, self.tr("New name:")
        while True:
            name = self.ask_name(self.tr("Rename model"), label, typed)
            if not name or name.strip() == entry.name:
                return None
            typed = name.strip()
            problem = self.library.name_problem(entry, typed)
            if problem is None:
                return typed
            label = self.tr("{0}\nNew name:").format(i18n.text(problem))

    @Slot()
    def delete(self) -> None:
        entry = self.selected
        if entry is None or not self.confirm(self.tr("Delete model"),
                                             self.tr("Delete {0} and its metrics for good?").format(entry.name)):
            return
        if self._used_as(entry) is not None:
            self.remove_from_draw()
        try:
            self.library.delete(entry)
        except OSError as exc:
            self.warn(self.tr("Not deleted"),
                      self.tr("{0} could not be deleted ({1}).").format(entry.path, i18n.error(exc)))
        self.refresh()

    @Slot()
    def show_code(self) -> None:
        """The Keras script of the selected run, from its sidecar."""
        entry = self.selected
        try:
            spec = codegen.spec_from_sidecar(entry.meta if entry else {})
        except ValueError as exc:
            self.warn(self.tr("No Keras code"), i18n.error(exc))
            return
        self.code_dialog = show_script(self, spec, dataset=str(entry.meta.get("dataset", "mnist")),
                                       subset=entry.meta.get("subset"))

    @Slot()
    def keep_without_metadata(self) -> None:
        """Accept the selected incomplete model as it is (a fresh sidecar records only its file and hash)."""
        entry = self.selected
        if entry is None or entry.problem is None:
            return
        try:
            kept = self.library.keep_without_metadata(entry)
        except OSError as exc:
            self.warn(self.tr("Not kept"),
                      self.tr("{0} could not be updated ({1}).").format(entry.path, i18n.error(exc)))
            return
        self.refresh(kept.path)

    @Slot()
    def reveal(self) -> None:
        """Open the models folder in the file manager."""
        self.library.folder.mkdir(parents=True, exist_ok=True)
        if not self.open_url(QUrl.fromLocalFile(str(self.library.folder))):
            log.warning("no file manager opened %s", self.library.folder)
            self.message.emit(self.tr("No file manager could be opened. Your models are in {0} "
                                      "(select the path to copy it).").format(self.library.folder))


def _ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None
