"""Noise for the denoising demos and the denoiser's training and test inputs.

A NoisePattern is drawn once (per drawing) and then applied at any level, so moving the noise slider
scales the same noise instead of drawing new noise each time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ae_models.i18n import QT_TRANSLATE_NOOP


def _gaussian(x: np.ndarray, normal: np.ndarray, uniform: np.ndarray, level: float) -> np.ndarray:
    return x + level * normal


def _salt_and_pepper(x: np.ndarray, normal: np.ndarray, uniform: np.ndarray, level: float) -> np.ndarray:
    out = x.copy()
    out[uniform < level / 2] = 0.0
    out[uniform > 1 - level / 2] = 1.0
    return out


def _masking(x: np.ndarray, normal: np.ndarray, uniform: np.ndarray, level: float) -> np.ndarray:
    return np.where(uniform < level, 0.0, x)


KINDS: dict[str, Callable[[np.ndarray, np.ndarray, np.ndarray, float], np.ndarray]] = {
    "gaussian": _gaussian,
    "salt-and-pepper": _salt_and_pepper,
    "masking": _masking,
}
TITLES = {
    "gaussian": QT_TRANSLATE_NOOP("Engine", "Gaussian"),
    "salt-and-pepper": QT_TRANSLATE_NOOP("Engine", "Salt and pepper"),
    "masking": QT_TRANSLATE_NOOP("Engine", "Masking"),
}


@dataclass(frozen=True)
class NoisePattern:
    """Fixed random draws for images of one shape; ``apply`` scales them by a level in [0, 1]."""

    normal: np.ndarray
    uniform: np.ndarray

    @classmethod
    def draw(cls, shape: tuple[int, ...], seed: int | None = None) -> NoisePattern:
        rng = np.random.default_rng(seed)
        return cls(rng.standard_normal(shape).astype(np.float32), rng.random(shape, dtype=np.float32))

    def apply(self, x: np.ndarray, level: float, kind: str = "gaussian") -> np.ndarray:
        """Noisy copy of x, clipped to [0, 1]; level 0 returns x unchanged."""
        noisy = KINDS[kind](np.asarray(x, dtype=np.float32), self.normal, self.uniform, float(level))
        return np.clip(noisy, 0.0, 1.0).astype(np.float32)


def test_noise(x: np.ndarray, factor: float = 0.5, seed: int = 0) -> np.ndarray:
    """The denoiser's benchmark input: x + factor * N(0, 1) from ``default_rng(seed).normal``, clipped."""
    noise = np.random.default_rng(seed).normal(size=x.shape)
    return np.clip(x + factor * noise, 0.0, 1.0).astype(np.float32)


def benchmark_noise(x: np.ndarray, kind: str, level: float = 0.5, seed: int = 0) -> np.ndarray:
    """A fixed noisy test input of one kind: Gaussian as ``test_noise``, the others from a seeded pattern."""
    if kind == "gaussian":
        return test_noise(x, level, seed)
    return NoisePattern.draw(x.shape, seed=seed).apply(x, level, kind)


def mixed_noise(x: np.ndarray, factor: float, kinds: tuple[str, ...], seed: int = 0) -> np.ndarray:
    """Each digit noised by one of ``kinds`` at ``factor`` (drawn per digit): a mixed denoiser's validation."""
    if tuple(kinds) == ("gaussian",):
        return test_noise(x, factor, seed)
    rng = np.random.default_rng(seed)
    pick = rng.integers(len(kinds), size=len(x))
    pattern = NoisePattern.draw(x.shape, seed=seed)
    out = np.empty_like(x, dtype=np.float32)
    for i, kind in enumerate(kinds):
        rows = pick == i
        out[rows] = NoisePattern(pattern.normal[rows], pattern.uniform[rows]).apply(x[rows], factor, kind)
    return out
