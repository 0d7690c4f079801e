"""MNIST-style preprocessing: whatever the drawing's size, position, scale and brush, the model input
looks like an MNIST digit (ink fits 20x20, centre of mass within half a pixel of (14, 14), strokes about as
wide as MNIST's)."""

import numpy as np
import pytest

from ae_models import data
from ae_models.preprocess import (
    BOX,
    INK_LEVEL,
    INK_THRESHOLD,
    MNIST_CENTRE,
    MNIST_STROKE,
    SIDE,
    centre_of_mass,
    ink_crop,
    resize,
    stroke_ratio,
    stroke_width,
    to_grid,
    to_mnist,
)


def seven(side: int, top: int, left: int, height: int) -> np.ndarray:
    """A '7' (a bar and a slanted stroke) of ``height`` pixels drawn at (top, left) on a side x side canvas."""
    image = np.zeros((side, side), np.float32)
    thick = max(1, height // 8)
    width = int(height * 0.7)
    image[top : top + thick, left : left + width] = 1.0
    for row in range(top, top + height):
        col = left + width - 1 - int((row - top) * 0.5)
        image[row, max(left, col - thick) : col + 1] = 1.0
    return image


def brushed(points: list[tuple[float, float]], diameter: float, side: int = 280) -> np.ndarray:
    """A polyline through (row, column) points drawn with a round brush of ``diameter`` pixels."""
    ys, xs = np.mgrid[0:side, 0:side] + 0.5
    distance = np.full((side, side), np.inf)
    for (y0, x0), (y1, x1) in zip(points, points[1:]):
        dy, dx = y1 - y0, x1 - x0
        t = np.clip(((ys - y0) * dy + (xs - x0) * dx) / max(dy * dy + dx * dx, 1e-9), 0.0, 1.0)
        distance = np.minimum(distance, np.hypot(ys - y0 - t * dy, xs - x0 - t * dx))
    return np.clip(diameter / 2 + 0.5 - distance, 0.0, 1.0).astype(np.float32)


def zero_path(height: float) -> list[tuple[float, float]]:
    """An upright ellipse of ``height`` (and two thirds of it wide) in the middle of a 280 canvas."""
    angles = np.linspace(0.0, 2.0 * np.pi, 48)
    return list(zip(140 + height / 2 * np.cos(angles), 140 + height / 3 * np.sin(angles)))


def seven_path(height: float) -> list[tuple[float, float]]:
    """A bar and a slanted stem of ``height`` in the middle of a 280 canvas."""
    top, left = 140 - height / 2, 140 - height / 3
    return [(top, left), (top, left + 0.6 * height), (top + height, left + 0.25 * height)]


def ink_box(image: np.ndarray) -> tuple[int, int]:
    rows, cols = np.nonzero(image > INK_THRESHOLD)
    return int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)


def assert_mnist_like(x: np.ndarray) -> None:
    assert x.shape == (SIDE, SIDE) and x.dtype == np.float32
    assert 0.0 <= x.min() and x.max() <= 1.0
    height, width = ink_box(x)
    assert max(height, width) <= BOX and max(height, width) >= BOX - 1
    cy, cx = centre_of_mass(x)
    assert abs(cy - MNIST_CENTRE) <= 0.5 + 1e-5 and abs(cx - MNIST_CENTRE) <= 0.5 + 1e-5  # a symmetric digit: 0.5


@pytest.mark.parametrize(
    ("side", "top", "left", "height"),
    [
        (280, 100, 110, 40),  # drawn small, in the middle
        (280, 10, 10, 250),  # drawn large, filling the canvas
        (280, 200, 5, 60),  # small and off in a corner
        (100, 0, 60, 30),  # another canvas size, touching the edge
        (28, 3, 3, 12),  # already at model size but small and off-centre
    ],
)
def test_shifted_and_scaled_digits_come_out_mnist_like(side, top, left, height):
    assert_mnist_like(to_mnist(seven(side, top, left, height)))


