"""The Draw tab end to end with untrained stand-ins of every variant: strokes reach every model while
they are drawn, undo and redo, clear, preprocessing, the code view, the model card, the noise demo, and a
damaged model file shown in its place while the others work."""

import logging
import shutil
from collections import Counter

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from ae_models import zoo
from ae_models.preprocess import centre_of_mass
from ae_models.standin import write_untrained
from gui.draw.model_card import layer_rows
from gui.draw.tab import DrawTab
from gui.hub import ModelHub
from gui.widgets.digit_view import to_qimage

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="session")
def standins(tmp_path_factory):
    return write_untrained(tmp_path_factory.mktemp("draw-models"))


def loaded_hub(folder) -> ModelHub:
    """A hub with the folder's models loaded (running the event loop until the loader reports)."""
    hub = ModelHub(folder)
    loop = QEventLoop()
    hub.modelsChanged.connect(loop.quit)
    hub.loadFailed.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    hub.start_loading()
    loop.exec()
    assert hub.engine is not None, "models did not load"
    return hub


@pytest.fixture(scope="session")
def hub(qapp, standins):
    """Every variant loaded once for the whole session (TensorFlow loads once)."""
    hub = loaded_hub(standins)
    assert set(hub.engine.names) == set(zoo.REGISTRY)
    return hub


def open_tab(qtbot, hub) -> DrawTab:
    tab = DrawTab(hub)
    tab.resize(1280, 760)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    settle(qtbot, tab)
    return tab


@pytest.fixture
def tab(qtbot, hub):
    tab = open_tab(qtbot, hub)
    yield tab
    tab.shutdown()


def settle(qtbot, tab):
    """Wait until the views show the canvas as it is now."""
    qtbot.waitUntil(lambda: tab.shown_revision == tab.canvas.revision, timeout=5000)


def to_widget(canvas, x, y):
    """Canvas coordinates (0..280) to widget coordinates."""
    side = min(canvas.width(), canvas.height())
    left, top = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    return QPoint(round(left + x * side / 280), round(top + y * side / 280))


def draw_seven(qtbot, tab, offset=(0, 0), scale=1.0, release=True):
    canvas = tab.canvas
    ox, oy = offset
    points = [(100, 80), (180, 80), (150, 150), (125, 220)]
    points = [to_widget(canvas, ox + x * scale, oy + y * scale) for x, y in points]
    QTest.mousePress(canvas, LEFT, Qt.KeyboardModifier.NoModifier, points[0])
    for a, b in zip(points, points[1:]):
        for t in np.linspace(0.1, 1.0, 8):
            QTest.mouseMove(canvas, QPoint(round(a.x() + t * (b.x() - a.x())), round(a.y() + t * (b.y() - a.y()))))
    if release:
        QTest.mouseRelease(canvas, LEFT, Qt.KeyboardModifier.NoModifier, points[-1])
    settle(qtbot, tab)


def reconstructions(tab):
    return {name: result.reconstruction.copy() for name, result in tab.results.items()}


def test_a_stroke_reaches_the_model_input_and_every_model_while_it_is_drawn(qtbot, tab, hub):
    assert reconstructions(tab) == {} and not tab.model_input.any()  # a blank canvas shows the empty state
    for name in zoo.REGISTRY:
        tile = tab.live.tiles[name]
        assert tile.neutral and tile.message.startswith("Draw a digit") and not tile.errors
    assert tab.code_view.code is None
    draw_seven(qtbot, tab, release=False)  # mid-stroke: the views already follow
    assert tab.canvas._stroke is not None
    assert tab.model_input.any()
    np.testing.assert_array_equal(hub.current_input, tab.model_input)
    assert hub.current_drawing.shape == (280, 280)
    drawn = reconstructions(tab)
    assert set(drawn) == set(zoo.REGISTRY)
    for name in zoo.REGISTRY:
        assert drawn[name].any(), name
        tile = tab.live.tiles[name]
        assert tile.available and tile.errors.startswith("BCE ")
    QTest.mouseRelease(tab.canvas, LEFT, Qt.KeyboardModifier.NoModifier, to_widget(tab.canvas, 125, 220))
    assert tab.drawing.input_view.image() is not None


