"""MNIST digits as if drawn anywhere on the Draw tab's canvas and passed through its preprocessing.

A digit's ink is enlarged to a random height (a quarter to nearly all of a 280x280 canvas), put at a
random place and brought back with ``to_mnist``, as a drawing would be. The verdict's thresholds are
calibrated on training digits treated so, and its goals are measured on test digits treated so.
"""

from __future__ import annotations

import numpy as np

from ae_models.preprocess import INK_THRESHOLD, ink_crop, resize, to_mnist

CANVAS = 280
HEIGHTS = (0.25, 0.95)  # the drawn digit's long side, as a share of the canvas


def on_canvas(image: np.ndarray, rng: np.random.Generator, side: int = CANVAS) -> np.ndarray:
    """One 28x28 digit in [0, 1] enlarged and placed at random on a side x side canvas."""
    crop = ink_crop(np.asarray(image, np.float32))
    canvas = np.zeros((side, side), np.float32)
    if crop is None:
        return canvas
    scale = rng.uniform(*HEIGHTS) * side / max(crop.shape)
    shape = (min(side, max(1, round(crop.shape[0] * scale))), min(side, max(1, round(crop.shape[1] * scale))))
    big = np.clip(resize(crop, shape), 0.0, 1.0)
    y = int(rng.integers(0, side - shape[0] + 1))
    x = int(rng.integers(0, side - shape[1] + 1))
    canvas[y : y + shape[0], x : x + shape[1]] = big
    return canvas


def drawn(images: np.ndarray, seed: int) -> np.ndarray:
    """(N, 28, 28) digits -> the (N, 28, 28) model inputs they give when drawn on the canvas."""
    rng = np.random.default_rng(seed)
    out = np.zeros((len(images), 28, 28), np.float32)
    for i, image in enumerate(np.asarray(images, np.float32)):
        if image.max() > INK_THRESHOLD:
            out[i] = to_mnist(on_canvas(image, rng))
    return out
