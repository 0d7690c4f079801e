"""The Draw tab: draw a digit and watch every autoencoder reconstruct it, live.

Data flows one way: canvas → preprocessing → one fused engine call → views. The canvas only says that
it changed; a 0-ms single-shot timer then runs one update with the newest drawing, so a burst of mouse
moves costs one model call (latest drawing wins) and nothing calls ``predict`` per move.
``shown_revision`` is the canvas revision the views show, for tests and the benchmark.
"""

from __future__ import annotations

import math
from html import escape

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ae_models import zoo
from ae_models.preprocess import to_grid, to_mnist
from ae_models.scoring import Result, noise_pair, score_views
from gui.datasets import DatasetService
from gui.draw import actions as draw_actions
from gui.draw.code_compare import CodeCompare
from gui.draw.code_view import CodeView, describe_code
from gui.draw.drawing_panel import DrawingPanel
from gui.draw.learner import LearnerReporter
from gui.draw.live_panel import Entry, LivePanel
from gui.draw.model_card import ModelCard, yours_text
from gui.draw.noise_panel import NoisePanel
from gui.draw.typicality import TypicalityMeter
from gui.help.button import HelpButton, captioned
from gui.hub import ModelHub
from gui.i18n import engine, keep_left_to_right
from gui.settings import read, restore_splitters

SIDE = zoo.IMAGE_SIDE


