"""The Draw tab's commands: undo, redo, clear, a random test digit, open and save, and the toggles.

They live in the tab's menu (where their shortcuts are) and as tool buttons by the canvas. They are
enabled only while the Draw tab is on screen, so Ctrl+Z or Del on another tab never touches the drawing.
"""

from __future__ import annotations

import logging
import re
from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from ae_models import data
from gui.datasets import DAMAGED, MISSING, DatasetService
from gui.draw.canvas import DrawingCanvas
from gui.draw.drawing_io import DrawingFileError, pick_test_digit, read_png, write_png
from gui.draw.noise_panel import NoisePanel
from gui.i18n import engine, error
from gui.widgets.file_dialogs import open_path, save_path
from gui.widgets.messages import show_plain
from gui.widgets.written_notice import announce_written

log = logging.getLogger(__name__)
DIGITS = "mnist"
MNEMONIC = re.compile(r"\(&\w\)|&")  # "&Undo", or "撤销(&U)" as Chinese and Japanese write it
PNG_PATTERNS = ("*.png", "*.png *.jpg *.jpeg *.bmp")  # the PNG files, then every image Qt reads


class DrawSurface(Protocol):
    """What the commands act on (the Draw tab): its canvas, its noise demo, a new drawing, the next model."""

    canvas: DrawingCanvas
    noise_panel: NoisePanel

    def new_drawing(self, image: np.ndarray | None) -> None: ...

    def step_model(self, step: int) -> None: ...


