"""The Draw tab's views on their own: code chart, model tiles, the tile list and the noise panel."""

from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from ae_models.scoring import noise_pair
from ae_models.zoo import REGISTRY
from gui.draw.code_view import CodeView, describe_code, nice_ceiling
from gui.draw.live_panel import PAD, Entry, LivePanel, ModelTile
from gui.draw.noise_panel import NoisePanel


@pytest.fixture
def code_view(qtbot):
    view = CodeView()
    view.resize(480, 260)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_nice_ceiling_and_code_descriptions():
    assert [nice_ceiling(x) for x in (0, 0.7, 1.0, 1.3, 2.2, 4.1, 7.0, 23)] == [1, 1, 1, 2, 2.5, 5, 10, 25]
    assert describe_code((32,)) == "32 values" and describe_code((4, 4, 8)) == "4 × 4 × 8 = 128 values"


@pytest.mark.parametrize(("shape", "kind"), [((32,), "bars"), ((2,), "plane"), ((4, 4, 8), "maps"), ((7, 7, 32), "maps")])
def test_code_view_draws_every_code_shape(code_view, shape, kind):
    code_view.set_shape(shape)
    blank = code_view.grab().toImage()
    code_view.set_code(np.linspace(-1, 3, int(np.prod(shape)), dtype=np.float32).reshape(shape))
    assert code_view.kind == kind
    assert code_view.grab().toImage() != blank


def test_scale_follows_the_data_with_hysteresis_until_reset(code_view):
    code_view.set_shape((32,))
    code_view.set_code(np.full(32, 4.0, np.float32))
    assert code_view.scale == 5.0
    code_view.set_code(np.full(32, 2.5, np.float32))
    assert code_view.scale == 5.0 and not code_view.signed  # within the hysteresis band: the axis stays
    code_view.set_code(np.full(32, 1.0, np.float32))
    assert code_view.scale == 1.0  # far below the axis: it comes down to the data
    code_view.set_code(-np.ones(32, np.float32))
    assert code_view.signed
    code_view.reset()
    assert code_view.scale == 0.0 and not code_view.signed


def test_plane_keeps_a_bounded_trail(code_view):
    code_view.set_shape((2,))
    for i in range(200):
        code_view.set_code(np.array([np.cos(i / 10), np.sin(i / 10)], np.float32))
    assert len(code_view.trail) == code_view.trail.maxlen < 200


def test_hover_shows_the_value(qtbot, code_view):
    code_view.set_shape((32,))
    code = np.zeros(32, np.float32)
    code[0] = 2.5
    code_view.set_code(code)
    QTest.mouseMove(code_view, QPoint(code_view._plot().left() + 3, 100))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == "code[0] = 2.5000"
    code_view.set_shape((4, 4, 8))
    maps = np.zeros((4, 4, 8), np.float32)
    maps[0, 0, 0] = 1.5
    code_view.set_code(maps)
    columns, _, cell = code_view._map_grid()
    QTest.mouseMove(code_view, QPoint(8 + 4, 12 + 18))
    qtbot.waitUntil(lambda: QToolTip.text().startswith("map 0, row 0, column 0"))
    assert QToolTip.text().endswith("1.5000")


def test_code_view_explains_a_missing_model(code_view):
    code_view.set_shape(None, "conv.keras is damaged")
    assert code_view.code is None and code_view.message == "conv.keras is damaged"


def test_tile_shows_result_or_reason_and_is_clickable(qtbot):
    tile = ModelTile(Entry("vanilla", "Vanilla dense", "784 → 32 → 784."))
    tile.resize(340, tile.height())
    qtbot.addWidget(tile)
    tile.show()
    assert not tile.available  # loading
    tile.set_result(np.eye(28, dtype=np.float32), 0.1234, 0.0123)
    assert tile.available and tile.errors == "BCE 0.1234   MSE 0.0123"
    with qtbot.waitSignal(tile.clicked) as clicked:
        QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert clicked.args == ["vanilla"]
    tile.set_message("vanilla.keras is damaged")
    assert not tile.available and "damaged" in tile.toolTip()


