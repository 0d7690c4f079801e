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
from PySide6.QtCore import QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ae_models import zoo
from ae_models.preprocess import to_grid, to_mnist
from ae_models.scoring import Result, denoise, noise_pair, score_all, scored
from gui.datasets import DatasetService
from gui.draw import actions as draw_actions
from gui.draw.code_view import CodeView, describe_code
from gui.draw.drawing_panel import DrawingPanel
from gui.draw.live_panel import Entry, LivePanel
from gui.draw.model_card import ModelCard
from gui.draw.noise_panel import NoisePanel
from gui.draw.typicality import TypicalityMeter
from gui.hub import ModelHub
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
        self.commands = draw_actions.DrawActions(self, self, self.datasets)
        self.drawing = DrawingPanel(self.commands.edit_tools(), self.commands.file_tools(), self.commands.toggles())
        self.canvas = self.drawing.canvas
        self.live = LivePanel()
        self.typicality = TypicalityMeter()
        self.code_title = QLabel()
        self.code_title.setWordWrap(True)
        self.code_view = CodeView()
        self.card = ModelCard()
        self.noise_panel = NoisePanel()
        self._build_layout()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._refresh)
        self.canvas.imageChanged.connect(self._schedule)
        self.canvas.historyChanged.connect(self.commands.sync)
        self.live.selected.connect(self._on_selected)
        self.noise_panel.changed.connect(self._update_noise)
        self.details.currentChanged.connect(self._update_noise)
        self._report_learner_actions()
        self.commands.preprocess.toggled.connect(self._schedule)
        self.commands.grid.toggled.connect(self.canvas.set_show_grid)
        hub.modelsChanged.connect(self._on_models_changed)
        hub.loadFailed.connect(self._on_load_failed)
        self._on_models_changed()
        self.commands.sync()

    def _build_layout(self) -> None:
        models = QWidget()
        column = QVBoxLayout(models)
        column.setContentsMargins(6, 0, 6, 0)
        heading = QLabel("<b>Reconstructions</b> — click a model to inspect it")
        column.addWidget(heading)
        column.addWidget(self.live, 1)
        column.addWidget(self.typicality)
        code_box = QWidget()
        code_column = QVBoxLayout(code_box)
        code_column.setContentsMargins(6, 0, 0, 0)
        code_column.addWidget(self.code_title)
        code_column.addWidget(self.code_view, 1)
        self.details = QTabWidget()
        self.details.addTab(self.card, "Model card")
        self.details.addTab(self.noise_panel, "Noise and denoising")
        self.right = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
        self.right.addWidget(code_box)
        self.right.addWidget(self.details)
        self.right.setSizes([300, 400])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        for widget in (self.drawing, models, self.right):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([460, 330, 470])
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

    def _report_learner_actions(self) -> None:
        """What the learner does here, for the lesson being followed (``hub.events``)."""
        self.live.selected.connect(self._report_selected)
        self.live.clicked.connect(self._report_selected)
        self.noise_panel.changed.connect(self._report_noise)
        self.details.currentChanged.connect(self._report_noise)
        self.typicality.service.judged.connect(self._report_verdict)

    @Slot(str)
    def _report_selected(self, name: str) -> None:
        self.hub.events.report("select_model", model=name)

    @Slot()
    def _report_noise(self) -> None:
        if self.details.currentWidget() is self.noise_panel:
            self.hub.events.report("set_noise", noise=self.noise_panel.kind, level=self.noise_panel.level)

    @Slot(object, object)
    def _report_verdict(self, image: np.ndarray, verdict) -> None:
        if verdict.digit is None:
            self.hub.events.report("draw_non_digit")
        else:
            self.hub.events.report("draw_digit", digit=verdict.digit)

    # -- the live update -----------------------------------------------------------------------------
    @Slot()
    def _schedule(self) -> None:
        """Coalesce: the next event-loop pass runs one update with whatever the drawing is by then."""
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _refresh(self) -> None:
        revision = self.canvas.revision
        image = self.canvas.image()
        self.model_input = to_mnist(image) if self.commands.preprocess.isChecked() else to_grid(image)
        self.drawing.input_view.set_image(self.model_input)
        self.hub.set_input(self.model_input, image)
        if self.hub.ready:
            self.results = score_all(self.hub.run_all(self.model_input), self.model_input)
            for name, result in self.results.items():
                self.live.tiles[name].set_result(result.reconstruction, result.bce, result.mse)
            selected = self.results.get(self.live.current)
            if selected is not None:
                self.code_view.set_code(selected.code)
            self._update_noise()
        self.typicality.judge(self.model_input)  # after the reconstructions: judged off this thread
        self.shown_revision = revision

    @Slot()
    def _update_noise(self) -> None:
        """The denoising demo, only while it is on screen (it costs two more model calls)."""
        if not self.hub.ready or not self.noise_panel.isVisible():
            return
        clean = self.model_input
        noisy = self.noise_panel.noisy(clean)
        names = [n for n in self._noise_models if n is not None]
        by_name = {r.name: r for r in denoise({n: self.hub.instance(n) for n in names}, clean, noisy)}
        outputs = [by_name.get(n) for n in self._noise_models]
        roles = ("Denoising model", "Plain model")
        titles = [f"<b>{role}</b><br>{self._title(n) if n else 'none loaded'}"
                  for role, n in zip(roles, self._noise_models)]
        self.noise_panel.show_results(scored("noisy", clean, noisy), outputs, ["<b>Noisy input</b><br>", *titles])

    # -- models --------------------------------------------------------------------------------------
    def _title(self, name: str) -> str:
        spec = self.hub.spec_for(name)
        if spec is None:
            return name
        return spec.title if name == spec.name else f"{name} ({spec.title})"

    @Slot()
    def _on_models_changed(self) -> None:
        hub = self.hub
        names = list(zoo.REGISTRY) + [n for n in hub.names if n not in zoo.REGISTRY]
        self.live.set_entries([Entry(n, self._title(n), getattr(self.hub.spec_for(n), "description", ""))
                               for n in names])
        for name, tile in self.live.tiles.items():
            if hub.has(name):
                tile.set_ready()
            elif name in hub.errors:
                tile.set_message(hub.errors[name])
            elif hub.ready:
                tile.set_message("Not loaded.")
        self.results = {}
        current = self.live.current if self.live.current in self.live.tiles else None
        self.live.current = None  # re-announce the selection: the model behind it may have changed
        self.live.select(current or self._first_available())
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
        if instance is not None and shape is not None:
            size = math.prod(shape)
            self.code_title.setText(f"<b>{escape(title)}</b> code: {describe_code(shape)} · "
                                    f"{zoo.PIXELS} / {size} = <b>{zoo.PIXELS / size:.1f}× compression</b>")
            self.code_view.set_shape(shape)
            if name in self.results:
                self.code_view.set_code(self.results[name].code)
            self.card.show_model(title, self.hub.spec_for(name), instance)
        else:
            reason = self.live.tiles[name].message or "Not loaded."
            self.code_title.setText(f"<b>{escape(title)}</b>")
            self.code_view.set_shape(None, reason)
            self.card.show_unavailable(title, self.hub.spec_for(name), reason)
        self._noise_models = noise_pair(self.hub.names, {n: self.hub.spec_for(n) for n in self.hub.names}, name)
        self._update_noise()

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