class DrawTab(QWidget):
    """The drawing canvas and the live views of every loaded model."""

    def __init__(self, hub: ModelHub, parent: QWidget | None = None, datasets: DatasetService | None = None):
        super().__init__(parent)
        self.hub = hub
        self.datasets = datasets or DatasetService(self)
        self.shown_revision = -1
        self.model_input = np.zeros((SIDE, SIDE), np.float32)
        self.results: dict[str, Result] = {}
        self._noise_models: tuple[str | None, str | None] = (None, None)
        self._noise_titles: list[str] = []  # the captions of its three views, for these models
        self.commands = draw_actions.DrawActions(self, self, self.datasets)
        self.drawing = DrawingPanel(self.commands.edit_tools(), self.commands.file_tools(), self.commands.toggles())
        self.canvas = self.drawing.canvas
        self.live = LivePanel()
        self.typicality = TypicalityMeter()
        self.code_title = QLabel(wordWrap=True)
        self.code_title.setToolTip(self.tr("How many values the selected model's code has, and the compression: "
                                           "784 input pixels divided by the code's values."))
        self.code_view = CodeView()
        keep_left_to_right(self.code_view)  # a chart of values in index order, left to right
        self.compare = CodeCompare(self.code_view)
        self.card = ModelCard()
        self.noise_panel = NoisePanel()
        self._build_layout()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._refresh)
        self.canvas.imageChanged.connect(self._schedule)
        self.canvas.historyChanged.connect(self.commands.sync)
        self.live.selected.connect(self._on_selected)
        self.card.anchorClicked.connect(self._on_card_link)
        self.noise_panel.changed.connect(self._update_noise)
        self.details.currentChanged.connect(self._update_noise)
        self.reporter = LearnerReporter(self)  # what the learner does here, for the lessons
        self.commands.preprocess.toggled.connect(self._schedule)
        self.commands.grid.toggled.connect(self.canvas.set_show_grid)
        hub.modelsChanged.connect(self._on_models_changed)
        hub.modelChanged.connect(self._on_model_changed)
        hub.loadFailed.connect(self._on_load_failed)
        self._on_models_changed()
        self.commands.sync()

    def _build_layout(self) -> None:
        models = QWidget()
        column = QVBoxLayout(models)
        column.setContentsMargins(6, 0, 6, 0)
        column.addWidget(captioned(self.tr("<b>Reconstructions</b> — click a model to inspect it"),
                                   ("reconstructions", "errors"), self._help_context))
        column.addWidget(self.live, 1)
        column.addWidget(self.typicality)
        code_box = QWidget()
        code_column = QVBoxLayout(code_box)
        code_column.setContentsMargins(6, 0, 0, 0)
        code_column.addWidget(captioned(self.code_title, ("code", "autoencoder"), self._help_context))
        code_column.addWidget(self.code_view, 1)
        code_column.addWidget(self.compare)
        self.details = QTabWidget()
        self.details.addTab(self.card, self.tr("Model card"))
        self.details.addTab(self.noise_panel, self.tr("Noise and denoising"))
        self.details.setCornerWidget(HelpButton("model_card", self._help_context))
        self.right = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
        self.right.addWidget(code_box)
        self.right.addWidget(self.details)
        self.right.setSizes([300, 400])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        for widget in (self.drawing, models, self.right):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([460, 330, 470])
        for index, stretch in enumerate((3, 2, 3)):
            self.splitter.setStretchFactor(index, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

    def _help_context(self) -> dict:
        """What the explanations show of the app now: the selected model and the model input."""
        name = self.live.current
        return {"spec": self.hub.spec_for(name) if name else None, "input": self.model_input}

    # -- the live update -----------------------------------------------------------------------------
    @Slot()
    def _schedule(self) -> None:
        """Coalesce: the next event-loop pass runs one update with whatever the drawing is by then."""
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _refresh(self) -> None:
        revision = self.canvas.revision
        ink = self.canvas.ink()
        self.model_input = to_mnist(ink) if self.commands.preprocess.isChecked() else to_grid(ink)
        self.drawing.input_view.set_image(self.model_input)
        self.hub.set_input(self.model_input, ink)
        if self.hub.names and self.canvas.is_empty():
            self._show_empty()
        else:
            self._run_models()
        # After the reconstructions, judged off this thread; not while loading (its models would hold up the tab's).
        self.typicality.judge(self.model_input, later=self.hub.loading)
        self.shown_revision = revision

    def _show_empty(self) -> None:
        """A blank canvas: say what to do instead of showing reconstructions and errors of nothing."""
        self.results = {}
        for name, tile in self.live.tiles.items():
            if self.hub.has(name):
                tile.set_message(self.tr("Draw a digit on the left to see this model reconstruct it."), neutral=True)
        self.code_view.clear_code()
        self.noise_panel.show_empty()
        self.compare.show_codes(self.live.current, self.results)

    @Slot()
    def _update_noise(self) -> None:
        """The noise or the shown panel changed: run the models again (the noise demo rides on that call)."""
        if self.noise_panel.isVisible() and not self.canvas.is_empty():
            self._run_models()

    def _run_models(self) -> None:
        """One engine call for every tile, the code view and, while it is on screen, the noise demo."""
        if not self.hub.names:
            return
        noisy = self.noise_panel.noisy(self.model_input) if self.noise_panel.isVisible() else None
        outputs = self.hub.run_all(self.model_input, noisy, [n for n in self._noise_models if n])
        scores = score_views(outputs, self.model_input, noisy, self._noise_models)
        self.results = scores.results
        for name, result in self.results.items():
            self.live.tiles[name].set_result(result.reconstruction, result.bce, result.mse)
        self.compare.show_codes(self.live.current, self.results)
        if scores.noisy is not None:  # the noise demo: the noisy digit and its two models' answers to it
            self.noise_panel.show_results(scores.noisy, list(scores.denoised), self._noise_titles)

    def _pick_noise_models(self, selected: str | None) -> None:
        """The noise demo's two models for this selection, and its captions (made here, not on every stroke)."""
        hub = self.hub
        self._noise_models = noise_pair(hub.names, {n: hub.spec_for(n) for n in hub.names}, selected)
        roles = (self.tr("Noisy input"), self.tr("Denoising model"), self.tr("Plain model"))
        names = ["", *(self._title(n) if n else self.tr("none loaded") for n in self._noise_models)]
        self._noise_titles = ["<b>{0}</b><br>{1}".format(escape(role), escape(name)) for role, name in zip(roles, names)]

    # -- models --------------------------------------------------------------------------------------
    def _title(self, name: str) -> str:
        spec = self.hub.spec_for(name)
        if name in self.hub.replaced:
            return self.tr("{0} (yours, instead of {1})").format(self.hub.replaced[name].stem,
                                                                  engine(spec.title) if spec else name)
        if spec is None:
            return name
        return engine(spec.title) if name == spec.name else self.tr("{0} ({1})").format(name, engine(spec.title))

    def _about(self, name: str) -> str:
        """A tile's line: the variant's description, or whose model it is and how it was trained."""
        spec = self.hub.spec_for(name)
        if name in self.hub.replaced:
            return self.tr("{0} Runs instead of the shipped {1}.").format(yours_text(self.hub.instance(name).meta),
                                                                          engine(spec.title) if spec else name)
        if self.hub.is_users(name):
            return yours_text(self.hub.instance(name).meta)
        return engine(spec.description) if spec else ""

    @Slot()
    def _on_models_changed(self) -> None:
        hub = self.hub
        names = list(zoo.REGISTRY) + [n for n in hub.names if n not in zoo.REGISTRY]
        self.live.set_entries([Entry(n, hub.replaced[n].stem if n in hub.replaced else self._title(n),
                                     self._about(n)) for n in names])
        for name, tile in self.live.tiles.items():
            if hub.has(name):
                tile.set_ready()
            elif name in hub.errors:
                tile.set_message(hub.errors[name])
            elif hub.ready:
                tile.set_message(self.tr("Not loaded."))
        self.results = {}
        current = self.live.current if self.live.current in self.live.tiles else None
        self.live.current = None  # re-announce the selection: the model behind it may have changed
        self.live.select(current or self._first_available())
        self._schedule()

    @Slot(str, str)
    def _on_model_changed(self, name: str, change: str) -> None:
        """While loading: a model runs (its tile comes alive now), its Keras instance is in, or Keras refused it."""
        if self.hub.ready or name not in self.live.tiles or change not in ("runs", "added", "removed"):
            return  # after loading, modelsChanged follows and refreshes everything
        tile = self.live.tiles[name]
        shown = change == "added" and tile.available  # its NumPy pass runs already: only the card has more
        if change == "removed":  # its NumPy pass ran, but Keras could not open the file
            self.results.pop(name, None)
            tile.set_message(self.hub.errors.get(name) or self.tr("Not loaded."))
        elif not shown:
            tile.set_ready()
        if name == self.live.current:
            self.live.current = None  # announce the selection again, now that the model behind it changed
            self.live.select(name)
        if not shown:
            self._pick_noise_models(self.live.current)
            self._schedule()

    def _first_available(self) -> str:
        return next((n for n in self.live.tiles if self.hub.has(n)), next(iter(self.live.tiles)))

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        for tile in self.live.tiles.values():
            tile.set_message(message)
        self.code_view.set_shape(None, message)
        self.card.show_message(message)

    @Slot(str)
    def _on_selected(self, name: str) -> None:
        instance, shape, title = self.hub.instance(name), self.hub.code_shape(name), self._title(name)
        if shape is not None:
            size = math.prod(shape)
            self.code_title.setText(self.tr("<b>{0}</b> code: {1} · {2} / {3} = <b>{4:.1f}× compression</b>").format(
                escape(title), describe_code(shape), zoo.PIXELS, size, zoo.PIXELS / size))
            self.code_view.set_shape(shape)
            self.compare.show_codes(name, self.results)
            if instance is not None:
                self.card.show_model(title, self.hub.spec_for(name), instance, self.hub.is_users(name),
                                     name if name in self.hub.replaced else None)
            else:  # it runs in NumPy; its layers and training show once Keras has read the file
                self.card.show_unavailable(title, self.hub.spec_for(name), self.tr("Loading its layers…"),
                                           neutral=True)
        else:
            tile = self.live.tiles[name]
            reason = tile.message or self.tr("Not loaded.")
            self.code_title.setText(f"<b>{escape(title)}</b>")
            self.code_view.set_shape(None, reason)
            self.compare.show_codes(name, self.results)
            self.card.show_unavailable(title, self.hub.spec_for(name), reason,
                                       neutral=tile.neutral and not self.hub.ready)
        self._pick_noise_models(name)
        self._update_noise()

    def step_model(self, step: int) -> None:
        """Select the next (1) or previous (-1) model's tile: the keyboard's way to inspect each model."""
        names = list(self.live.tiles)
        if not names:
            return
        index = names.index(self.live.current) if self.live.current in names else -step
        name = names[(index + step) % len(names)]
        self.live.select(name)
        self.live.ensureWidgetVisible(self.live.tiles[name])

    @Slot(QUrl)
    def _on_card_link(self, url: QUrl) -> None:
        """'Restore the shipped model' on the card of a user's model that replaced it."""
        if url.scheme() == "restore":
            problem = self.hub.restore_shipped(url.path())
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(problem or self.tr("The shipped model is back."), 5000)

    # -- drawing actions (called by DrawActions) -----------------------------------------------------
    def new_drawing(self, image: np.ndarray | None) -> None:
        """Start a new drawing (cleared, opened or loaded): fresh noise and code scales."""
        if image is None:
            self.canvas.clear()
        else:
            self.canvas.set_image(image)
        self.code_view.reset()
        self.noise_panel.new_noise()

    # -- the tab contract ----------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        return self.commands.menu()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("rightSplitter", self.right.saveState())
        settings.setValue("details", self.details.currentIndex())
        settings.setValue("selected", self.live.current or "")
        settings.setValue("brushSize", self.canvas.brush_size)
        settings.setValue("hardness", self.canvas.hardness)
        settings.setValue("grid", self.commands.grid.isChecked())
        settings.setValue("preprocess", self.commands.preprocess.isChecked())
        settings.setValue("noiseLevel", self.noise_panel.level)
        settings.setValue("noiseKind", self.noise_panel.kind)

    def restore_state(self, settings: QSettings) -> None:
        restore_splitters(settings, {"splitter": self.splitter, "rightSplitter": self.right})
        self.details.setCurrentIndex(read(settings, "details", 0))
        self.drawing.set_brush(read(settings, "brushSize", float(self.canvas.brush_size)),
                               read(settings, "hardness", float(self.canvas.hardness)))
        self.commands.grid.setChecked(read(settings, "grid", False))
        self.commands.preprocess.setChecked(read(settings, "preprocess", True))
        self.noise_panel.set_level(read(settings, "noiseLevel", float(self.noise_panel.level)))
        self.noise_panel.set_kind(read(settings, "noiseKind", self.noise_panel.kind))
        selected = read(settings, "selected", "")
        if selected in self.live.tiles:
            self.live.select(selected)

    def confirm_close(self) -> bool:
        """Nothing to lose: the drawing is a sketch (Save… keeps it)."""
        return True

    def shutdown(self) -> None:
        self._timer.stop()
        self.typicality.shutdown()
        if self.datasets.parent() is self:
            self.datasets.shutdown()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.commands.sync()
        self._update_noise()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.commands.sync()