def test_tiles_come_alive_one_by_one_as_models_arrive(qtbot, standins):
    hub = ModelHub(standins)
    tab = DrawTab(hub)
    qtbot.addWidget(tab)
    seen = []  # after each arrival (the tab's slot ran first): name, change, Keras instance?, tiles alive, shown
    waiting = []  # what the typicality meter says meanwhile

    def arrived(name, change):
        shown = set(reconstructions(tab)) if change == "runs" else tab.live.tiles[name].errors
        seen.append((name, change, hub.instance(name) is not None, hub.ready,
                     sum(t.available for t in tab.live.tiles.values()), shown))
        if change == "runs":
            tab._refresh()  # what the next event-loop turn does: the model that just arrived is drawn
            waiting.append(tab.typicality.message)

    hub.modelChanged.connect(arrived)
    tab.canvas.set_image(np.eye(28, dtype=np.float32))  # something drawn: a blank canvas shows its empty state
    with qtbot.waitSignal(hub.modelsChanged, timeout=120_000):
        hub.start_loading()
    runs = [entry for entry in seen if entry[1] == "runs"]
    added = [entry for entry in seen if entry[1] == "added"]
    assert len(seen) == len(runs) + len(added)
    # every shipped model runs (as its NumPy pass) before Keras opens any of them, one tile at a time
    assert [name for name, *_ in runs] == [name for name, *_ in seen[:len(runs)]]
    assert sorted(name for name, *_ in runs) == sorted(name for name, *_ in added) == sorted(zoo.REGISTRY)
    assert not any(instance or ready for _, _, instance, ready, _, _ in runs)
    assert [alive for *_, alive, _ in runs] == list(range(1, len(zoo.REGISTRY) + 1))
    assert all(instance and not ready for _, _, instance, ready, _, _ in added)
    assert all(errors.startswith("BCE ") for *_, errors in added)  # its tile kept its result: no blank frame
    earlier = [name for name, *_ in runs]
    for index, (*_, shown) in enumerate(runs):  # drawn before it arrived: exactly those that ran before it
        assert shown == set(earlier[:index])
    assert hub.ready and not hub.engine.needs_fused  # every model runs in NumPy: no compiled call is built
    assert not hub.engine.fused
    assert waiting == ["The verdict follows once the models have loaded…"] * len(zoo.REGISTRY)
    tab._refresh()  # asked now: its verdict, or why there is none, replaces the line
    qtbot.waitUntil(lambda: tab.typicality.message != waiting[0], timeout=60_000)
    tab.shutdown()


def test_card_waits_for_keras_and_a_pass_keras_refuses_leaves(qtbot, standins, monkeypatch):
    from ae_models import inference, store

    opened = inference.open_instance

    def refuse_conv(name, path):
        if name == "conv":
            raise store.ModelFileError("{path} is damaged for this test.", path=path)
        return opened(name, path)

    monkeypatch.setattr(inference, "open_instance", refuse_conv)
    hub = ModelHub(standins)
    tab = DrawTab(hub)
    qtbot.addWidget(tab)
    cards, tiles = [], []

    def arrived(name, change):
        if name == "conv" and change == "runs":
            tab.live.select("conv")
            cards.append(tab.card.toPlainText())
        if name == "conv":
            tiles.append((change, hub.has("conv"), tab.live.tiles["conv"].available))

    hub.modelChanged.connect(arrived)
    tab.canvas.set_image(np.eye(28, dtype=np.float32))
    with qtbot.waitSignal(hub.modelsChanged, timeout=120_000):
        hub.start_loading()
    assert len(cards) == 1 and cards[0].rstrip().endswith("Loading its layers…")  # no layers to show yet
    assert tiles == [("runs", True, True), ("removed", False, False)]
    assert "conv" not in hub.names and "damaged for this test" in hub.errors["conv"]
    assert not tab.live.tiles["conv"].available and "damaged for this test" in tab.live.tiles["conv"].message
    tab.shutdown()


