"""From a drawing of any size to an MNIST-style 28x28 model input.

MNIST digits were made by fitting each digit's ink into a 20x20 box (keeping the aspect ratio, with
anti-aliasing) and shifting that box by whole pixels in a 28x28 field so that the ink's centre of mass
lands on pixel (14, 14): measured over the test set it lies within half a pixel of (14, 14), not of the
geometric centre (13.5, 13.5). ``to_mnist`` does the same, so a digit drawn small, large or off-centre
reaches the models like MNIST.

A brush of fixed size makes a small digit's strokes thick and a large one's thin once the digit is scaled
to 20x20, whereas MNIST's strokes are about 2.5 pixels of that box. So ``to_mnist`` also measures the
stroke width relative to the digit's size and, outside MNIST's interquartile range, erodes or dilates the
ink towards that range before fitting it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

SIDE = 28
BOX = 20
INK_THRESHOLD = 0.02
INK_LEVEL = int(INK_THRESHOLD * 255)  # the 8-bit levels above it are those above INK_THRESHOLD
MNIST_CENTRE = SIDE / 2  # where MNIST put the centre of mass, in pixel-index coordinates
WORK = 64  # the ink's long side, in pixels, while its stroke width is measured and changed
# Interquartile range of stroke_ratio over the 60,000 MNIST training digits (median 0.125: 2.5 box pixels).
MNIST_STROKE = (0.108, 0.147)
MAX_EDGE_SHIFT = 0.05  # of the long side: an outline moves by at most one pixel of the 20x20 box
EDGE_CONTRAST = 4.0  # slope of the ramp that hardens soft edges around half the peak before they are moved

Matrix = Callable[[int, int], np.ndarray]


def _kept(matrix: Callable[[int, int], np.ndarray]) -> Matrix:
    """A weight-matrix maker whose matrices are made once per size (read-only): each stroke reuses them."""
    @lru_cache(maxsize=256)
    def made(n_in: int, n_out: int) -> np.ndarray:
        weights = matrix(n_in, n_out)
        weights.flags.writeable = False
        return weights
    made.__doc__ = matrix.__doc__
    return made


@_kept
def resample_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) weights of a tent filter: linear interpolation upwards, area-like averaging downwards."""
    scale = n_in / n_out
    support = max(scale, 1.0)
    centres = (np.arange(n_out) + 0.5) * scale
    taps = np.arange(n_in) + 0.5
    w = np.maximum(0.0, 1.0 - np.abs(centres[:, None] - taps[None, :]) / support)
    return (w / w.sum(axis=1, keepdims=True)).astype(np.float32)


@_kept
def area_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) weights of a box filter: each output pixel is the mean of the input it covers.

    Downsampling a hard-edged image this way anti-aliases it as MNIST's digits were, without the extra
    blur of the tent filter.
    """
    scale = n_in / n_out
    start = np.arange(n_out)[:, None] * scale
    taps = np.arange(n_in)[None, :]
    w = np.maximum(0.0, np.minimum(start + scale, taps + 1) - np.maximum(start, taps))
    return (w / w.sum(axis=1, keepdims=True)).astype(np.float32)


def resize(image: np.ndarray, shape: tuple[int, int], matrix: Matrix = resample_matrix) -> np.ndarray:
    """Anti-aliased resize of a 2-D array to ``shape`` (tent filter unless another ``matrix`` is given)."""
    rows, cols = matrix(image.shape[0], shape[0]), matrix(image.shape[1], shape[1]).T
    image = image.astype(np.float32, copy=False)
    # the cheaper order of the two products (multiply-adds): rows first, or columns first
    (h, w), (out_h, out_w) = image.shape, shape
    if out_h * w * (h + out_w) <= h * out_w * (w + out_h):
        return (rows @ image) @ cols
    return rows @ (image @ cols)


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, column) of the intensity-weighted centre, in pixel-index coordinates."""
    total = float(image.sum())
    rows, cols = image.sum(axis=1, dtype=np.float64), image.sum(axis=0, dtype=np.float64)
    return float(rows @ np.arange(len(rows))) / total, float(cols @ np.arange(len(cols))) / total


