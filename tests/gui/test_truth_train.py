"""The Train tab tells the truth: the wheel scrolls the form instead of changing values, the first form
state is the preset's (every stage of it), a far too high rate is flagged, and the models list labels
a replaced shipped model as what it is."""

import json

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from ae_models import zoo
from ae_models.library import ModelLibrary
from ae_models.resources import MANIFEST, MODELS_DIR
from gui.hub import ModelHub
from gui.train.tab import TrainTab


@pytest.fixture
def tab(qtbot, tmp_path):
    widget = TrainTab(ModelHub(models_dir=tmp_path / "no-models"), library=ModelLibrary(tmp_path / "models"))
    qtbot.addWidget(widget)
    return widget


def wheel(widget, notches=-1):
    """One real wheel event over the middle of ``widget`` (negative: towards the user, scrolls down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_combo_box_scrolls_the_form_and_keeps_its_value(tab, qtbot):
    tab.resize(1000, 520)  # short: the form scrolls
    tab.show()
    qtbot.waitExposed(tab)
    scroll = tab.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    form = tab.form
    for box in (form.optimizer, form.schedule, form.epochs):
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    before = (form.optimizer.currentData(), form.schedule.currentData(), form.epochs.value())
    scroll.ensureWidgetVisible(form.optimizer)
    top = bar.value()
    wheel(form.optimizer)
    wheel(form.schedule)
    wheel(form.epochs)
    assert (form.optimizer.currentData(), form.schedule.currentData(), form.epochs.value()) == before
    assert bar.value() > top  # the wheel scrolled the form instead
    tab.activateWindow()
    form.optimizer.setFocus()
    qtbot.waitUntil(form.optimizer.hasFocus)
    wheel(form.optimizer)
    assert form.optimizer.currentData() != before[0]  # focused: the wheel changes it, as usual


def shipped_stages(name):
    entry = json.loads((MODELS_DIR / MANIFEST.name).read_text())["variants"][name]
    return [stage["train"] for stage in entry.get("stages", [{"train": entry["train"]}])]


def test_the_first_form_state_is_the_presets_and_the_idle_bar_reads_its_epochs(tab):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tab.library.folder.parent / "fresh.ini"), QSettings.Format.IniFormat)
    tab.restore_state(settings)  # a first start: nothing saved
    form = tab.form
    assert form.preset.currentText() == "Shipped model's recipe" and not form.edited
    spec = form.spec()
    assert spec.train == zoo.REGISTRY["vanilla"].train
    first = shipped_stages("vanilla")[0]
    assert (spec.train.schedule, spec.train.epochs, spec.train.learning_rate) == (
        first["schedule"], first["epochs"], first["learning_rate"])
    assert tab.progress.run_bar.text() == f"run: 0 of {spec.train.epochs} epochs"
    form.epochs.setValue(7)
    assert form.edited and form.preset.currentText() == "Shipped model's recipe (edited)"
    assert tab.progress.run_bar.text() == "run: 0 of 7 epochs"
    form.epochs.setValue(spec.train.epochs)
    assert not form.edited and form.preset.currentText() == "Shipped model's recipe"


def test_a_preset_with_stages_shows_and_runs_them_all(tab):
    form = tab.form
    form.variant.setCurrentIndex(form.variant.findData("conv"))
    stages = shipped_stages("conv")
    assert len(stages) == 2
    assert form.refine.isVisibleTo(form) and form.refine.isChecked()
    assert form.refine_hint.text().startswith("20 epochs from 0.0005, cosine decay")
    spec = form.spec()
    assert [cfg.epochs for cfg in spec.stages] == [s["epochs"] for s in stages]
    assert [cfg.learning_rate for cfg in spec.stages] == [s["learning_rate"] for s in stages]
    assert tab.progress.run_bar.text() == "run: 0 of 80 epochs"
    form.refine.setChecked(False)
    assert form.spec().stages == (form.spec().train,) and form.edited
    form.variant.setCurrentIndex(form.variant.findData("vanilla"))
    assert not form.refine.isVisibleTo(form)


def test_a_rate_far_above_the_presets_is_allowed_with_a_warning(tab):
    form = tab.form
    form.learning_rate.setText("10")
    assert form.valid
    assert form.rate_warning.isVisibleTo(form) and "diverge" in form.rate_warning.text()
    form.learning_rate.setText("0.003")
    assert not form.rate_warning.isVisibleTo(form)