def test_a_users_model_put_in_while_loading_keeps_its_place(qtbot, standins, tmp_path):
    """The shipped model arriving after the user's model replaced it does not take its place back."""
    from ae_models import architectures, forward, store

    hub = ModelHub(standins)
    mine = tmp_path / "my-vae.keras"
    model = architectures.build(zoo.REGISTRY["vae"], seed=9).autoencoder
    store.save(model, mine, {"variant": "vae"})
    arrivals = []

    def arrived(name, change):
        arrivals.append((name, change))
        if change == "added" and not hub.has_instance("vae") and "vae" not in hub.replaced:
            hub.replace_model("vae", model, {"variant": "vae"}, mine)  # before the shipped vae is in

    hub.modelChanged.connect(arrived)
    with qtbot.waitSignal(hub.modelsChanged, timeout=120_000):
        hub.start_loading()
    qtbot.waitUntil(lambda: hub.ready, timeout=120_000)
    assert ("vae", "added") in arrivals and arrivals.count(("vae", "added")) == 1  # the user's, not the shipped one
    assert hub.replaced["vae"] == mine and hub.instance("vae").path == mine
    assert hub.instance("vae").model is model and hub.is_users("vae")
    digit = np.eye(28, dtype=np.float32)
    _, want = forward.load(mine).run(digit[None])  # the user's file's own pass: what the views must show
    np.testing.assert_allclose(hub.run_all(digit)["vae"].reconstruction, want[0], atol=1e-5)
    hub.shutdown()


def test_updates_are_coalesced_latest_drawing_wins(qtbot, tab, monkeypatch):
    calls = []
    engine = tab.hub.engine
    original = engine.run_all
    monkeypatch.setattr(engine, "run_all",
                        lambda image, *noisy: calls.append(image.copy()) or original(image, *noisy))
    draw_seven(qtbot, tab)  # about 25 mouse events, delivered without the event loop running between them
    assert 1 <= len(calls) < 5
    np.testing.assert_array_equal(calls[-1], tab.model_input)


def test_one_engine_call_per_update_serves_the_noise_demo(qtbot, tab, monkeypatch):
    tab.details.setCurrentWidget(tab.noise_panel)
    draw_seven(qtbot, tab)
    calls = []
    engine = tab.hub.engine
    original = engine.run_all
    answers = []

    def run_all(image, noisy=None, noisy_for=None):
        calls.append(noisy)
        answers.append(original(image, noisy, noisy_for))
        return answers[-1]

    monkeypatch.setattr(engine, "run_all", run_all)
    monkeypatch.setattr(type(engine["conv"]), "reconstruct", lambda *a: pytest.fail("a model ran on its own"))
    draw_seven(qtbot, tab, offset=(20, 5))
    settle(qtbot, tab)
    assert calls and all(noisy is not None for noisy in calls)  # the noisy digit rode on every update's call
    for outputs in answers:  # run on the noisy digit by the two models the demo shows, by no other
        assert {n for n, out in outputs.items() if out.noisy_reconstruction is not None} == set(tab._noise_models)
    monkeypatch.undo()
    denoiser, plain = tab._noise_models
    for view, name in zip(tab.noise_panel.views[1:], (denoiser, plain)):
        assert view.image() == to_qimage(engine[name].reconstruct(noisy_image(tab)))


class PaintSpy(QObject):
    """Counts paint events by widget class."""

    def __init__(self):
        super().__init__()
        self.painted = Counter()

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.painted[type(obj).__name__] += 1
        return False


