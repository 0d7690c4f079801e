"""What the Draw tab's live views show for one model input, computed without widgets.

One fused engine call gives every model's code and reconstruction (and, while the denoising demo shows,
every model's reconstruction of the noisy input, from the same call); errors are measured against the
clean input. Plain NumPy over the engine's outputs, so it can be tested and timed on its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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


@dataclass(frozen=True)
class Scores:
    """The live views' figures for one input: each model's reconstruction (``results``, by name) and, with
    the noise demo, the noisy input itself and the demo's models' reconstructions of it (``denoised``, in
    the order asked; None for a model that is not given or has no noisy output)."""

    results: dict[str, Result]
    noisy: Result | None = None
    denoised: tuple[Result | None, ...] = ()


def score_views(outputs: Mapping[str, Any], clean: np.ndarray, noisy: np.ndarray | None = None,
                noise_models: Sequence[str | None] = ()) -> Scores:
    """Every figure the views show for ``clean``, from the engine's ``run_all(clean, noisy)`` outputs, all
    against the clean input and measured in one pass."""
    answers = [(name, out.reconstruction, out.code) for name, out in outputs.items()]
    demo = [] if noisy is None else [
        name for name in noise_models
        if name is not None and name in outputs and outputs[name].noisy_reconstruction is not None]
    answers += [(name, outputs[name].noisy_reconstruction, None) for name in demo]
    if noisy is not None:
        answers.append(("noisy", noisy, None))
    scored = scored_all(clean, answers)
    results = {result.name: result for result in scored[:len(outputs)]}
    if noisy is None:
        return Scores(results)
    found = dict(zip(demo, scored[len(outputs):-1]))
    return Scores(results, scored[-1], tuple(found.get(name) if name is not None else None for name in noise_models))


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
