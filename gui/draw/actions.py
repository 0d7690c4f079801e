"""The Draw tab's commands: undo, redo, clear, a random test digit, open and save, and the toggles.

They live in the tab's menu (where their shortcuts are) and as tool buttons by the canvas. They are
enabled only while the Draw tab is on screen, so Ctrl+Z or Del on another tab never touches the drawing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from ae_models.data import DatasetError
from gui.draw.drawing_io import DrawingFileError, TestDigits, read_png, write_png
from gui.widgets.file_dialogs import open_path, save_path
from gui.widgets.written_notice import announce_written

if TYPE_CHECKING:
    from gui.draw.tab import DrawTab

log = logging.getLogger(__name__)
PNG_FILTER = "PNG images (*.png);;All images (*.png *.jpg *.jpeg *.bmp)"


class DrawActions(QObject):
    """Creates the actions and carries them out on the tab's canvas."""

    def __init__(self, tab: DrawTab):
        super().__init__(tab)
        self.tab = tab
        self.digits = TestDigits()
        self.rng = np.random.default_rng()
        self.undo = self._action("&Undo stroke", "Undo", [QKeySequence.StandardKey.Undo], self._undo)
        self.redo = self._action("&Redo stroke", "Redo", [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                                 self._redo)
        self.clear = self._action("&Clear drawing", "Clear", [QKeySequence(Qt.Key.Key_Escape),
                                                              QKeySequence(Qt.Key.Key_Delete)], self._clear)
        self.random = self._action("Load a random MNIST &test digit", "MNIST digit", [QKeySequence("Ctrl+R")],
                                   self._random_digit)
        self.open = self._action("&Open drawing…", "Open…", [QKeySequence.StandardKey.Open], self._open)
        self.save = self._action("&Save drawing…", "Save…", [QKeySequence.StandardKey.Save], self._save)
        self.preprocess = self._action("&MNIST preprocessing", "MNIST preprocessing", [QKeySequence("Ctrl+M")])
        self.preprocess.setToolTip("Crop to the ink, even out the stroke width, fit into 20 × 20 and centre by "
                                   "centre of mass, as MNIST was made.")
        self.grid = self._action("Show the 28 × 28 &grid", "Grid", [QKeySequence("Ctrl+G")])
        self.new_noise = self._action("&New noise", "New noise", [QKeySequence("Ctrl+N")], self._new_noise)
        self.next_model = self._action(self.tr("Ne&xt model"), self.tr("Next model"), [QKeySequence("Ctrl+Down")],
                                       lambda: self.tab.step_model(1))
        self.previous_model = self._action(self.tr("Pre&vious model"), self.tr("Previous model"),
                                           [QKeySequence("Ctrl+Up")], lambda: self.tab.step_model(-1))
        for toggle in (self.preprocess, self.grid):
            toggle.setCheckable(True)
        self.preprocess.setChecked(True)
        self._unavailable = self.digits.unavailable_reason()
        if self._unavailable:
            self.random.setToolTip(self._unavailable)
            self.random.setStatusTip(self._unavailable)

    def _action(self, text: str, short: str, keys: list, slot=None) -> QAction:
        action = QAction(text, self.tab)
        action.setIconText(short)
        action.setShortcuts(keys)
        if keys:
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)})")
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def edit_tools(self) -> list[QAction]:
        return [self.undo, self.redo, self.clear]

    def file_tools(self) -> list[QAction]:
        return [self.random, self.open, self.save]

    def toggles(self) -> list[QAction]:
        return [self.preprocess, self.grid]

    def menu(self) -> list[QAction]:
        separator = QAction(self.tab)
        separator.setSeparator(True)
        second = QAction(self.tab)
        second.setSeparator(True)
        third = QAction(self.tab)
        third.setSeparator(True)
        return [self.undo, self.redo, self.clear, separator, self.random, self.open, self.save, second,
                self.preprocess, self.grid, self.new_noise, third, self.next_model, self.previous_model]

    @Slot()
    def sync(self) -> None:
        """Enable what makes sense now (and nothing while the tab is hidden)."""
        shown, canvas = self.tab.isVisible(), self.tab.canvas
        self.undo.setEnabled(shown and canvas.can_undo())
        self.redo.setEnabled(shown and canvas.can_redo())
        self.random.setEnabled(shown and self._unavailable is None)
        for action in (self.clear, self.open, self.save, self.preprocess, self.grid, self.new_noise,
                       self.next_model, self.previous_model):
            action.setEnabled(shown)

    def _undo(self) -> None:
        self.tab.canvas.undo()

    def _redo(self) -> None:
        self.tab.canvas.redo()

    def _new_noise(self) -> None:
        self.tab.noise_panel.new_noise()

    def _clear(self) -> None:
        """Clear the drawing (undoable) and say so: Esc is easy to hit by accident."""
        if self.tab.canvas.is_empty():
            return
        self.tab.new_drawing(None)
        window = self.tab.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Cleared. Ctrl+Z brings it back."), 8000)

    def _random_digit(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            digit, label = self.digits.pick(self.rng)
        except DatasetError as exc:
            log.warning("no test digits: %s", exc)
            self._unavailable = str(exc)
            self.random.setToolTip(self._unavailable)
            self.sync()
            QMessageBox.warning(self.tab, "No test digits", str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.tab.new_drawing(digit)
        window = self.tab.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(f"Loaded an MNIST test digit: a {label}.", 5000)

    def _open(self) -> None:
        path = open_path(self.tab, self.tr("Open a drawing"), PNG_FILTER)
        if path is None:
            return
        try:
            image = read_png(path)
        except DrawingFileError as exc:
            log.warning("%s", exc)
            QMessageBox.warning(self.tab, "Drawing not opened", str(exc))
            return
        self.tab.new_drawing(image)

    def _save(self) -> None:
        path = save_path(self.tab, self.tr("Save the drawing"), "digit.png", PNG_FILTER)
        if path is None:
            return
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        try:
            write_png(path, self.tab.canvas.image())
        except DrawingFileError as exc:
            log.warning("%s", exc)
            QMessageBox.warning(self.tab, "Drawing not saved", str(exc))
            return
        announce_written(self.tab, [path])