def test_a_stroke_repaints_only_the_views_that_changed(qtbot, qapp, tab):
    tab.details.setCurrentWidget(tab.noise_panel)
    draw_seven(qtbot, tab)
    qtbot.wait(50)
    spy = PaintSpy()
    qapp.installEventFilter(spy)
    draw_seven(qtbot, tab, offset=(30, 10))
    qtbot.wait(50)
    qapp.removeEventFilter(spy)
    for still in ("QToolButton", "QSlider", "QComboBox", "QPushButton", "QCheckBox", "QTabBar", "QLabel"):
        assert spy.painted[still] == 0, f"{still} repainted during a stroke"
    assert spy.painted["ModelTile"] and spy.painted["CodeView"] and spy.painted["DigitView"]


def test_preprocessing_makes_small_off_centre_digits_mnist_like(qtbot, tab):
    draw_seven(qtbot, tab, offset=(150, 150), scale=0.4)
    com = centre_of_mass(tab.model_input)
    rows = np.nonzero(tab.model_input.max(axis=1) > 0.05)[0]
    assert abs(com[0] - 14) <= 0.5 and abs(com[1] - 14) <= 0.5
    assert rows.max() - rows.min() + 1 >= 19
    tab.commands.preprocess.setChecked(False)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: centre_of_mass(tab.model_input)[0] > 18)  # now small, in the lower right
    rows = np.nonzero(tab.model_input.max(axis=1) > 0.05)[0]
    assert rows.max() - rows.min() + 1 <= 10


def test_undo_redo_and_clear_by_keyboard(qtbot, tab, hub):
    tab.canvas.setFocus()
    qtbot.waitActive(tab)
    draw_seven(qtbot, tab)
    first = tab.model_input.copy()
    draw_seven(qtbot, tab, offset=(-60, 20))
    second = tab.model_input.copy()
    QTest.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tab)
    np.testing.assert_allclose(tab.model_input, first)
    QTest.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, tab)
    np.testing.assert_allclose(tab.model_input, second)
    assert tab.commands.undo.isEnabled() and not tab.commands.redo.isEnabled()
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Delete):
        QTest.keyClick(tab.canvas, key)
        settle(qtbot, tab)
        assert tab.canvas.is_empty()
        tab.canvas.undo()
        settle(qtbot, tab)
        assert not tab.canvas.is_empty()


def test_clear_gives_zeros_everywhere_without_warnings(qtbot, tab, hub, caplog):
    draw_seven(qtbot, tab)
    caplog.set_level(logging.WARNING)
    tab.commands.clear.trigger()  # warnings are errors in this suite: a NaN or a division would fail here
    settle(qtbot, tab)
    assert not tab.model_input.any() and not hub.current_input.any()
    assert tab.code_view.code is None and not caplog.records  # the empty state, not the code of nothing


def test_actions_only_work_while_the_tab_is_shown(qtbot, tab):
    draw_seven(qtbot, tab)
    assert tab.commands.undo.isEnabled() and tab.commands.clear.isEnabled()
    tab.hide()
    assert not tab.commands.undo.isEnabled() and not tab.commands.clear.isEnabled()
    tab.show()
    assert tab.commands.undo.isEnabled()


@pytest.mark.parametrize(("name", "kind"), [("vanilla", "bars"), ("latent2", "plane"), ("conv", "maps")])
def test_clicking_a_model_shows_its_code_and_card(qtbot, tab, hub, name, kind):
    draw_seven(qtbot, tab)
    tile = tab.live.tiles[name]
    tab.live.ensureWidgetVisible(tile)
    QTest.mouseClick(tile, LEFT)
    assert tab.live.current == name and tile.selected
    instance = hub.engine[name]
    assert tab.code_view.kind == kind and tab.code_view.shape == instance.code_shape
    np.testing.assert_allclose(tab.code_view.code, tab.results[name].code)
    assert f"{zoo.PIXELS / instance.code_size:.1f}× compression" in tab.code_title.text()
    card = tab.card.toPlainText()
    for row in layer_rows(instance.model):
        assert row.name in card
    assert zoo.REGISTRY[name].tutorial in card and "Parameters" in card


def select(tab, name):
    tile = tab.live.tiles[name]
    tab.live.ensureWidgetVisible(tile)
    QTest.mouseClick(tile, LEFT)


