"""The code space of one autoencoder over the MNIST test digits: neighbours, PCA, grids, morphs.

Whether a drawing looks like a digit, and which, is ``ae_models.verdict``'s job.

Pure NumPy, so the maths behind the Explore tab can be used (and tested) from a script. Codes are
handled flattened (N, d): a conv model's image-shaped code is just a longer vector here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

RANGE_PERCENTILES = (0.5, 99.5)


@dataclass(frozen=True)
class Neighbours:
    """The k nearest test digits to one code: their indices, labels and distances, nearest first."""

    indices: np.ndarray
    labels: np.ndarray
    distances: np.ndarray


@dataclass(frozen=True)
class Projection:
    """A 2-D PCA of a set of codes: ``project(c) = (c - mean) @ axes.T``; ``explained`` is the variance share."""

    mean: np.ndarray
    axes: np.ndarray
    explained: np.ndarray

    def project(self, codes: np.ndarray) -> np.ndarray:
        flat = np.asarray(codes, np.float32).reshape(-1, self.mean.size)
        return (flat - self.mean) @ self.axes.T


@dataclass(frozen=True)
class CodeStats:
    """Everything the Explore tab needs about one model's test-set codes, computed once off the GUI thread."""

    codes: np.ndarray          # (N, d) float32
    directions: np.ndarray     # (N, d) the codes scaled to unit length, for the neighbour search
    labels: np.ndarray         # (N,) uint8
    order: np.ndarray          # code values by decreasing spread over the test set
    low: np.ndarray            # (d,) robust minimum of each value
    high: np.ndarray           # (d,) robust maximum of each value
    projection: Projection
    projected: np.ndarray      # (N, 2) the codes in the PCA plane (the codes themselves for 2-D models)

    @property
    def size(self) -> int:
        return int(self.codes.shape[1])


def flatten(codes: np.ndarray) -> np.ndarray:
    """(N, ...) codes as (N, d) float32."""
    codes = np.asarray(codes, np.float32)
    return codes.reshape(len(codes), -1)


def unit(codes: np.ndarray) -> np.ndarray:
    """(N, d) codes scaled to unit length (an all-zero row stays zero)."""
    codes = np.asarray(codes, np.float32)
    norms = np.linalg.norm(codes, axis=1, keepdims=True)
    return codes / np.where(norms > 0, norms, 1.0)


def neighbours(stats: CodeStats, code: np.ndarray, k: int) -> Neighbours:
    """The test digits nearest to ``code`` by direction in code space (the distance between unit-length
    codes): a bolder or fainter drawing of the same shape scales the code more than it turns it, so
    direction finds the right digits more often than plain distance."""
    return nearest(stats.directions, stats.labels, unit(np.asarray(code, np.float32).reshape(1, -1))[0], k)


def nearest(codes: np.ndarray, labels: np.ndarray, query: np.ndarray, k: int) -> Neighbours:
    """The ``k`` codes closest to ``query`` in Euclidean distance (ties broken by index)."""
    q = np.asarray(query, np.float32).ravel()
    d2 = np.einsum("ij,ij->i", codes, codes) - 2.0 * (codes @ q) + float(q @ q)
    k = int(min(max(k, 1), len(codes)))
    part = np.argpartition(d2, k - 1)[:k]
    idx = part[np.lexsort((part, d2[part]))]
    return Neighbours(idx, np.asarray(labels)[idx], np.sqrt(np.maximum(d2[idx], 0.0)))


def pca(codes: np.ndarray, components: int = 2) -> Projection:
    """Principal axes of the codes (via the covariance matrix, cheap for d up to a few thousand)."""
    mean = codes.mean(axis=0)
    centred = codes - mean
    cov = centred.T @ centred / max(len(codes) - 1, 1)
    values, vectors = np.linalg.eigh(cov.astype(np.float64))
    top = np.argsort(values)[::-1][:components]
    axes = vectors[:, top].T.astype(np.float32)
    # Fix each axis's sign so the picture does not flip between runs.
    axes *= np.where(axes[np.arange(len(axes)), np.abs(axes).argmax(axis=1)] < 0, -1, 1)[:, None]
    total = float(values.sum()) or 1.0
    return Projection(mean.astype(np.float32), axes, (values[top] / total).astype(np.float32))


def code_stats(codes: np.ndarray, labels: np.ndarray) -> CodeStats:
    """Spread order, robust ranges and the PCA plane of a model's test-set codes."""
    flat = flatten(codes)
    low, high = np.percentile(flat, RANGE_PERCENTILES, axis=0).astype(np.float32)
    order = np.argsort(-flat.std(axis=0), kind="stable")
    if flat.shape[1] == 2:
        proj = Projection(np.zeros(2, np.float32), np.eye(2, dtype=np.float32), np.ones(2, np.float32) / 2)
        projected = flat
    else:
        proj = pca(flat)
        projected = proj.project(flat)
    return CodeStats(flat, unit(flat), np.asarray(labels, np.uint8), order, low, high, proj,
                     projected.astype(np.float32))


def padded_range(values: np.ndarray, margin: float = 0.05) -> tuple[float, float]:
    """The robust range of a 1-D array, widened a little on both sides."""
    lo, hi = np.percentile(values, RANGE_PERCENTILES)
    pad = (hi - lo) * margin or 1.0
    return float(lo - pad), float(hi + pad)


def map_range(xy: np.ndarray, margin: float = 0.05) -> tuple[tuple[float, float], tuple[float, float]]:
    """The default view of 2-D codes, from the codes themselves: the map's axes and the manifold share it."""
    xy = np.asarray(xy)
    return padded_range(xy[:, 0], margin), padded_range(xy[:, 1], margin)


def grid_points(x_range: tuple[float, float], y_range: tuple[float, float], n: int) -> np.ndarray:
    """(n*n, 2) points of an n x n grid, row by row from the top (largest y) as an image is laid out."""
    xs = np.linspace(*x_range, n, dtype=np.float32)
    ys = np.linspace(*y_range, n, dtype=np.float32)[::-1]
    gx, gy = np.meshgrid(xs, ys)
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


def tile(images: np.ndarray, columns: int, gap: int = 0) -> np.ndarray:
    """Lay out (N, h, w) images in rows of ``columns`` as one 2-D array (the last row padded with black)."""
    images = np.asarray(images, np.float32)
    n, h, w = images.shape
    rows = -(-n // columns)
    out = np.zeros((rows * h + (rows - 1) * gap, columns * w + (columns - 1) * gap), np.float32)
    for i, image in enumerate(images):
        r, c = divmod(i, columns)
        out[r * (h + gap) : r * (h + gap) + h, c * (w + gap) : c * (w + gap) + w] = image
    return out


def interpolate(a: np.ndarray, b: np.ndarray, t: float) -> np.ndarray:
    """The code a fraction ``t`` of the way from ``a`` to ``b`` (straight line in code space)."""
    a = np.asarray(a, np.float32)
    return a + np.float32(t) * (np.asarray(b, np.float32) - a)


def morph(a: np.ndarray, b: np.ndarray, frames: int, decode: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """``frames`` decoded images evenly spaced from code ``a`` (first) to code ``b`` (last)."""
    return np.stack([decode(interpolate(a, b, t)) for t in np.linspace(0.0, 1.0, max(frames, 2))])
