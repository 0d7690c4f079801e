"""The training engine on tiny synthetic data: learning, progress, cancel, checkpoints and resume."""

import dataclasses

import numpy as np
import pytest

from ae_models import store, zoo
from ae_models.training import Checkpoint, Hooks, TrainingError, train


def quick(name="vanilla", **train_kw):
    cfg = {"epochs": 3, "batch_size": 32, "validation_size": 80, "learning_rate": 3e-3, "warmup_epochs": 0,
           **train_kw}
    return zoo.REGISTRY[name].customized(**cfg)


def test_a_few_epochs_lower_the_loss_and_report_in_order(tiny_dataset):
    events = []
    hooks = Hooks(
        on_batch=lambda e, b, n, loss: events.append(("batch", e, b, n)),
        on_epoch=lambda e, logs: events.append(("epoch", e, logs)),
        on_samples=lambda e, x, y: events.append(("samples", e, x.shape, y.shape)),
        batch_interval=0.0,
    )
    result = train(quick(), tiny_dataset, hooks)
    losses = [h["loss"] for h in result.history]
    assert len(losses) == 3 and losses[-1] < losses[0]
    assert result.history[-1]["val_loss"] < result.history[0]["val_loss"]
    epochs = [e[1] for e in events if e[0] == "epoch"]
    assert epochs == [1, 2, 3]
    first_epoch_batches = [e[2] for e in events if e[0] == "batch" and e[1] == 1]
    assert first_epoch_batches == list(range(1, 11))  # 320 training digits / 32
    assert ("samples", 1, (10, 784), (10, 784)) in events


def test_probe_image_is_reconstructed_with_the_samples(tiny_dataset):
    shapes = []
    drawing = np.zeros((28, 28), np.float32)
    hooks = Hooks(on_samples=lambda e, x, y: shapes.append(y.shape), probe=lambda: drawing)
    train(quick("conv", epochs=1), tiny_dataset, hooks, subset=100)
    assert shapes == [(11, 28, 28, 1)]


def test_cancel_stops_within_one_batch_and_returns_last_epoch(tiny_dataset, tmp_path):
    batches, epochs = [], []
    stop_at = (2, 4)

    def should_stop():
        return bool(batches) and batches[-1] >= stop_at

    hooks = Hooks(on_batch=lambda e, b, n, loss: batches.append((e, b)), on_epoch=lambda e, logs: epochs.append(e),
                  should_stop=should_stop, batch_interval=0.0)
    result = train(quick(epochs=5), tiny_dataset, hooks, checkpoint_dir=tmp_path / "ck")
    assert result.cancelled and result.epochs_done == 1 and epochs == [1]  # epoch 2's validation skipped
    assert batches[-1] == (2, 5)  # the stop was seen after batch 5 of epoch 2: nothing ran after it
    saved = store.load_keras(tmp_path / "ck" / "trainer.keras")
    for a, b in zip(saved.get_layer("decoder").get_weights(), result.autoencoder.get_layer("decoder").get_weights()):
        np.testing.assert_array_equal(a, b)


def test_early_stopping_returns_the_best_epoch(tiny_dataset):
    result = train(quick(epochs=4, patience=10, learning_rate=0.5), tiny_dataset)
    best = min(result.history, key=lambda h: h["val_loss"])
    assert result.best_epoch == best["epoch"]


def test_resume_continues_from_the_checkpoint(tiny_dataset, tmp_path):
    first = train(quick(epochs=2), tiny_dataset, checkpoint_dir=tmp_path / "ck")
    assert Checkpoint(tmp_path / "ck", quick()).exists()
    resumed = train(quick(epochs=4), tiny_dataset, checkpoint_dir=tmp_path / "ck", resume=True)
    assert [h["epoch"] for h in resumed.history] == [1, 2, 3, 4]
    assert resumed.history[:2] == first.history
    assert resumed.history[2]["loss"] < first.history[0]["loss"]


@pytest.mark.parametrize("other", [quick("conv", epochs=2), quick(epochs=2, learning_rate=0.01)])
def test_resume_refuses_a_checkpoint_of_other_settings(tiny_dataset, tmp_path, other):
    train(quick(epochs=1), tiny_dataset, checkpoint_dir=tmp_path / "ck")
    with pytest.raises(TrainingError, match="different settings or a different model"):
        train(other, tiny_dataset, checkpoint_dir=tmp_path / "ck", resume=True)


def test_nan_loss_is_a_clear_error(tiny_dataset):
    x = tiny_dataset.x_train.astype(np.float32) / 255
    x[5, 0, 0] = np.nan  # one damaged digit poisons the loss
    damaged = dataclasses.replace(tiny_dataset, x_train=x)
    with pytest.raises(TrainingError, match="became nan in epoch 1"):
        train(quick(epochs=2), damaged)


def test_invalid_config_is_refused_before_training(tiny_dataset):
    with pytest.raises(ValueError, match="epochs"):
        train(quick(epochs=0), tiny_dataset)


def test_denoiser_and_vae_train(tiny_dataset):
    for name in ("denoising", "vae"):
        result = train(quick(name, epochs=2), tiny_dataset, subset=120)
        assert np.isfinite([h["val_loss"] for h in result.history]).all()


def test_cosine_warmup_ramps_up_then_decays():
    from ae_models.optimizers import make_schedule

    cfg = zoo.TrainConfig(epochs=10, learning_rate=2e-3, schedule="cosine", warmup_epochs=2)
    schedule = make_schedule(cfg, steps_per_epoch=100)
    at = lambda step: float(schedule(step))  # noqa: E731
    assert at(0) == pytest.approx(2e-5) and at(200) == pytest.approx(2e-3)
    assert at(100) < at(200) and at(600) < at(200) and at(1000) == pytest.approx(0, abs=1e-9)
    assert "warmup_epochs" in zoo.TrainConfig(epochs=3, warmup_epochs=3).problems()


def test_initial_weights_give_a_warm_restart(tiny_dataset):
    trained = train(quick(epochs=4), tiny_dataset).autoencoder
    fresh = train(quick(epochs=1), tiny_dataset)
    warm = train(quick(epochs=1), tiny_dataset, initial=trained)
    assert warm.history[0]["loss"] < 0.8 * fresh.history[0]["loss"]


def test_tensorboard_logs_are_written(tiny_dataset, tmp_path):
    train(quick(epochs=1), tiny_dataset, tensorboard_dir=tmp_path / "tb")
    events = list((tmp_path / "tb").rglob("events.out.tfevents.*"))
    assert events and all(e.stat().st_size > 0 for e in events)