def test_the_code_is_compared_with_vanilla_on_request_and_its_zeros_counted(qtbot, tab, monkeypatch):
    draw_seven(qtbot, tab)
    select(tab, "sparse")
    sparse = tab.results["sparse"].code
    zeros = int(np.count_nonzero(sparse == 0))
    assert zeros >= 16  # a top-16 code of 32 values
    assert tab.code_view.reference is None and not tab.compare.toggle.isChecked()  # off by default
    assert tab.compare.note.text() == f"{zeros} of 32 values are zero"
    monkeypatch.setattr(tab.hub, "run_all", lambda *a: pytest.fail("the comparison called a model"))
    tab.compare.toggle.setChecked(True)
    np.testing.assert_allclose(tab.code_view.reference, tab.results["vanilla"].code.ravel())
    peak = max(np.abs(sparse).max(), np.abs(tab.results["vanilla"].code).max())
    assert tab.code_view.scale >= peak  # one scale that fits both codes
    assert "(vanilla: " in tab.compare.note.text()


@pytest.mark.parametrize(("name", "why"), [("vanilla", "is the vanilla model"), ("conv", "flat code")])
def test_the_comparison_says_why_it_is_off(qtbot, tab, name, why):
    draw_seven(qtbot, tab)
    tab.compare.toggle.setChecked(True)
    select(tab, name)
    assert tab.code_view.reference is None and why in tab.compare.note.text()


def test_layer_rows_list_nested_layers_with_shapes_and_parameters(hub):
    rows = layer_rows(hub.engine["conv"].model)
    assert [r.name for r in rows if r.depth == 0] == ["input", "encoder", "decoder"]
    encoder = next(r for r in rows if r.name == "encoder")
    assert encoder.shape == "4 × 4 × 8" and encoder.params == sum(r.params for r in rows if r.name.startswith("enc_"))
    assert sum(r.params for r in rows if r.depth == 0) == hub.engine["conv"].model.count_params()


def noisy_image(tab):
    return tab.noise_panel.noisy(tab.model_input)


def test_noise_slider_scales_one_fixed_pattern(qtbot, tab):
    tab.details.setCurrentWidget(tab.noise_panel)
    draw_seven(qtbot, tab)
    panel = tab.noise_panel
    panel.set_level(0.0)
    np.testing.assert_array_equal(noisy_image(tab), tab.model_input)
    panel.set_level(0.5)
    half = noisy_image(tab)
    shown = panel.views[0].image()
    panel.set_level(0.9)
    assert not np.array_equal(noisy_image(tab), half) and panel.views[0].image() != shown
    panel.set_level(0.5)
    np.testing.assert_array_equal(noisy_image(tab), half)  # the same noise, scaled back
    assert panel.views[0].image() == shown
    panel.new_noise()
    assert not np.array_equal(noisy_image(tab), half)
    assert "Denoising conv" in panel.captions[1].text() and "Vanilla dense" in panel.captions[2].text()
    assert all(view.image() is not None for view in panel.views)
    assert all(label.text().startswith("BCE") for label in panel.error_labels)


def test_noise_kinds_and_new_drawings(qtbot, tab):
    tab.details.setCurrentWidget(tab.noise_panel)
    draw_seven(qtbot, tab)
    panel = tab.noise_panel
    outputs = {}
    for kind in ("gaussian", "salt-and-pepper", "masking"):
        panel.set_kind(kind)
        outputs[kind] = noisy_image(tab)
    assert not np.array_equal(outputs["gaussian"], outputs["masking"])
    assert set(np.unique(outputs["salt-and-pepper"][tab.model_input == 0])) <= {0.0, 1.0}
    seed = panel.seed
    tab.commands.clear.trigger()
    assert panel.seed == seed + 1  # a new drawing gets new noise


