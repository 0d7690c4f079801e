"""MNIST-style preprocessing: whatever the drawing's size, position and scale, the model input looks
like an MNIST digit (ink fits 20x20, centre of mass within half a pixel of (14, 14))."""

import numpy as np
import pytest

from ae_models import data
from ae_models.preprocess import BOX, INK_THRESHOLD, MNIST_CENTRE, SIDE, centre_of_mass, resize, to_grid, to_mnist


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


def ink_box(image: np.ndarray) -> tuple[int, int]:
    rows, cols = np.nonzero(image > INK_THRESHOLD)
    return int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)


def assert_mnist_like(x: np.ndarray) -> None:
    assert x.shape == (SIDE, SIDE) and x.dtype == np.float32
    assert 0.0 <= x.min() and x.max() <= 1.0
    height, width = ink_box(x)
    assert max(height, width) <= BOX and max(height, width) >= BOX - 1
    cy, cx = centre_of_mass(x)
    assert abs(cy - MNIST_CENTRE) <= 0.5 and abs(cx - MNIST_CENTRE) <= 0.5


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
    try:
        mnist = data.load("mnist")
    except data.DatasetError as exc:
        pytest.skip(str(exc))
    digits = data.to_float(mnist.x_test[:50])
    errors = []
    for digit in digits:
        canvas = np.zeros((280, 280), np.float32)
        canvas[40:208, 70:238] = resize(digit, (168, 168))
        errors.append(np.abs(to_mnist(canvas) - digit).mean())
    assert np.median(errors) < 0.045