@pytest.mark.parametrize("path", [zero_path, seven_path])
@pytest.mark.parametrize(("height", "brush"), [(40, 32), (80, 24), (260, 8), (270, 1)])
def test_brush_drawn_digits_come_out_mnist_like(path, height, brush):
    assert_mnist_like(to_mnist(brushed(path(height), brush)))


@pytest.mark.parametrize(
    "image",
    [np.pad(np.ones((1, 1), np.float32), 100), np.pad(np.ones((1, 200), np.float32), 40),
     np.ones((280, 280), np.float32), np.full((50, 50), 0.03, np.float32)],
    ids=["one pixel", "hairline", "all ink", "faint"],
)
def test_odd_drawings_still_give_a_valid_input(image):
    out = to_mnist(image)
    assert out.shape == (SIDE, SIDE) and out.dtype == np.float32
    assert out.any() and 0.0 <= out.min() and out.max() <= 1.0
    assert max(ink_box(out)) <= BOX


def test_position_does_not_matter():
    a = to_mnist(seven(280, 20, 20, 80))
    b = to_mnist(seven(280, 180, 150, 80))
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_aspect_ratio_is_kept():
    image = np.zeros((200, 200), np.float32)
    image[20:180, 90:110] = 1.0  # a tall bar, 8:1
    height, width = ink_box(to_mnist(image))
    assert height == BOX
    assert 2 <= width <= 4


@pytest.mark.parametrize("shape", [(280, 280), (28, 28), (5, 300)])
def test_empty_image_gives_zeros(shape):
    out = to_mnist(np.zeros(shape, np.float32))
    assert out.shape == (SIDE, SIDE) and out.dtype == np.float32 and not out.any()


def test_values_outside_unit_range_are_clipped():
    image = seven(280, 50, 50, 150) * 3.0 - 0.5
    assert_mnist_like(to_mnist(image))


@pytest.mark.parametrize("convert", [to_mnist, to_grid])
def test_eight_bit_levels_give_the_input_their_floats_give(convert):
    """The canvas hands over its 8-bit levels: the same input as the same drawing in [0, 1], faint pixels too."""
    levels = np.round(brushed(zero_path(150), 18) * 255).astype(np.uint8)
    levels[10, 10], levels[11, 11] = INK_LEVEL, INK_LEVEL + 1  # at and just above the ink threshold
    np.testing.assert_allclose(convert(levels), convert(levels.astype(np.float32) / 255), atol=1e-6)
    assert ink_crop(levels).shape == ink_crop(levels.astype(np.float32) / 255).shape
    assert not to_mnist(np.full((280, 280), INK_LEVEL, np.uint8)).any()  # as faint as that is no ink


def test_rejects_non_2d_input():
    with pytest.raises(ValueError, match="2-D"):
        to_mnist(np.zeros((2, 28, 28)))


def test_to_grid_only_scales():
    image = seven(280, 0, 0, 100)
    out = to_grid(image)
    assert out.shape == (SIDE, SIDE)
    np.testing.assert_allclose(out, resize(image, (SIDE, SIDE)).clip(0, 1), atol=1e-6)
    assert ink_box(out)[0] <= 11  # still small and in the corner: no preprocessing


def test_mnist_digits_survive_a_round_trip():
    """An MNIST test digit, enlarged and moved on a big canvas, comes back close to itself.

    Resampling alone costs about 0.027 mean absolute error; centring on (13.5, 13.5) instead of MNIST's
    (14, 14) doubles it to about 0.063.
    """
    mnist = data.load("mnist")
    digits = data.to_float(mnist.x_test[:50])
    errors = []
    for digit in digits:
        canvas = np.zeros((280, 280), np.float32)
        canvas[40:208, 70:238] = resize(digit, (168, 168))
        errors.append(np.abs(to_mnist(canvas) - digit).mean())
    assert np.median(errors) < 0.045


