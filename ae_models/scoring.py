"""What the Draw tab's live views show for one model input, computed without widgets.

One fused engine call gives every model's code and reconstruction; errors are measured against the
input. The denoising demo runs just the two models it compares. Plain NumPy over the inference engine,
so it can be tested and timed on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ae_models.metrics import bce, mse


@dataclass(frozen=True)
class Result:
    """One model's answer to one input: its code, its reconstruction and their error against a target."""

    name: str
    code: np.ndarray | None
    reconstruction: np.ndarray
    bce: float
    mse: float


def scored(name: str, target: np.ndarray, reconstruction: np.ndarray, code: np.ndarray | None = None) -> Result:
    """A Result with its BCE and MSE against ``target``."""
    return Result(name, code, reconstruction, bce(target, reconstruction), mse(target, reconstruction))


def score_all(outputs: Mapping[str, Any], model_input: np.ndarray) -> dict[str, Result]:
    """Every model's code, reconstruction and error for one 28x28 input, from the engine's ``run_all`` outputs."""
    return {name: scored(name, model_input, out.reconstruction, out.code) for name, out in outputs.items()}


def denoise(models: Mapping[str, Any], clean: np.ndarray, noisy: np.ndarray) -> list[Result]:
    """The given models' (name -> inference instance) reconstructions of the noisy input, scored against the clean one."""
    return [scored(name, clean, model.reconstruct(noisy)) for name, model in models.items()]


def is_denoiser(spec) -> bool:
    """A zoo spec trained on noisy inputs (the variants are data: no names are special)."""
    return spec is not None and spec.train.noise_factor > 0


def noise_pair(names: list[str], specs: dict[str, object], selected: str | None) -> tuple[str | None, str | None]:
    """(denoising model, plain model) for the noise demo: the plain one is the selected model unless
    that is itself a denoiser, then the first plain model loaded."""
    denoiser = next((n for n in names if is_denoiser(specs.get(n))), None)
    plain = [n for n in names if not is_denoiser(specs.get(n))]
    if selected in plain:
        return denoiser, selected
    return denoiser, (plain[0] if plain else None)
