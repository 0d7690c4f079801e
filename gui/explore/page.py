"""What every page of the Explore tab shares: a model picker filtered by code shape, the page's
test-set codes, and live following of the drawing (coalesced, and deferred while the page is hidden)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QBoxLayout, QComboBox, QHBoxLayout, QLabel, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

from ae_models.codespace import CodeStats
from gui.explore.code_space import CodeSpace
from gui.help.button import HelpButton
from gui.hub import ModelHub
from gui.i18n import engine
from gui.settings import read

CodeTest = Callable[[tuple[int, ...]], bool]


class ModelPicker(QComboBox):
    """The loaded models whose code shape a page can use, by title; ``modelChanged`` also fires on a hot swap."""

    modelChanged = Signal(str)

    def __init__(self, hub: ModelHub, accepts: CodeTest, prefers: CodeTest | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.accepts, self.prefers = hub, accepts, prefers or accepts
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        hub.modelsChanged.connect(self.refresh)
        self.currentIndexChanged.connect(self._emit)

    def name(self) -> str | None:
        return self.currentData()

    @Slot()
    def refresh(self) -> None:
        """Relist the models, keeping the current choice when it is still loaded."""
        hub, previous = self.hub, self.name()
        names = [n for n in hub.names if hub.instance(n) is not None and self.accepts(hub.code_shape(n))]
        self.blockSignals(True)
        self.clear()
        for name in names:
            spec = self.hub.spec_for(name)
            self.addItem(self.tr("{0} ({1})").format(engine(spec.title), name) if spec else name, name)
            self.setItemData(self.count() - 1, engine(spec.description) if spec else name, Qt.ItemDataRole.ToolTipRole)
        preferred = [n for n in names if self.prefers(hub.code_shape(n))]
        choice = previous if previous in names else (preferred or names or [None])[0]
        self.setCurrentIndex(max(self.findData(choice), 0) if choice else -1)
        self.blockSignals(False)
        self._emit()

    def select(self, name: str) -> None:
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)

    @Slot()
    def _emit(self) -> None:
        self.modelChanged.emit(self.name() or "")


class ExplorePage(QWidget):
    """Base of the Explore pages: a header row with the picker, a body, and hooks the page overrides.

    Hooks: ``model_changed()`` (new model or hot swap), ``stats_changed(stats or None)`` (test-set codes
    arrived or went), ``input_changed(image)`` (the drawing, at most once per event-loop turn, only while
    visible). ``no_model_text`` says which models the page needs (marked for the "ExplorePage" context).
    Strings here use that fixed context: ``self.tr`` would look them up under the subclass's name.
    """

    no_model_text = QT_TRANSLATE_NOOP("ExplorePage", "No suitable model is loaded.")
    help_topic = "code"  # the explanation its "?" opens

    def __init__(self, hub: ModelHub, space: CodeSpace, accepts: CodeTest, prefers: CodeTest | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.space = hub, space
        self.picker = ModelPicker(hub, accepts, prefers)
        self.header = QHBoxLayout()
        self.header.addWidget(QLabel(QCoreApplication.translate("ExplorePage", "Model:")))
        self.header.addWidget(self.picker)
        self.header.addWidget(HelpButton(self.help_topic, self._help_context))
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("exploreStatus")
        self.status.setToolTip(QCoreApplication.translate(
            "ExplorePage", "What this page is doing with the selected model and the test digits."))
        self.body = QWidget()
        self._stack = QStackedWidget()
        self._stack.addWidget(self.body)
        self.placeholder = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self._stack.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.status)
        self.remembered: dict[str, QSpinBox] = {}  # settings key -> spin box whose value is kept
        self._wanted_model = ""
        self._input_stale = True
        self._input_timer = QTimer(self, singleShot=True, interval=0)
        self._input_timer.timeout.connect(self._apply_input)
        self.picker.modelChanged.connect(self._on_model)
        space.statsReady.connect(self._on_stats)
        space.datasetReady.connect(self._on_dataset)
        space.statsFailed.connect(self._on_stats_failed)
        hub.inputChanged.connect(self._on_input)

    def body_layout(self, horizontal: bool) -> QBoxLayout:
        """The page body's layout, flush with the header."""
        layout = QHBoxLayout(self.body) if horizontal else QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        return layout

    def _help_context(self) -> dict:
        name = self.picker.name()
        return {"spec": self.hub.spec_for(name) if name else None, "input": self.hub.current_input}

    @property
    def instance(self):
        """The chosen model's ``Instance``, or None."""
        name = self.picker.name()
        return self.hub.instance(name) if name else None

    @property
    def stats(self) -> CodeStats | None:
        name = self.picker.name()
        return self.space.stats(name) if name else None

    def model_changed(self) -> None:
        """The chosen model changed (or was swapped); the page resets what depends on it."""

    def stats_changed(self, stats: CodeStats | None) -> None:
        """The chosen model's test-set codes arrived (or are not there yet: None)."""

    def input_changed(self, image: np.ndarray) -> None:
        """The drawing's 28x28 model input changed."""

    def save_state(self, settings: QSettings) -> None:
        """Remember the chosen model and the ``remembered`` spin boxes (keys prefixed by the page's class)."""
        prefix = type(self).__name__
        if self.picker.name():
            settings.setValue(f"{prefix}/model", self.picker.name())
        for key, spin in self.remembered.items():
            settings.setValue(f"{prefix}/{key}", spin.value())

    def restore_state(self, settings: QSettings) -> None:
        prefix = type(self).__name__
        self._wanted_model = read(settings, f"{prefix}/model", "")
        for key, spin in self.remembered.items():
            spin.setValue(read(settings, f"{prefix}/{key}", spin.value()))

    @Slot(str)
    def _on_model(self, name: str) -> None:
        wanted = self._wanted_model
        if name:
            self._wanted_model = ""
        if name and wanted and wanted != name and self.picker.findData(wanted) >= 0:
            self.picker.select(wanted)
            return
        self._stack.setCurrentIndex(0 if name else 1)
        if not name:
            self.placeholder.setText(QCoreApplication.translate("ExplorePage", self.no_model_text) if self.hub.ready
                                     else QCoreApplication.translate("ExplorePage", "The models are still loading…"))
            return
        self.model_changed()
        self._refresh_stats()
        self._input_stale = True
        self._schedule_input()

    def _refresh_stats(self) -> None:
        name = self.picker.name()
        if not name:
            return
        stats = self.space.stats(name)
        if stats is None and self.isVisible():
            self.space.request(name)
        self._show_stats_status(stats)
        self.stats_changed(stats)

    def _show_stats_status(self, stats: CodeStats | None) -> None:
        if stats is not None:
            self.status.setText("")
        elif self.space.pending(self.picker.name() or ""):
            self.status.setText(QCoreApplication.translate(
                "ExplorePage", "Encoding the 10,000 MNIST test digits with this model…"))
        elif not self.space.ready:
            self.status.setText(QCoreApplication.translate(
                "ExplorePage", "The MNIST test digits are not loaded: what needs them stays empty."))

    @Slot(str)
    def _on_stats(self, name: str) -> None:
        if name == self.picker.name():
            self._refresh_stats()

    @Slot(str, str)
    def _on_stats_failed(self, name: str, message: str) -> None:
        if name == self.picker.name():
            self.status.setText(message)

    @Slot()
    def _on_dataset(self) -> None:
        if self.isVisible():
            self._refresh_stats()

    @Slot(object)
    def _on_input(self, _image) -> None:
        self._input_stale = True
        self._schedule_input()

    def _schedule_input(self) -> None:
        if self.isVisible() and self.instance is not None:
            self._input_timer.start()

    @Slot()
    def _apply_input(self) -> None:
        if self._input_stale and self.instance is not None:
            self._input_stale = False
            self.input_changed(self.hub.current_input)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.picker.name() and self.stats is None:
            self._refresh_stats()
        self._schedule_input()
