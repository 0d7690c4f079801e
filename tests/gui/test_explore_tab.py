"""The Explore tab with small untrained models and the real MNIST test digits (the bundled copy)."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from ae_models import data, session_export
from ae_models.codespace import map_range
from gui.explore.tab import ExploreTab
from gui.hub import ModelHub
from gui.widgets.digit_view import to_qimage

VARIANTS = ("latent2", "vae", "vanilla")

@pytest.fixture(scope="session")
def models_dir(tmp_path_factory):
    """Freshly built (untrained) models of three variants, saved as the app ships them."""
    from ae_models import standin

    return standin.write_untrained(tmp_path_factory.mktemp("models"), VARIANTS)


@pytest.fixture(scope="session")
def hub(models_dir, qapp):
    """One hub with the models loaded, shared by the tests (TensorFlow loads once)."""
    hub = ModelHub(models_dir)
    hub.start_loading()
    deadline = time.monotonic() + 120
    while not hub.ready and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    assert hub.engine is not None and set(hub.engine.names) == set(VARIANTS)
    return hub


@pytest.fixture
def explore(qtbot, hub):
    """An Explore tab, shown at the smallest supported size, with the test digits loaded."""
    tab = ExploreTab(hub)
    tab.resize(1024, 640)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.space.datasetReady, timeout=60_000):
        tab.show()
    yield tab
    tab.shutdown()


def show_page(qtbot, tab, page, model=None):
    """Switch to a page (and model) and wait for its test-set codes."""
    tab.pages.setCurrentWidget(page)
    if model:
        page.picker.select(model)
    qtbot.waitUntil(lambda: page.stats is not None, timeout=60_000)
    return page


def test_marker_follows_the_drawn_digit(qtbot, explore, hub):
    page = show_page(qtbot, explore, explore.latent_map, "latent2")
    instance = hub.engine["latent2"]
    for index in (0, 1):
        digit = explore.space.images[index]
        hub.set_input(digit)
        qtbot.waitUntil(lambda d=digit: page.map.marker_position() is not None and
                        np.allclose(page.map.marker_position(), instance.encode(d), atol=1e-5))
    hub.set_input(np.zeros((28, 28), np.float32))
    qtbot.waitUntil(lambda: page.map.marker_position() is None)


def test_clicking_the_map_decodes_that_point(qtbot, explore, hub):
    page = show_page(qtbot, explore, explore.latent_map, "vae")
    page.map.canvas.draw()
    (x0, x1), (y0, y1) = page.map.limits()
    target = (x0 + 0.3 * (x1 - x0), y0 + 0.7 * (y1 - y0))
    QTest.mouseClick(page.map.canvas, Qt.MouseButton.LeftButton, pos=QPoint(*page.map.data_to_widget(target)))
    probe = page.map.probe_position()
    assert probe is not None and np.allclose(probe, target, atol=0.01 * max(x1 - x0, y1 - y0))
    assert page.decoded.image() == to_qimage(hub.engine["vae"].decode(probe))


def test_the_manifold_starts_on_the_maps_own_range_taken_from_the_codes(qtbot, explore):
    page = show_page(qtbot, explore, explore.latent_map, "latent2")
    page.map.canvas.draw()
    (x0, x1), (y0, y1) = page.map.limits()
    span = max(x1 - x0, y1 - y0)
    np.testing.assert_allclose(np.ravel(page.manifold_range()), [x0, x1, y0, y1], atol=0.01 * span)
    np.testing.assert_allclose(np.ravel(map_range(page.stats.codes)), [x0, x1, y0, y1], atol=1e-6 * span)


def test_manifold_is_an_n_by_n_grid_over_the_range(qtbot, explore, hub):
    page = show_page(qtbot, explore, explore.latent_map, "latent2")
    page.grid_size.setValue(4)
    for spin, value in zip(page.ranges, (-1.0, 2.0, -3.0, 0.5)):
        spin.setValue(value)
    image = page.manifold.image()
    assert (image.width(), image.height()) == (4 * 28 + 3, 4 * 28 + 3)
    corner = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())[:28, :28]
    expected = hub.engine["latent2"].decode(np.array([-1.0, 0.5], np.float32))  # top left: smallest x, largest y
    assert np.abs(corner / 255.0 - expected).max() < 0.01


def test_neighbours_of_a_test_digit_include_itself_at_distance_zero(qtbot, explore, hub):
    page = show_page(qtbot, explore, explore.neighbours, "vanilla")
    page.k.setValue(7)
    hub.set_input(explore.space.images[42])
    qtbot.waitUntil(lambda: page.last is not None and 42 in page.last.indices)
    where = list(page.last.indices).index(42)
    assert page.last.distances[where] == pytest.approx(0, abs=1e-3) and len(page.last.indices) == 7
    assert sum(t.isVisible() for t in page.thumbs) == 7
    assert page.pca.marker_position() is not None
    qtbot.waitUntil(lambda: page.judgement is not None, timeout=180_000)  # judged in a worker thread
    assert page.verdict.text().startswith("Looks like a <b>")
    assert "nearest training digits agree" in page.verdict.text()


def test_a_cross_does_not_look_like_any_digit_and_says_why(qtbot, explore, hub):
    from ae_models.preprocess import to_mnist

    page = show_page(qtbot, explore, explore.neighbours, "vanilla")
    rows, cols = np.mgrid[0:280, 0:280]
    cross = ((np.abs(rows - cols) < 12) | (np.abs(rows + cols - 279) < 12)) & (np.abs(rows - 140) < 80)
    hub.set_input(to_mnist(cross.astype(np.float32)))
    page.judgement = None  # one for an earlier input may be shown already; the cross's comes next
    qtbot.waitUntil(lambda: page.judgement is not None, timeout=180_000)
    text = page.verdict.text()
    assert page.judgement.digit is None and text.startswith("<b>Does not look like any digit</b>")
    assert "where a digit's usually are" in text and "Typicality" in text
    assert sum(t.isVisible() for t in page.thumbs) == page.k.value() and page.last is not None  # still shown


def test_sliders_change_the_decode_and_reset_restores_it(qtbot, explore, hub):
    page = show_page(qtbot, explore, explore.code_editor, "vanilla")
    hub.set_input(explore.space.images[3])
    instance = hub.engine["vanilla"]
    drawn = to_qimage(instance.decode(instance.encode(explore.space.images[3])))
    qtbot.waitUntil(lambda: page.decoded.image() == drawn)
    assert len(page.sliders) == 32
    widest = page.sliders[int(page.stats.order[0])]
    widest.setValue(0 if widest.value() > 500 else 1000)
    assert page.decoded.image() != drawn
    assert page.decoded.image() == to_qimage(instance.decode(page.code))
    page.reset_button.click()
    assert page.decoded.image() == drawn


def test_morph_endpoints_are_the_decodes_of_a_and_b(qtbot, explore, hub):
    page = explore.morph
    explore.pages.setCurrentWidget(page)
    page.picker.select("vanilla")
    hub.set_input(explore.space.images[7])
    page.slots["A"].from_drawing.click()
    page.slots["B"].test_index.setValue(9)
    instance = hub.engine["vanilla"]
    ends = [instance.decode(instance.encode(explore.space.images[i])) for i in (7, 9)]
    for value, end in ((0, ends[0]), (100, ends[1])):
        page.slider.setValue(value)
        assert page.morphed.image() == to_qimage(end)
    frames = page.frames()
    assert len(frames) == page.frame_count.value()
    assert np.allclose(frames[0], ends[0], atol=1e-5) and np.allclose(frames[-1], ends[1], atol=1e-5)
    assert page.strip[0].image() == to_qimage(frames[0])


def test_exported_session_loads_back(qtbot, explore, hub, tmp_path):
    drawing = np.zeros((200, 200), np.float32)
    drawing[40:160, 90:110] = 1.0
    hub.set_input(explore.space.images[5], drawing)
    written = explore.write_session(tmp_path / "mine.npz")
    assert (tmp_path / "mine-reconstructions.png") in written
    back_drawing, back_input, results = session_export.load_session(tmp_path / "mine.npz")
    assert np.array_equal(back_drawing, drawing) and np.array_equal(back_input, explore.space.images[5])
    assert set(results) == set(VARIANTS)
    expected = hub.engine.run_all(explore.space.images[5])
    for name, result in results.items():
        assert np.allclose(result.code, expected[name].code) and result.reconstruction.shape == (28, 28)


def test_missing_dataset_is_explained_with_download_and_folder_offers(qtbot, hub, monkeypatch, tmp_path, dataset_info):
    real = data.locate("mnist").parent  # the bundled copy's folder, then hidden from the search
    dataset_info("mnist", bundled=None)
    monkeypatch.setenv(data.ENV_DATA, str(tmp_path / "nothing"))
    monkeypatch.setenv(data.ENV_CACHE, str(tmp_path / "cache"))
    tab = ExploreTab(hub)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.banner.isVisible() and "not on this computer" in tab.banner.text.text()
    assert tab.banner.download_button.isVisible() and tab.banner.folder_button.isVisible()
    assert "not loaded" in tab.latent_map.status.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(real))
    with qtbot.waitSignal(tab.space.datasetReady, timeout=30_000):
        tab.banner.folder_button.click()
    assert not tab.banner.isVisible() and tab.datasets.folder == real
    tab.shutdown()


def test_download_shows_progress_then_loads(qtbot, hub, monkeypatch, tmp_path, dataset_info):
    mirror = data.locate("mnist").as_uri() + "/"  # a local "mirror": the same files over file://
    dataset_info("mnist", mirrors=(mirror,), bundled=None)
    monkeypatch.setenv(data.ENV_DATA, str(tmp_path / "nothing"))
    monkeypatch.setenv(data.ENV_CACHE, str(tmp_path / "cache"))
    tab = ExploreTab(hub)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.datasets.state("mnist") == "missing"
    with qtbot.waitSignal(tab.space.datasetReady, timeout=60_000):
        with qtbot.waitSignal(tab.datasets.downloadProgress, timeout=30_000):
            tab.banner.download_button.click()
        assert tab.banner.progress.isVisible() and "Downloading" in tab.banner.text.text()
    assert not tab.banner.isVisible() and len(tab.space.images) == 10_000
    assert (tmp_path / "cache" / "mnist" / "t10k-labels-idx1-ubyte.gz").is_file()
    tab.shutdown()


def test_choices_are_remembered(qtbot, explore, tmp_path, hub):
    settings = QSettings(str(tmp_path / "explore.ini"), QSettings.Format.IniFormat)
    explore.pages.setCurrentWidget(explore.neighbours)
    explore.neighbours.k.setValue(9)
    explore.latent_map.picker.select("vae")
    explore.save_state(settings)
    again = ExploreTab(hub)
    qtbot.addWidget(again)
    again.restore_state(settings)
    hub.modelsChanged.emit()
    assert again.pages.currentWidget() is again.neighbours and again.neighbours.k.value() == 9
    assert again.latent_map.picker.name() == "vae"
    again.shutdown()


def test_a_hot_swapped_model_is_encoded_again(qtbot, explore, hub):
    from ae_models import architectures, zoo

    page = show_page(qtbot, explore, explore.neighbours, "vanilla")
    before = page.stats
    retrained = architectures.build(zoo.REGISTRY["vanilla"], seed=7).autoencoder
    with qtbot.waitSignal(explore.space.statsReady, timeout=60_000):
        hub.add_model("vanilla", retrained, {"variant": "vanilla"})
    assert page.stats is not None and page.stats is not before
    assert not np.array_equal(page.stats.codes, before.codes)


def test_the_code_editor_numbers_code_values_from_zero_like_the_draw_tab(qtbot, explore):
    page = show_page(qtbot, explore, explore.code_editor, "vanilla")
    labels = [page.rows_layout.itemAtPosition(r, 0).widget().text() for r in range(len(page.sliders))]
    numbers = sorted(int(text.split()[1]) for text in labels)
    assert numbers == list(range(32))  # 0-31, as the Draw tab's chart and the exported code[i]


def test_morph_slots_say_what_they_show(qtbot, explore, hub):
    page = explore.morph
    hub.set_input(explore.space.images[7])
    page.fill_from_drawing("A")
    slot = page.slots["A"]
    assert slot.test_index.text() == "—" and slot.source.text() == "Shows: the drawing"
    slot.test_index.setValue(3)
    assert slot.source.text().startswith("Shows: test digit #3, a ") and slot.test_index.text() == "#3"


def test_the_strip_export_asks_about_every_file_and_says_what_it_wrote(qtbot, explore, monkeypatch, tmp_path):
    from PIL import Image
    from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

    from gui.widgets.written_notice import WrittenNotice

    window = QMainWindow()
    qtbot.addWidget(window)
    notice = WrittenNotice()
    window.statusBar().addPermanentWidget(notice)
    window.setCentralWidget(explore)
    window.show()
    show_page(qtbot, explore, explore.morph, "vanilla")
    (tmp_path / "morph.gif").write_bytes(b"an older export")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "morph.png"), ""))
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: questions.append(text)
                        or QMessageBox.StandardButton.Yes)
    explore.export_strip()
    assert "morph.gif" in questions[0]
    assert notice.text.text() == f"Wrote morph.png, morph.gif to {tmp_path}."
    with Image.open(tmp_path / "morph.png") as strip:
        assert strip.size[1] == 28 * session_export.SCALE + session_export.LABEL_HEIGHT  # a row of labels
        band = np.asarray(strip)[28 * session_export.SCALE:]
        assert band.max() > 128  # the labels are drawn (white on black)
    explore.setParent(None)