def test_a_tile_paints_with_the_palette_selection_and_width_it_has_now(qtbot):
    """A tile keeps its colours and areas between strokes; a new palette, selection or width takes effect."""
    tile = ModelTile(Entry("vanilla", "Vanilla dense autoencoder, one hidden layer each way, 32 values", "784 → 32."))
    tile.resize(300, tile.height())
    qtbot.addWidget(tile)
    tile.show()
    tile.set_result(np.eye(28, dtype=np.float32), 0.1234, 0.0123)

    def colour(x, y):
        return tile.grab().toImage().pixelColor(x, y).getRgb()[:3]

    palette = tile.palette()
    assert colour(tile.width() - 3, tile.height() - 3) == palette.color(QPalette.ColorRole.Window).getRgb()[:3]
    palette.setColor(QPalette.ColorRole.Window, QColor(10, 120, 30))
    tile.setPalette(palette)
    assert colour(tile.width() - 3, tile.height() - 3) == (10, 120, 30)
    tile.set_selected(True)
    assert colour(tile.width() - 3, tile.height() - 3) != (10, 120, 30)  # tinted
    assert colour(1, 5) == palette.color(QPalette.ColorRole.Highlight).getRgb()[:3]
    tile.set_selected(False)
    assert colour(tile.width() - 3, tile.height() - 3) == (10, 120, 30)
    tile.resize(700, tile.height())  # the elided title now has room: its words reach past the old width
    image = tile.grab().toImage()
    assert any(image.pixelColor(x, y).getRgb()[:3] != (10, 120, 30) for x in range(310, 690) for y in range(4, 20))


def test_a_narrow_tile_shrinks_its_error_line_to_fit(qtbot):
    """At the smallest window the tile is at its minimum width: the error line's last digits still show."""
    tile = ModelTile(Entry("vanilla", "Vanilla dense", "784 → 32 → 784."))
    tile.resize(tile.minimumWidth(), tile.height())
    qtbot.addWidget(tile)
    tile.show()
    tile.set_result(np.eye(28, dtype=np.float32), 0.1234, 0.0123)
    image = tile.grab().toImage()
    background = image.pixelColor(tile.width() - 2, tile.height() - 2)
    inked = [x for x in range(tile.width()) for y in range(tile.height() - 22, tile.height() - 2)
             if image.pixelColor(x, y) != background]
    right = tile.width() - PAD  # the text area ends here: a clipped line's glyphs would run up to it
    assert inked and 0.8 * right < max(inked) < right - 2


def test_live_panel_keeps_order_tiles_and_selection(qtbot):
    panel = LivePanel()
    qtbot.addWidget(panel)
    entries = [Entry(n, s.title, s.description) for n, s in REGISTRY.items()]
    panel.set_entries(entries)
    tiles = dict(panel.tiles)
    with qtbot.waitSignal(panel.selected) as selected:
        panel.select("conv")
    assert selected.args == ["conv"] and panel.tiles["conv"].selected
    with qtbot.assertNotEmitted(panel.selected):
        panel.select("conv")
        panel.select("no such model")
    panel.set_entries([*entries, Entry("mine", "mine (Vanilla dense)", "")])
    assert list(panel.tiles) == [*REGISTRY, "mine"]
    assert all(panel.tiles[n] is tiles[n] for n in REGISTRY)
    panel.set_entries(entries[:2])
    assert list(panel.tiles) == list(REGISTRY)[:2]


def test_noise_panel_is_deterministic(qtbot):
    panel = NoisePanel()
    qtbot.addWidget(panel)
    clean = np.zeros((28, 28), np.float32)
    clean[8:20, 12:16] = 1.0
    with qtbot.waitSignal(panel.changed):
        panel.set_level(0.0)
    np.testing.assert_array_equal(panel.noisy(clean), clean)
    panel.set_level(0.4)
    again = NoisePanel()
    qtbot.addWidget(again)
    again.set_level(0.4)
    np.testing.assert_array_equal(panel.noisy(clean), again.noisy(clean))  # same seed, same noise
    assert panel.noisy(clean).min() >= 0 and panel.noisy(clean).max() <= 1


