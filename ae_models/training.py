"""The training engine: a plain function that fits one spec and reports through plain callables.

It knows nothing of Qt. Progress goes to ``Hooks``; ``Hooks.should_stop`` is polled after every batch, so
a cancel takes effect within one batch and skips the pending validation. The weights returned are those
of the last completed epoch (the best epoch's when early stopping is on). Checkpoints, when a folder is
given, are written atomically after every epoch, and ``resume=True`` continues from the last one.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import keras
import numpy as np

from ae_models import architectures, metrics, store
from ae_models import devices as device_lib
from ae_models.data import Dataset, to_float
from ae_models.i18n import QT_TRANSLATE_NOOP, TranslatableError
from ae_models.noise import mixed_noise
from ae_models.optimizers import make_optimizer
from ae_models.zoo import ModelSpec

log = logging.getLogger(__name__)

LOSSES = {"bce": "binary_crossentropy", "mse": "mean_squared_error"}
LOSS_FUNCTIONS = {"bce": metrics.bce, "mse": metrics.mse}
TRAINER_FILE = "trainer.keras"
BEST_FILE = "best.weights.h5"
STATE_FILE = "state.json"
PREDICT_BATCH = 1000
# The sentence for a checkpoint file that cannot be read (the best weights or the state).
DAMAGED = QT_TRANSLATE_NOOP("Engine", "The checkpoint in {folder} is damaged: {file} cannot be read ({kind}).")


class TrainingError(TranslatableError, RuntimeError):
    """Training could not go on (NaN loss, a checkpoint that does not fit); the message says why."""


class CheckpointError(TrainingError):
    """A checkpoint to resume from is damaged or does not fit; starting over (not resuming) still works."""


@dataclass
class Hooks:
    """Plain callables the engine reports to; any may be None.

    on_batch(epoch, batch, batches, loss) is throttled to one call per ``batch_interval`` seconds;
    on_epoch(epoch, logs) follows each completed epoch; on_samples(epoch, inputs, outputs) shows
    reconstructions of fixed digits (plus ``probe()``'s image, e.g. the user's drawing) after each epoch.
    """

    on_batch: Callable[[int, int, int, float], None] | None = None
    on_epoch: Callable[[int, dict], None] | None = None
    on_samples: Callable[[int, np.ndarray, np.ndarray], None] | None = None
    should_stop: Callable[[], bool] | None = None
    probe: Callable[[], np.ndarray | None] | None = None
    batch_interval: float = 0.1


@dataclass
class TrainResult:
    """What a run produced. ``autoencoder`` holds the returned weights; ``history`` one dict per epoch."""

    spec: ModelSpec
    autoencoder: keras.Model
    history: list[dict] = field(default_factory=list)
    best_epoch: int | None = None
    cancelled: bool = False
    seconds: float = 0.0
    devices: tuple[device_lib.Device, ...] = ()

    @property
    def epochs_done(self) -> int:
        return len(self.history)

    def sidecar(self, dataset: str, *, subset: int | None = None, test: dict[str, float] | None = None) -> dict:
        """The metadata saved beside the model file: the one place it is assembled (app, CLI, pretrain)."""
        spec = self.spec
        meta = {
            "variant": spec.variant, "name": spec.name, "preset": spec.name, "title": spec.title,
            "family": spec.family, "arch": dict(spec.arch), "train": dataclasses.asdict(spec.train),
            "dataset": dataset, "subset": subset, "epochs_done": self.epochs_done, "best_epoch": self.best_epoch,
            "history": self.history, "cancelled": self.cancelled, "train_seconds": round(self.seconds, 1),
            "published_bce": spec.published_bce, "target_bce": spec.target_bce,
            "params": int(self.autoencoder.count_params()), "code_shape": list(spec.code_shape),
            "compression": spec.compression, "devices": [d.as_dict() for d in self.devices],
        }
        if spec.refine is not None:  # a run of every stage (runs.train_stages): each stage's settings
            meta["stages"] = [{"train": dataclasses.asdict(cfg),
                               "epochs_done": sum(1 for h in self.history if h.get("stage") == number)}
                              for number, cfg in enumerate(spec.stages, start=1)]
            meta["epochs_total"] = self.epochs_done
        return {**meta, "test": test} if test is not None else meta


def shaped(spec: ModelSpec, images: np.ndarray) -> np.ndarray:
    """uint8 or float images (N, 28, 28) as float32 model input for the spec."""
    x = to_float(images) if images.dtype == np.uint8 else images.astype(np.float32, copy=False)
    return x.reshape((len(x), *spec.input_shape))


def sample_digits(dataset: Dataset) -> np.ndarray:
    """One test digit of each class 0-9 (the first of each), for showing progress."""
    return np.stack([dataset.x_test[np.flatnonzero(dataset.y_test == d)[0]] for d in range(10)])


def split(spec: ModelSpec, dataset: Dataset, subset: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Training and validation inputs: a seeded shuffle of the training set, the last digits held out."""
    cfg = spec.train
    order = np.random.default_rng(cfg.seed).permutation(len(dataset.x_train))
    if subset is not None:
        order = order[:subset]
    n_val = min(cfg.validation_size, max(1, len(order) // 5))
    x = shaped(spec, dataset.x_train[order])
    return x[:-n_val], x[-n_val:]


def reconstruct(autoencoder: keras.Model, x: np.ndarray, batch_size: int = PREDICT_BATCH) -> np.ndarray:
    return np.asarray(autoencoder.predict(x, batch_size=batch_size, verbose=0))


class _Engine(keras.callbacks.Callback):
    """Polls for cancel, throttles progress, validates, keeps the best weights and checkpoints."""

    def __init__(self, spec, autoencoder, x_val, samples, hooks, history, checkpoint):
        super().__init__()
        self.spec, self.autoencoder, self.hooks, self.history = spec, autoencoder, hooks, history
        self.checkpoint = checkpoint
        cfg = spec.train
        self.x_val_in = mixed_noise(x_val, cfg.noise_factor, cfg.noise_kinds, cfg.seed) if cfg.noise_factor else x_val
        self.x_val, self.samples, self.cancelled, self.steps = x_val, samples, False, 0
        with device_lib.local():  # what validates and shows samples: with several processes, a plain copy
            self.view = autoencoder if device_lib.processes() == 1 else architectures.build(spec).autoencoder
        self.best_epoch = min(history, key=lambda h: h["val_loss"])["epoch"] if history else None
        self.best_weights, self.last_weights = None, autoencoder.get_weights()

    def on_epoch_begin(self, epoch, logs=None):
        self.epoch, self.t0, self.t_report = epoch + 1, time.monotonic(), 0.0

    def on_train_batch_end(self, batch, logs=None):
        hooks = self.hooks
        if hooks.should_stop is not None and hooks.should_stop():
            self.cancelled = True
            self.model.stop_training = True
        now = time.monotonic()
        if hooks.on_batch is not None and (now - self.t_report >= hooks.batch_interval or batch + 1 == self.steps):
            self.t_report = now
            hooks.on_batch(self.epoch, batch + 1, self.steps, float(logs["loss"]))

    def on_epoch_end(self, epoch, logs=None):
        if self.cancelled:
            return  # the epoch did not complete: no validation, no checkpoint
        loss = float(logs["loss"])
        if not math.isfinite(loss):
            raise TrainingError(QT_TRANSLATE_NOOP("Engine", "The run diverged: the loss became {loss} in epoch "
                                                            "{epoch}. Try a lower learning rate."),
                                loss=loss, epoch=epoch + 1)
        self.last_weights = self.autoencoder.get_weights()
        with device_lib.local():  # several processes: validate, checkpoint and show on this one's own copy
            if self.view is not self.autoencoder:
                self.view.set_weights(self.last_weights)
            val = LOSS_FUNCTIONS[self.spec.train.loss](self.x_val, reconstruct(self.view, self.x_val_in))
            entry = {"epoch": epoch + 1, "loss": loss, "val_loss": val,
                     "lr": float(keras.ops.convert_to_numpy(self.model.optimizer.learning_rate)),
                     "seconds": round(time.monotonic() - self.t0, 2)}
            self.history.append(entry)
            if self.best_epoch is None or val < min(h["val_loss"] for h in self.history[:-1]):
                self.best_epoch, self.best_weights = epoch + 1, self.last_weights
            if self.checkpoint is not None and device_lib.is_main():  # one writer for a job of processes
                self.checkpoint.write(self.model, self.view, self.history, self.best_epoch, self.best_weights)
            if self.hooks.on_epoch is not None:
                self.hooks.on_epoch(epoch + 1, entry)
            self._show_samples(epoch + 1)
        patience = self.spec.train.patience
        if patience is not None and epoch + 1 - self.best_epoch >= patience:
            self.model.stop_training = True

    def _show_samples(self, epoch: int) -> None:
        if self.hooks.on_samples is None:
            return
        inputs = self.samples
        drawn = self.hooks.probe() if self.hooks.probe is not None else None
        if drawn is not None:
            inputs = np.concatenate([inputs, shaped(self.spec, drawn[None])])
        # A handful of digits: a direct call costs milliseconds where predict costs 70-80 ms per epoch (and
        # predict_on_batch repeats its outputs once per replica under a tf.distribute strategy).
        outputs = keras.ops.convert_to_numpy(self.view(inputs, training=False))
        self.hooks.on_samples(epoch, inputs, outputs)

    def final_weights(self) -> list[np.ndarray]:
        """Best epoch's weights with early stopping (a resumed run's come from its checkpoint), else the
        last completed epoch's."""
        early = self.spec.train.patience is not None and self.best_weights is not None
        return self.best_weights if early else self.last_weights


@dataclass(frozen=True)
class Checkpoint:
    """A folder holding the trainer (with optimizer state), the best weights and the run's state."""

    folder: Path
    spec: ModelSpec

    @property
    def settings(self) -> dict:
        """What a resumed run must share with the checkpoint: everything but the number of epochs."""
        train = {k: v for k, v in dataclasses.asdict(self.spec.train).items() if k != "epochs"}
        return json.loads(json.dumps({"model": self.spec.name, "arch": dict(self.spec.arch), "train": train},
                                     default=list))

    def write(self, trainer, autoencoder, history, best_epoch, best_weights) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with store.atomic_path(self.folder / TRAINER_FILE, ".keras") as tmp:
            trainer.save(tmp)
        if best_weights is not None:
            current = autoencoder.get_weights()
            autoencoder.set_weights(best_weights)
            with store.atomic_path(self.folder / BEST_FILE, ".weights.h5") as tmp:
                autoencoder.save_weights(tmp)
            autoencoder.set_weights(current)
        store.write_json(self.folder / STATE_FILE,
                         {"history": history, "best_epoch": best_epoch, "settings": self.settings})

    def exists(self) -> bool:
        return (self.folder / TRAINER_FILE).is_file() and (self.folder / STATE_FILE).is_file()

    def has_best(self) -> bool:
        return (self.folder / BEST_FILE).is_file()

    def best_weights(self, autoencoder) -> list[np.ndarray]:
        """The best epoch's weights from the checkpoint; raises CheckpointError when the file is damaged."""
        current = autoencoder.get_weights()
        try:
            autoencoder.load_weights(self.folder / BEST_FILE)
            return autoencoder.get_weights()
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CheckpointError(DAMAGED, folder=self.folder, file=BEST_FILE, kind=type(exc).__name__) from exc
        finally:
            autoencoder.set_weights(current)

    def _state(self) -> dict:
        """state.json, checked: a dict with the settings and a history of epoch entries."""
        try:
            state = json.loads((self.folder / STATE_FILE).read_text())
            history = state["history"]
            if not all(isinstance(h, dict) and isinstance(h["epoch"], int) and isinstance(h["val_loss"], (int, float))
                       for h in history):
                raise TypeError("a history entry is not an epoch")
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
            raise CheckpointError(DAMAGED, folder=self.folder, file=STATE_FILE, kind=type(exc).__name__) from exc
        if state.get("settings") != self.settings:
            raise CheckpointError(QT_TRANSLATE_NOOP("Engine", "The checkpoint in {folder} was made with different "
                                                              "settings or a different model than {name}."),
                                  folder=self.folder, name=self.spec.name)
        return state

    def load(self):
        """The saved trainer (compiled, optimizer state restored) and the history so far."""
        state = self._state()
        try:
            trainer = store.load_keras(self.folder / TRAINER_FILE, compile=True)
        except store.ModelFileError as exc:
            raise CheckpointError(QT_TRANSLATE_NOOP("Engine", "The checkpoint in {folder} cannot be resumed: {reason}"),
                                  folder=self.folder, reason=exc.text) from exc
        return trainer, state["history"]


def train(
    spec: ModelSpec,
    dataset: Dataset,
    hooks: Hooks | None = None,
    *,
    checkpoint_dir: str | Path | None = None,
    resume: bool = False,
    subset: int | None = None,
    tensorboard_dir: str | Path | None = None,
    initial: keras.Model | None = None,
    devices: device_lib.DeviceOption = "auto",
) -> TrainResult:
    """Fit ``spec`` (with its ``train`` config) on ``dataset``; see the module docstring.

    ``initial``, an autoencoder of the same architecture, gives the starting weights (a warm restart).
    ``devices`` (a run option, not a setting of the spec) chooses the devices; see ``ae_models.devices``.
    """
    found = device_lib.available()
    chosen = device_lib.choose(found, devices)
    with device_lib.scope(chosen, found):
        result = _fit(spec, dataset, hooks, checkpoint_dir=checkpoint_dir, resume=resume, subset=subset,
                      tensorboard_dir=tensorboard_dir, initial=initial)
    return _detached(result, chosen)


def _detached(result: TrainResult, chosen: tuple[device_lib.Device, ...]) -> TrainResult:
    """The result with its devices recorded; after a distributed run, its autoencoder as a plain model."""
    if len(chosen) > 1:
        plain = architectures.build(result.spec).autoencoder
        plain.set_weights(result.autoencoder.get_weights())
        result = dataclasses.replace(result, autoencoder=plain)
    return dataclasses.replace(result, devices=chosen)


def _fit(spec: ModelSpec, dataset: Dataset, hooks: Hooks | None, *, checkpoint_dir, resume, subset,
         tensorboard_dir, initial) -> TrainResult:
    """``train`` inside the devices' scope: the model is built (or resumed) and compiled in it."""
    problems = spec.problems()
    if problems:
        raise ValueError("; ".join(f"{k}: {v}" for k, v in problems.items()))
    hooks = hooks or Hooks()
    cfg = spec.train
    keras.utils.set_random_seed(cfg.seed)
    x_train, x_val = split(spec, dataset, subset)
    x_train, x_val = device_lib.shardable(x_train, cfg.batch_size), device_lib.shardable(x_val, PREDICT_BATCH)
    steps = math.ceil(len(x_train) / cfg.batch_size)
    checkpoint = Checkpoint(Path(checkpoint_dir), spec) if checkpoint_dir is not None else None
    history: list[dict] = []
    if resume and checkpoint is not None and checkpoint.exists():
        trainer, history = checkpoint.load()
        encoder, decoder = trainer.get_layer("encoder"), trainer.get_layer("decoder")
        log.info("resuming %s after epoch %d", spec.name, len(history))
    else:
        built = architectures.build(spec)
        if initial is not None:
            built.autoencoder.set_weights(initial.get_weights())
        trainer, encoder, decoder = built.trainer, built.encoder, built.decoder
        trainer.compile(optimizer=make_optimizer(cfg, steps), loss=LOSSES[cfg.loss])
    autoencoder = architectures.assemble(encoder, decoder, spec.name)
    engine = _Engine(spec, autoencoder, x_val, shaped(spec, sample_digits(dataset)), hooks, history, checkpoint)
    engine.steps = steps
    if history and checkpoint is not None and checkpoint.has_best():  # read now: a damaged file must stop the run before, not after, fit
        engine.best_weights = checkpoint.best_weights(autoencoder)
    callbacks: list[keras.callbacks.Callback] = [engine]
    if tensorboard_dir is not None:
        callbacks.append(keras.callbacks.TensorBoard(log_dir=str(tensorboard_dir)))
    t0 = time.monotonic()
    if len(history) < cfg.epochs:
        x_fit, batch_size = device_lib.local_share(x_train, cfg.batch_size)  # all of it with one process
        trainer.fit(x_fit, x_fit, batch_size=batch_size, epochs=cfg.epochs,
                    initial_epoch=len(history), shuffle=True, verbose=0, callbacks=callbacks)
    autoencoder.set_weights(engine.final_weights())
    return TrainResult(spec=spec, autoencoder=autoencoder, history=history, best_epoch=engine.best_epoch,
                       cancelled=engine.cancelled, seconds=time.monotonic() - t0)
