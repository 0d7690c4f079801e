"""Reconstruction and sparsity measures in NumPy, as the shipped-weights targets define them."""

from __future__ import annotations

import numpy as np

EPS = 1e-7


def bce_rows(x: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Mean binary cross-entropy along the last axis (one per row: ``x`` may be one row for all of ``p``'s),
    p clipped to [1e-7, 1 - 1e-7]."""
    x = np.asarray(x, dtype=np.float64)
    p = np.clip(np.asarray(p, dtype=np.float64), EPS, 1 - EPS)
    return -np.mean(x * np.log(p) + (1 - x) * np.log1p(-p), axis=-1)


def mse_rows(x: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Mean squared error along the last axis (one per row, as ``bce_rows``)."""
    diff = np.asarray(x, dtype=np.float64) - np.asarray(p, dtype=np.float64)
    return np.mean(diff * diff, axis=-1)


def bce(x: np.ndarray, p: np.ndarray) -> float:
    """Mean binary cross-entropy over all values, p clipped to [1e-7, 1 - 1e-7]."""
    return float(bce_rows(np.ravel(x), np.ravel(p)))


def mse(x: np.ndarray, p: np.ndarray) -> float:
    """Mean squared error over all values."""
    return float(mse_rows(np.ravel(x), np.ravel(p)))


def hoyer(codes: np.ndarray) -> float:
    """Mean Hoyer sparsity of each row's code: 0 when all values are equal, 1 with one non-zero value.

    Scale-free, so a code cannot look sparse just by shrinking. All-zero rows count as 1 (nothing active).
    """
    c = np.abs(np.asarray(codes, dtype=np.float64).reshape(len(codes), -1))
    n = c.shape[1]
    l1 = c.sum(axis=1)
    l2 = np.sqrt((c * c).sum(axis=1))
    with np.errstate(invalid="ignore", divide="ignore"):
        h = (np.sqrt(n) - l1 / l2) / (np.sqrt(n) - 1)
    return float(np.mean(np.where(l2 > 0, h, 1.0)))


def zero_share(codes: np.ndarray) -> float:
    """Mean share of each row's code values that are exactly zero (what a sparse code claims)."""
    c = np.asarray(codes).reshape(len(codes), -1)
    return float(np.mean(c == 0))


def spread_ratio(codes: np.ndarray, labels: np.ndarray) -> float:
    """The widest class's spread over the median class's; a class's spread is sqrt(det(covariance)).

    Near 1 when every class takes a like share of the code space; large when one class dominates a map.
    """
    c = np.asarray(codes, dtype=np.float64).reshape(len(codes), -1)
    spreads = np.array([np.sqrt(max(np.linalg.det(np.atleast_2d(np.cov(c[labels == k], rowvar=False))), 0.0))
                        for k in np.unique(labels)])
    return float(spreads.max() / np.median(spreads))