def test_noise_pair_picks_the_denoiser_and_a_plain_model():
    specs = dict(REGISTRY)
    names = ["vanilla", "conv", "denoising"]
    assert noise_pair(names, specs, "conv") == ("denoising", "conv")
    assert noise_pair(names, specs, "denoising") == ("denoising", "vanilla")
    assert noise_pair(["vanilla"], specs, None) == (None, "vanilla")
    custom = {"mine": SimpleNamespace(train=SimpleNamespace(noise_factor=0.3))}
    assert noise_pair(["mine", "vanilla"], {**specs, **custom}, "vanilla") == ("mine", "vanilla")


def test_the_card_says_what_the_test_set_measured_of_a_models_claims(qtbot):
    from ae_models import architectures
    from gui.draw.model_card import card_html

    spec = REGISTRY["sparse"]
    model = architectures.build(spec).autoencoder
    meta = {"train": {"epochs": 100, "noise_factor": 0.0}, "dataset": "mnist",
            "test": {"test_bce": 0.1059, "test_mse": 0.0143, "code_zero_share": 0.5006}}
    html = card_html(spec.title, spec, model, meta, spec.code_shape)
    assert "50% of code values exactly zero" in html and "TopK" in html  # the top-k layer is listed
    denoiser = REGISTRY["denoising"]
    meta = {"train": {"epochs": 10, "noise_factor": 0.5, "noise_kinds": ["gaussian", "gaussian", "masking"]}, "dataset": "mnist",
            "test": {"test_bce": 0.093, "test_mse": 0.01, "test_bce_gaussian": 0.093, "test_bce_masking": 0.121}}
    html = card_html(denoiser.title, denoiser, architectures.build(denoiser).autoencoder, meta, denoiser.code_shape)
    assert "noise 0.5 (Gaussian ×2, Masking, one per digit)" in html
    assert "BCE under noise 0.5: gaussian 0.0930, masking 0.1210" in html


def test_a_reference_code_is_drawn_below_on_one_common_scale(code_view):
    code_view.set_shape((32,))
    code_view.set_code(np.full(32, 1.0, np.float32))
    alone = code_view.grab().toImage()
    code_view.set_code(np.full(32, 1.0, np.float32), np.full(32, -4.0, np.float32))
    assert code_view.scale == 5.0 and code_view.signed  # fits the reference's values too
    assert code_view.grab().toImage() != alone
    code_view.set_shape((4, 4, 8))
    code_view.set_code(np.ones((4, 4, 8), np.float32), np.ones(32, np.float32))
    assert code_view.reference is None  # feature maps are not compared as bars


def test_screen_images_enlarge_each_digit_pixel_sharply():
    from gui.widgets.digit_view import to_qimage, to_screen_qimage

    rng = np.random.default_rng(1)
    digit = rng.random((28, 28), np.float32) * 1.4 - 0.2  # values beyond [0, 1] are clipped
    grey = np.clip(np.round(digit * 255), 0, 255)
    small = to_qimage(digit)
    assert [small.pixelColor(c, r).red() for r, c in ((0, 0), (5, 9), (27, 27))] == [
        grey[0, 0], grey[5, 9], grey[27, 27]]
    for width, height in ((28, 28), (84, 84), (137, 137), (50, 90)):  # its own size too
        image = to_screen_qimage(digit, width, height)
        assert (image.width(), image.height()) == (width, height)
        for y, x in ((0, 0), (height - 1, width - 1), (height // 3, width // 2), (height // 2 + 1, 3)):
            colour = image.pixelColor(x, y)
            want = grey[y * 28 // height, x * 28 // width]  # the digit pixel under this screen pixel
            assert colour.red() == colour.green() == colour.blue() == want and colour.alpha() == 255
