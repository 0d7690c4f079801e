"""What the Draw tab's live views show for one model input, computed without widgets.

One fused engine call gives every model's code and reconstruction (and, while the denoising demo shows,
every model's reconstruction of the noisy input, from the same call); errors are measured against the
clean input. Plain NumPy over the engine's outputs, so it can be tested and timed on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ae_models.metrics import bce_rows, mse_rows


@dataclass(frozen=True)
class Result:
    """One model's answer to one input: its code, its reconstruction and their error against a target."""

    name: str
    code: np.ndarray | None
    reconstruction: np.ndarray
    bce: float
    mse: float


def scored_all(target: np.ndarray, answers: list[tuple[str, np.ndarray, np.ndarray | None]]) -> list[Result]:
    """A Result for each (name, reconstruction, code), with its BCE and MSE against ``target``, measured
    in one pass over them all."""
    if not answers:
        return []
    stacked = np.stack([np.ravel(reconstruction) for _, reconstruction, _ in answers])
    target = np.ravel(target)
    errors = zip(bce_rows(target, stacked).tolist(), mse_rows(target, stacked).tolist())
    return [Result(name, code, reconstruction, b, m) for (name, reconstruction, code), (b, m) in zip(answers, errors)]


def scored(name: str, target: np.ndarray, reconstruction: np.ndarray, code: np.ndarray | None = None) -> Result:
    """A Result with its BCE and MSE against ``target``."""
    return scored_all(target, [(name, reconstruction, code)])[0]


def score_all(outputs: Mapping[str, Any], model_input: np.ndarray) -> dict[str, Result]:
    """Every model's code, reconstruction and error for one 28x28 input, from the engine's ``run_all`` outputs."""
    answers = [(name, out.reconstruction, out.code) for name, out in outputs.items()]
    return {result.name: result for result in scored_all(model_input, answers)}


def denoise(outputs: Mapping[str, Any], names: list[str | None], clean: np.ndarray) -> list[Result | None]:
    """The named models' reconstructions of the noisy input (from ``run_all(clean, noisy)``), scored against
    the clean one; None for a name that is None or has no noisy output."""
    found = {name: outputs[name].noisy_reconstruction for name in names
             if name is not None and name in outputs and outputs[name].noisy_reconstruction is not None}
    results = {result.name: result for result in scored_all(clean, [(n, r, None) for n, r in found.items()])}
    return [results.get(name) if name is not None else None for name in names]


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
