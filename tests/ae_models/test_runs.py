"""The divergence rule the GUI and the command line share, and a refine stage trained after the first."""

import math

from ae_models import zoo
from ae_models.runs import diverged


def history(*losses):
    return [{"epoch": i + 1, "loss": loss, "val_loss": loss} for i, loss in enumerate(losses)]


def test_a_run_diverged_when_its_loss_became_nan_or_rose_above_one_and_a_half_times_the_first():
    assert not diverged([])
    assert not diverged(history(0.3, 0.2, 0.1))
    assert not diverged(history(0.2, 0.25, 0.3))  # 1.5x exactly is still not diverged
    assert diverged(history(0.2, 0.31))
    assert diverged(history(0.2, math.nan, 0.1))
    assert diverged(history(0.2, math.inf))
    assert diverged(history(290.0, 0.42, 0.418))  # blew up, then settled on one grey blob (lr 10)
    assert not diverged(history(0.69, 0.2, 0.1))  # a steep but healthy start


def test_a_spec_with_a_refine_stage_lists_both_stages_like_pretraining():
    conv = zoo.REGISTRY["conv"]
    first, refine = conv.stages
    assert first == conv.train
    assert (refine.epochs, refine.learning_rate, refine.seed) == (20, 5e-4, conv.train.seed + 1)
    assert conv.total_epochs == 80 and zoo.REGISTRY["vanilla"].stages == (zoo.REGISTRY["vanilla"].train,)


def test_train_stages_runs_the_refine_stage_from_the_first_stages_weights(tiny_dataset):
    import dataclasses

    from ae_models.runs import train_stages
    from ae_models.training import Hooks

    base = zoo.REGISTRY["vanilla"]
    small = {"batch_size": 32, "validation_size": 80, "warmup_epochs": 0, "patience": None}
    spec = dataclasses.replace(base.customized(epochs=2, learning_rate=3e-3, **small),
                               refine=dataclasses.replace(base.train, epochs=1, learning_rate=1e-3, **small))
    epochs = []
    result = train_stages(spec, tiny_dataset, Hooks(on_epoch=lambda e, logs: epochs.append((e, logs["epoch"]))))
    assert epochs == [(1, 1), (2, 2), (3, 3)]  # one count across the stages
    assert [h["stage"] for h in result.history] == [1, 1, 2] and result.history[-1]["epoch"] == 3
    assert result.history[2]["loss"] < result.history[0]["loss"]  # the refine stage went on from stage 1
    sidecar = result.sidecar("tiny")
    assert [s["epochs_done"] for s in sidecar["stages"]] == [2, 1] and sidecar["epochs_total"] == 3
    assert sidecar["stages"][1]["train"]["learning_rate"] == 1e-3