def as_unit(image: np.ndarray) -> np.ndarray:
    """A drawing as float32 in [0, 1]: 8-bit grey levels (uint8, 255 = full ink) scaled, other arrays clipped."""
    image = np.asarray(image)
    if image.dtype == np.uint8:
        return image.astype(np.float32) * np.float32(1 / 255)
    return np.clip(image.astype(np.float32, copy=False), 0.0, 1.0)


def ink_crop(image: np.ndarray) -> np.ndarray | None:
    """The smallest rectangle holding all pixels above INK_THRESHOLD (of 8-bit levels: above INK_LEVEL), or
    None without ink."""
    inked = image > (INK_LEVEL if image.dtype == np.uint8 else INK_THRESHOLD)
    rows, cols = np.flatnonzero(inked.any(axis=1)), np.flatnonzero(inked.any(axis=0))
    if len(rows) == 0:
        return None
    return image[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def stroke_width(image: np.ndarray) -> float:
    """Stroke width in pixels: that of the bar with the same ink area and outline length.

    The outline length is the total variation of the image (the sum of its gradient magnitudes), which is
    right for anti-aliased and soft edges alike; a bar of width w and length l has area wl and outline
    2(w + l). A compact blob (no such bar) gets a quarter of its outline.
    """
    gy, gx = _gradients(_padded(np.asarray(image, np.float32), 1))
    outline = float(np.hypot(gy, gx).sum())
    area = float(np.sum(image))
    return (outline - np.sqrt(max(outline * outline - 16.0 * area, 0.0))) / 4.0


def stroke_ratio(image: np.ndarray) -> float:
    """Stroke width over the long side of the ink (0 without ink): about 0.125 for an MNIST digit."""
    crop = ink_crop(np.clip(np.asarray(image, np.float32), 0.0, 1.0))
    if crop is None:
        return 0.0
    patch = _to_work_scale(crop)
    return stroke_width(patch) / max(patch.shape)


def to_mnist(image: np.ndarray) -> np.ndarray:
    """Any 2-D array in [0, 1] or of 8-bit grey levels (white ink on black) -> the 28x28 float32 MNIST-style
    model input.

    Crops to the ink, evens out its stroke width (see ``even_strokes``), fits it into 20x20 keeping its
    aspect ratio and puts its centre of mass within half a pixel of (14, 14), as in MNIST. An image
    without ink gives zeros. Only the ink's rectangle is converted to floats (a canvas is ten times MNIST's side).
    """
    image = np.asarray(image)
    if image.ndim != 2:
        raise ValueError(f"to_mnist takes a 2-D image, not shape {image.shape}")
    crop = ink_crop(image)
    if crop is None:
        return np.zeros((SIDE, SIDE), np.float32)
    crop = as_unit(crop)
    evened = even_strokes(crop)
    return _fit(crop, resample_matrix) if evened is None else _fit(evened, area_matrix)


def even_strokes(crop: np.ndarray) -> np.ndarray | None:
    """The cropped ink at WORK scale with its stroke width moved towards MNIST_STROKE, cropped again.

    None when the width is already within MNIST's range (MNIST-like digits stay as they are) or when
    nothing would be left. The shift is capped because a small digit drawn with a big brush has its loops
    filled in: its width cannot be told, and eroding by the estimate would wipe it out.
    """
    patch = _to_work_scale(crop)
    long_side = max(patch.shape)
    ratio = stroke_width(patch) / long_side
    target = _between(ratio, *MNIST_STROKE)
    if ratio == target:
        return None
    # Moving the outline in by s narrows the strokes by 2s and, at their ends, the long side by about 2s.
    shift = long_side * (ratio - target) / (1.0 - target) / 2.0
    limit = MAX_EDGE_SHIFT * long_side
    # Hardened first, a soft edge moves without dimming the stroke, and the box filter in the final fit
    # then anti-aliases it as MNIST's were (the tent filter would blur a twice-resampled digit).
    peak = float(patch.max())
    hard = peak * _unit_range((patch / peak - 0.5) * EDGE_CONTRAST + 0.5)
    return ink_crop(_move_outline(hard, _between(shift, -limit, limit)))


def _to_work_scale(crop: np.ndarray) -> np.ndarray:
    return _unit_range(resize(crop, _scaled(crop.shape, WORK / max(crop.shape))))


def _scaled(shape: tuple[int, ...], scale: float) -> tuple[int, int]:
    return max(1, round(shape[0] * scale)), max(1, round(shape[1] * scale))


def _move_outline(image: np.ndarray, shift: float) -> np.ndarray:
    """Erode (shift > 0) or dilate (shift < 0) by |shift| pixels with a disc-like min or max filter.

    Steps alternate between the 3x3 cross and the 3x3 square, whose sum is an octagon close to a disc;
    a fractional last step is a blend, which moves an anti-aliased edge by that fraction of a pixel.
    """
    op = np.minimum if shift > 0 else np.maximum
    whole, part = divmod(abs(shift), 1.0)
    if shift < 0:
        image = _padded(image, int(whole) + 1)
    for step in range(int(whole)):
        image = _min_max_step(image, op, square=step % 2 == 1)
    if part:
        image = (1.0 - part) * image + part * _min_max_step(image, op, square=int(whole) % 2 == 1)
    return image


def _min_max_step(image: np.ndarray, op: np.ufunc, square: bool) -> np.ndarray:
    """One min- or max-filter step over the 3x3 cross (or square); outside the image is background."""
    p = _padded(image, 1)
    out = op(op(image, p[:-2, 1:-1]), op(p[2:, 1:-1], op(p[1:-1, :-2], p[1:-1, 2:])))
    if square:
        out = op(out, op(op(p[:-2, :-2], p[:-2, 2:]), op(p[2:, :-2], p[2:, 2:])))
    return out


def _gradients(image: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.gradient`` of a 2-D array (central differences, one-sided at the edges), in a few operations
    instead of its general machinery, which costs more than the arithmetic on arrays this small."""
    half = np.float32(0.5)
    gy, gx = np.empty_like(image), np.empty_like(image)
    gy[1:-1] = (image[2:] - image[:-2]) * half
    gy[0], gy[-1] = image[1] - image[0], image[-1] - image[-2]
    gx[:, 1:-1] = (image[:, 2:] - image[:, :-2]) * half
    gx[:, 0], gx[:, -1] = image[:, 1] - image[:, 0], image[:, -1] - image[:, -2]
    return gy, gx


def _unit_range(image: np.ndarray) -> np.ndarray:
    """A fresh array clipped to [0, 1] in place (two ufuncs: ``np.clip``'s wrapper costs more here)."""
    return np.minimum(np.maximum(image, 0.0, out=image), 1.0, out=image)


def _between(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def _padded(image: np.ndarray, width: int) -> np.ndarray:
    """``image`` with ``width`` zeros all round (np.pad costs several times more on images this small)."""
    out = np.zeros((image.shape[0] + 2 * width, image.shape[1] + 2 * width), image.dtype)
    out[width:-width, width:-width] = image
    return out


def _fit(crop: np.ndarray, matrix: Matrix) -> np.ndarray:
    """The crop scaled into BOX x BOX (aspect kept) and placed with its centre of mass at MNIST_CENTRE."""
    size = _scaled(crop.shape, BOX / max(crop.shape))
    patch = _unit_range(resize(crop, size, matrix))
    cy, cx = centre_of_mass(patch) if patch.sum() > 0 else (size[0] / 2, size[1] / 2)
    y = int(_between(round(MNIST_CENTRE - cy), 0, SIDE - size[0]))
    x = int(_between(round(MNIST_CENTRE - cx), 0, SIDE - size[1]))
    out = np.zeros((SIDE, SIDE), np.float32)
    out[y : y + size[0], x : x + size[1]] = patch
    return out


def to_grid(image: np.ndarray) -> np.ndarray:
    """Without MNIST preprocessing: the whole drawing (in [0, 1] or 8-bit levels) scaled down to 28x28."""
    image = as_unit(image)
    return _unit_range(resize(image, (SIDE, SIDE)))