def test_stroke_width_of_bars_and_brush_strokes():
    bar = np.zeros((100, 100), np.float32)
    bar[20:80, 40:46] = 1.0
    assert stroke_width(bar) == pytest.approx(6.0, abs=0.2)
    assert stroke_width(brushed([(20, 50), (80, 50)], 10, side=100)) == pytest.approx(10.0, abs=0.6)
    assert stroke_ratio(brushed(zero_path(200), 20)) == pytest.approx(20 / 220, abs=0.005)  # ink 220 tall
    assert stroke_ratio(np.zeros((28, 28), np.float32)) == 0.0


@pytest.mark.parametrize("path", [zero_path, seven_path])
@pytest.mark.parametrize(("height", "brush"), [(80, 24), (100, 24), (100, 32)])
def test_thick_strokes_of_a_small_digit_are_thinned_to_mnist_width(path, height, brush):
    """A digit drawn small with the app's brush: its strokes, a quarter of its height, end up MNIST-wide."""
    image = brushed(path(height), brush)
    assert stroke_ratio(image) > MNIST_STROKE[1] + 0.02
    assert MNIST_STROKE[0] - 0.01 <= stroke_ratio(to_mnist(image)) <= MNIST_STROKE[1] + 0.01


@pytest.mark.parametrize("path", [zero_path, seven_path])
def test_hairlines_of_a_large_digit_are_thickened_to_mnist_width(path):
    image = brushed(path(260), 8)
    assert stroke_ratio(image) < MNIST_STROKE[0] - 0.05
    assert MNIST_STROKE[0] - 0.01 <= stroke_ratio(to_mnist(image)) <= MNIST_STROKE[1] + 0.01


def test_a_tiny_blob_is_thinned_a_little_not_wiped_out():
    """Drawn tiny with a huge brush, a 0 is a filled blob: its width cannot be told, so it is thinned by at
    most one box pixel a side and keeps its ink."""
    image = brushed(zero_path(60), 32)
    out = to_mnist(image)
    assert_mnist_like(out)
    assert MNIST_STROKE[1] < stroke_ratio(out) < stroke_ratio(image) - 0.1
    assert (out > 0.5).sum() > 100


@pytest.fixture(scope="module")
def mnist_test_digits() -> np.ndarray:
    mnist = data.load("mnist")
    return data.to_float(mnist.x_test[:300])


def test_mnist_like_digits_are_left_alone(mnist_test_digits):
    """Half of MNIST lies inside MNIST_STROKE: those digits come out as they went in (but for specks fainter
    than INK_THRESHOLD, which the crop has always dropped)."""
    ratios = np.array([stroke_ratio(d) for d in mnist_test_digits])
    typical = (ratios >= MNIST_STROKE[0]) & (ratios <= MNIST_STROKE[1])
    assert 0.35 < typical.mean() < 0.65
    for digit in mnist_test_digits[typical]:
        np.testing.assert_allclose(to_mnist(digit), digit, atol=INK_THRESHOLD)


def test_mnist_outliers_move_towards_the_typical_width_and_change_little(mnist_test_digits):
    ratios = np.array([stroke_ratio(d) for d in mnist_test_digits])
    outliers = mnist_test_digits[(ratios < MNIST_STROKE[0]) | (ratios > MNIST_STROKE[1])]
    before = np.array([stroke_ratio(d) for d in outliers])
    outputs = np.stack([to_mnist(d) for d in outliers])
    after = np.array([stroke_ratio(d) for d in outputs])
    target = np.clip(before, *MNIST_STROKE)
    assert np.abs(after - target).mean() < 0.5 * np.abs(before - target).mean()
    assert np.median(np.abs(outputs - outliers).mean(axis=(1, 2))) < 0.04


def test_typical_stroke_range_is_mnists():
    """MNIST_STROKE is the interquartile range of stroke_ratio over MNIST's training digits.

    A contiguous block: the training set alternates between two groups of writers whose strokes differ
    (median 0.118 at even indices, 0.131 at odd ones), so a strided sample would be biased.
    """
    mnist = data.load("mnist")
    ratios = [stroke_ratio(d) for d in data.to_float(mnist.x_train[:10000])]
    np.testing.assert_allclose(np.percentile(ratios, [25, 75]), MNIST_STROKE, atol=0.004)
