"""From a drawing of any size to an MNIST-style 28x28 model input.

MNIST digits were made by fitting each digit's ink into a 20x20 box (keeping the aspect ratio, with
anti-aliasing) and shifting that box by whole pixels in a 28x28 field so that the ink's centre of mass
lands on pixel (14, 14): measured over the test set it lies within half a pixel of (14, 14), not of the
geometric centre (13.5, 13.5). ``to_mnist`` does the same, so a digit drawn small, large or off-centre
reaches the models like MNIST.
"""

from __future__ import annotations

import numpy as np

SIDE = 28
BOX = 20
INK_THRESHOLD = 0.02
MNIST_CENTRE = SIDE / 2  # where MNIST put the centre of mass, in pixel-index coordinates


def resample_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) weights of a tent filter: linear interpolation upwards, area-like averaging downwards."""
    scale = n_in / n_out
    support = max(scale, 1.0)
    centres = (np.arange(n_out) + 0.5) * scale
    taps = np.arange(n_in) + 0.5
    w = np.maximum(0.0, 1.0 - np.abs(centres[:, None] - taps[None, :]) / support)
    return (w / w.sum(axis=1, keepdims=True)).astype(np.float32)


def resize(image: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Anti-aliased resize of a 2-D array to ``shape``."""
    rows = resample_matrix(image.shape[0], shape[0])
    cols = resample_matrix(image.shape[1], shape[1])
    return rows @ image.astype(np.float32) @ cols.T


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, column) of the intensity-weighted centre, in pixel-index coordinates."""
    total = float(image.sum())
    rows, cols = np.indices(image.shape)
    return float((rows * image).sum() / total), float((cols * image).sum() / total)


def to_mnist(image: np.ndarray) -> np.ndarray:
    """Any 2-D float array in [0, 1] (white ink on black) -> the 28x28 float32 MNIST-style model input.

    Crops to the ink, fits it into 20x20 keeping its aspect ratio and puts its centre of mass within half
    a pixel of (14, 14), as in MNIST. An image without ink gives zeros.
    """
    image = np.clip(np.asarray(image, dtype=np.float32), 0.0, 1.0)
    if image.ndim != 2:
        raise ValueError(f"to_mnist takes a 2-D image, not shape {image.shape}")
    inked = image > INK_THRESHOLD
    rows, cols = np.flatnonzero(inked.any(axis=1)), np.flatnonzero(inked.any(axis=0))
    if len(rows) == 0:
        return np.zeros((SIDE, SIDE), np.float32)
    top, bottom, left, right = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    crop = image[top:bottom, left:right]
    scale = BOX / max(crop.shape)
    size = (max(1, round(crop.shape[0] * scale)), max(1, round(crop.shape[1] * scale)))
    patch = np.clip(resize(crop, size), 0.0, 1.0)
    cy, cx = centre_of_mass(patch) if patch.sum() > 0 else (size[0] / 2, size[1] / 2)
    y = int(np.clip(round(MNIST_CENTRE - cy), 0, SIDE - size[0]))
    x = int(np.clip(round(MNIST_CENTRE - cx), 0, SIDE - size[1]))
    out = np.zeros((SIDE, SIDE), np.float32)
    out[y : y + size[0], x : x + size[1]] = patch
    return out


def to_grid(image: np.ndarray) -> np.ndarray:
    """Without MNIST preprocessing: the whole drawing scaled down to 28x28."""
    image = np.clip(np.asarray(image, dtype=np.float32), 0.0, 1.0)
    return np.clip(resize(image, (SIDE, SIDE)), 0.0, 1.0)