def test_state_is_remembered(qtbot, hub, tmp_path):
    settings = QSettings(str(tmp_path / "draw.ini"), QSettings.Format.IniFormat)
    first = open_tab(qtbot, hub)
    first.drawing.set_brush(40, 0.8)
    first.commands.grid.setChecked(True)
    first.commands.preprocess.setChecked(False)
    first.noise_panel.set_level(0.3)
    first.noise_panel.set_kind("masking")
    first.live.select("conv")
    first.save_state(settings)
    settings.sync()
    second = open_tab(qtbot, hub)
    second.restore_state(QSettings(str(tmp_path / "draw.ini"), QSettings.Format.IniFormat))
    assert second.canvas.brush_size == 40 and second.canvas.hardness == pytest.approx(0.8)
    assert second.canvas.show_grid and not second.commands.preprocess.isChecked()
    assert second.noise_panel.level == pytest.approx(0.3) and second.noise_panel.kind == "masking"
    assert second.live.current == "conv"


def test_save_and_open_a_drawing(qtbot, tab, tmp_path, monkeypatch):
    draw_seven(qtbot, tab)
    drawn = tab.canvas.image()
    path = str(tmp_path / "seven")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (path, "PNG images (*.png)"))
    tab.commands.save.trigger()
    tab.commands.clear.trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (path + ".png", ""))
    tab.commands.open.trigger()
    np.testing.assert_allclose(tab.canvas.image(), drawn, atol=1 / 255)
    tab.canvas.undo()  # opening is undoable
    assert tab.canvas.is_empty()


def test_random_test_digit_loads_off_the_gui_thread(qtbot, tab):
    assert tab.datasets.available("mnist")  # the bundled MNIST: no set-up, no network
    tab.commands.random.trigger()
    assert tab.canvas.is_empty() and tab.datasets.state("mnist") == "loading"  # the click returned at once
    qtbot.waitUntil(lambda: not tab.canvas.is_empty(), timeout=30_000)
    settle(qtbot, tab)
    assert tab.model_input.any()
    first = tab.canvas.image()
    tab.commands.random.trigger()  # loaded once: the next digit comes without loading again
    assert tab.datasets.state("mnist") == "ready" and not np.array_equal(tab.canvas.image(), first)


def test_without_the_dataset_the_random_digit_says_why(qtbot, hub, tmp_path, monkeypatch, dataset_info):
    dataset_info("mnist", bundled=None)
    monkeypatch.setenv("AE_STUDIO_DATA", str(tmp_path))
    monkeypatch.setenv("AE_STUDIO_CACHE", str(tmp_path / "cache"))
    tab = open_tab(qtbot, hub)
    assert not tab.commands.random.isEnabled()
    assert "MNIST is not on this computer" in tab.commands.random.toolTip()


def test_a_damaged_model_shows_why_while_the_others_work(qtbot, standins, tmp_path):
    folder = tmp_path / "models"
    shutil.copytree(standins, folder)
    (folder / "conv.keras").write_bytes((folder / "conv.keras").read_bytes()[:500])  # truncated
    (folder / "deep.keras").unlink()
    hub = loaded_hub(folder)
    tab = open_tab(qtbot, hub)
    draw_seven(qtbot, tab)
    assert "damaged" in tab.live.tiles["conv"].message and not tab.live.tiles["conv"].available
    assert "deep.keras does not exist" in tab.live.tiles["deep"].message
    working = set(zoo.REGISTRY) - {"conv", "deep"}
    assert set(tab.results) == working
    assert all(tab.live.tiles[n].errors for n in working)
    tab.live.select("conv")
    assert "damaged" in tab.code_view.message and "damaged" in tab.card.toPlainText()


def test_before_the_models_load_the_canvas_still_works(qtbot, standins):
    hub = ModelHub(standins)  # never started
    tab = open_tab(qtbot, hub)
    assert all(tile.message == "Loading…" and tile.neutral for tile in tab.live.tiles.values())
    assert "Unavailable" not in tab.card.toPlainText()  # loading is a state, not a failure
    draw_seven(qtbot, tab)
    assert tab.model_input.any() and tab.results == {}
