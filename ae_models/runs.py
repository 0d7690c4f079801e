"""Whole runs: every stage of a spec trained in turn, and whether a run diverged.

``train_stages`` is what the Train tab runs, so a preset with a refine stage (the conv model's) is
reproduced as ``python -m ae_models.cli.pretrain`` made it. ``diverged`` is the one rule for calling a
run diverged, for the GUI and the command line alike.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ae_models.zoo import ModelSpec

if TYPE_CHECKING:  # Keras loads only when a run starts: the GUI reads ``diverged`` at start-up
    from ae_models.data import Dataset
    from ae_models.training import Hooks, TrainResult

DIVERGENCE_FACTOR = 1.5  # a run whose last epoch's loss is above 1.5x its first epoch's went the wrong way
SPIKE_FACTOR = 100  # an epoch 100x worse than the last one blew up (lr 10: 290 in epoch 1, then a grey blob)


def diverged(history: Sequence[Mapping[str, Any]]) -> bool:
    """True when a loss became NaN or infinite, the last epoch's loss exceeds 1.5x the first epoch's, or
    an epoch's loss exploded to over 100x the last one's (the weights it left behind make one blob)."""
    losses = [float(entry["loss"]) for entry in history if "loss" in entry]
    if not losses:
        return False
    if not all(math.isfinite(loss) for loss in losses):
        return True
    return losses[-1] > DIVERGENCE_FACTOR * losses[0] or max(losses) > SPIKE_FACTOR * losses[-1]


def _shifted(hooks: Hooks, offset: int) -> Hooks:
    """``hooks`` with epoch numbers continuing after ``offset`` earlier epochs (one count for the run)."""
    on_batch, on_epoch, on_samples = hooks.on_batch, hooks.on_epoch, hooks.on_samples
    return dataclasses.replace(
        hooks,
        on_batch=None if on_batch is None else lambda e, b, n, loss: on_batch(e + offset, b, n, loss),
        on_epoch=None if on_epoch is None else lambda e, logs: on_epoch(e + offset, {**logs, "epoch": e + offset}),
        on_samples=None if on_samples is None else lambda e, x, y: on_samples(e + offset, x, y),
    )


def train_stages(spec: ModelSpec, dataset: Dataset, hooks: Hooks | None = None, **options: Any) -> TrainResult:
    """Fit each of ``spec.stages`` in turn, each from the previous one's weights; epochs are counted across
    stages. A cancel ends the run after the stage it interrupts. ``options`` go to ``training.train``."""
    from ae_models.training import Hooks, TrainResult, train

    hooks = hooks or Hooks()
    history: list[dict] = []
    result: TrainResult | None = None
    seconds, done = 0.0, 0
    for number, cfg in enumerate(spec.stages, start=1):
        stage = dataclasses.replace(spec, train=cfg, refine=None)
        initial = result.autoencoder if result is not None else None
        result = train(stage, dataset, _shifted(hooks, done), initial=initial, **options)
        history += [{**entry, "epoch": entry["epoch"] + done, "stage": number} for entry in result.history]
        seconds += result.seconds
        done += result.epochs_done
        if result.cancelled:
            break
    assert result is not None  # a spec always has its first stage
    best = None if result.best_epoch is None else result.best_epoch + done - result.epochs_done
    return TrainResult(spec=spec, autoencoder=result.autoencoder, history=history, best_epoch=best,
                       cancelled=result.cancelled, seconds=seconds, devices=result.devices)

