"""Optimizers and learning-rate schedules of a ``TrainConfig``, as Keras objects."""

from __future__ import annotations

import keras

from ae_models.zoo import TrainConfig

OPTIMIZERS = {
    "adam": keras.optimizers.Adam,
    "adadelta": keras.optimizers.Adadelta,
    "rmsprop": keras.optimizers.RMSprop,
    "sgd": keras.optimizers.SGD,
}


def make_schedule(cfg: TrainConfig, steps_per_epoch: int):
    """The learning rate: a constant, or cosine decay to zero (after an optional linear warm-up)."""
    if cfg.schedule != "cosine":
        return cfg.learning_rate
    if cfg.warmup_epochs:
        return keras.optimizers.schedules.CosineDecay(
            cfg.learning_rate / 100, decay_steps=(cfg.epochs - cfg.warmup_epochs) * steps_per_epoch,
            warmup_target=cfg.learning_rate, warmup_steps=cfg.warmup_epochs * steps_per_epoch)
    return keras.optimizers.schedules.CosineDecay(cfg.learning_rate, decay_steps=cfg.epochs * steps_per_epoch)


def make_optimizer(cfg: TrainConfig, steps_per_epoch: int) -> keras.optimizers.Optimizer:
    return OPTIMIZERS[cfg.optimizer](learning_rate=make_schedule(cfg, steps_per_epoch))