class DrawActions(QObject):
    """Creates the actions (parented to ``owner``, the tab's widget) and carries them out on ``surface``."""

    def __init__(self, owner: QWidget, surface: DrawSurface, datasets: DatasetService):
        super().__init__(owner)
        self.tab, self.surface, self.datasets = owner, surface, datasets
        self._digit_wanted = False  # "MNIST digit" was asked for while the dataset loads
        self.rng = np.random.default_rng()
        self.undo = self._action(self.tr("&Undo stroke"), self.tr("Undo"), [QKeySequence.StandardKey.Undo],
                                 self._undo)
        self.redo = self._action(self.tr("&Redo stroke"), self.tr("Redo"),
                                 [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], self._redo)
        self.clear = self._action(self.tr("&Clear drawing"), self.tr("Clear"),
                                  [QKeySequence(Qt.Key.Key_Escape), QKeySequence(Qt.Key.Key_Delete)], self._clear)
        self.random = self._action(self.tr("Load a random MNIST &test digit"), self.tr("MNIST digit"),
                                   [QKeySequence("Ctrl+R")], self._random_digit)
        self.open = self._action(self.tr("&Open drawing…"), self.tr("Open…"), [QKeySequence.StandardKey.Open],
                                 self._open)
        self.save = self._action(self.tr("&Save drawing…"), self.tr("Save…"), [QKeySequence.StandardKey.Save],
                                 self._save)
        self.preprocess = self._action(self.tr("&MNIST preprocessing"), self.tr("MNIST preprocessing"),
                                       [QKeySequence("Ctrl+M")])
        self.preprocess.setToolTip(self.tr("Crop to the ink, even out the stroke width, fit into 20 × 20 and centre "
                                           "by centre of mass, as MNIST was made."))
        self.grid = self._action(self.tr("Show the 28 × 28 &grid"), self.tr("Grid"), [QKeySequence("Ctrl+G")])
        self.new_noise = self._action(self.tr("&New noise"), self.tr("New noise"), [QKeySequence("Ctrl+N")],
                                      self._new_noise)
        self.next_model = self._action(self.tr("Ne&xt model"), self.tr("Next model"), [QKeySequence("Ctrl+Down")],
                                       lambda: self.surface.step_model(1))
        self.previous_model = self._action(self.tr("Pre&vious model"), self.tr("Previous model"),
                                           [QKeySequence("Ctrl+Up")], lambda: self.surface.step_model(-1))
        for toggle in (self.preprocess, self.grid):
            toggle.setCheckable(True)
        self.preprocess.setChecked(True)
        self._random_tip = self.random.toolTip()
        datasets.changed.connect(self._on_dataset_changed)

    def _action(self, text: str, short: str, keys: list, slot=None) -> QAction:
        action = QAction(text, self.tab)
        action.setIconText(short)
        action.setShortcuts(keys)
        if keys:
            shortcut = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            name = MNEMONIC.sub("", text).rstrip("…")
            action.setToolTip(self.tr("{0} ({1})").format(name, shortcut))
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
        shown, canvas = self.tab.isVisible(), self.surface.canvas
        self.undo.setEnabled(shown and canvas.can_undo())
        self.redo.setEnabled(shown and canvas.can_redo())
        missing = self.datasets.state(DIGITS) == MISSING
        self.random.setEnabled(shown and not missing)
        tip = self._random_tip
        if missing:
            tip = self.tr("{0} is not on this computer: choose its folder or download it (the Explore tab's "
                          "notice or the Train tab's dataset).").format(engine(data.REGISTRY[DIGITS].title))
        self.random.setToolTip(tip)
        self.random.setStatusTip(tip if missing else "")
        for action in (self.clear, self.open, self.save, self.preprocess, self.grid, self.new_noise,
                       self.next_model, self.previous_model):
            action.setEnabled(shown)

    def _undo(self) -> None:
        self.surface.canvas.undo()

    def _redo(self) -> None:
        self.surface.canvas.redo()

    def _new_noise(self) -> None:
        self.surface.noise_panel.new_noise()

    def _clear(self) -> None:
        """Clear the drawing (undoable) and say so: Esc is easy to hit by accident."""
        if self.surface.canvas.is_empty():
            return
        self.surface.new_drawing(None)
        self._status(self.tr("Cleared. Ctrl+Z brings it back."), 8000)

    def _random_digit(self) -> None:
        """A random test digit; the first one waits for the dataset service to load them (off this thread)."""
        dataset = self.datasets.get(DIGITS)
        if dataset is not None:
            self._show_digit(dataset)
        elif self.datasets.state(DIGITS) == DAMAGED:
            show_plain(self.tab, self.tr("No test digits"), self.datasets.message(DIGITS))
        else:
            self._digit_wanted = True
            self._status(self.tr("Loading the {0} test digits…").format(engine(data.REGISTRY[DIGITS].title)))
            self.datasets.load(DIGITS)

    @Slot(str)
    def _on_dataset_changed(self, name: str) -> None:
        if name != DIGITS:
            return
        self.sync()
        dataset, state = self.datasets.get(DIGITS), self.datasets.state(DIGITS)
        if self._digit_wanted and dataset is not None:
            self._digit_wanted = False
            self._show_digit(dataset)
        elif self._digit_wanted and state == DAMAGED:
            self._digit_wanted = False
            show_plain(self.tab, self.tr("No test digits"), self.datasets.message(DIGITS))

    def _show_digit(self, dataset: data.Dataset) -> None:
        digit, label = pick_test_digit(dataset, self.rng)
        self.surface.new_drawing(digit)
        self._status(self.tr("Loaded an MNIST test digit: a {0}.").format(label))

    def _status(self, text: str, timeout_ms: int = 5000) -> None:
        window = self.tab.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout_ms)

    def _png_filter(self) -> str:
        return ";;".join((self.tr("PNG images ({0})").format(PNG_PATTERNS[0]),
                          self.tr("All images ({0})").format(PNG_PATTERNS[1])))

    def _open(self) -> None:
        path = open_path(self.tab, self.tr("Open a drawing"), self._png_filter())
        if path is None:
            return
        try:
            image = read_png(path)
        except DrawingFileError as exc:
            log.warning("%s", exc)
            show_plain(self.tab, self.tr("Drawing not opened"), error(exc))
            return
        self.surface.new_drawing(image)

    def _save(self) -> None:
        path = save_path(self.tab, self.tr("Save the drawing"), "digit.png", self._png_filter())
        if path is None:
            return
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        try:
            write_png(path, self.surface.canvas.image())
        except DrawingFileError as exc:
            log.warning("%s", exc)
            show_plain(self.tab, self.tr("Drawing not saved"), error(exc))
            return
        announce_written(self.tab, [path])
