"""Fast single-digit inference over every loaded autoencoder.

Each instance gets compiled single-sample functions (fixed input signature, warmed at load), and all
instances are fused into one compiled call that returns every code and reconstruction for one digit,
so updating the whole zoo costs one dispatch instead of one ``predict`` per model.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keras
import numpy as np

from ae_models import store
from ae_models.architectures import code_of
from ae_models.zoo import IMAGE_SIDE

log = logging.getLogger(__name__)
DIGIT_SHAPE = (1, IMAGE_SIDE, IMAGE_SIDE)


class _TracingNotice(logging.Filter):
    """Drops TensorFlow's 'frequent retracing' notice: every instance traces its own functions once,
    which TensorFlow counts together because they share code."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "triggered tf.function retracing" not in record.getMessage()


_TRACING_NOTICE = _TracingNotice()


def compile_fn(fn: Callable, *shapes: tuple[int | None, ...]) -> Callable:
    """Compile ``fn`` for float32 inputs of fixed shapes (None: any length) with the active Keras backend."""
    backend = keras.backend.backend()
    if backend == "tensorflow":
        import tensorflow as tf

        tf.get_logger().addFilter(_TRACING_NOTICE)
        return tf.function(fn, input_signature=[tf.TensorSpec(s, tf.float32) for s in shapes])
    if backend == "jax":
        import jax

        return jax.jit(fn)
    return fn


@dataclass(frozen=True)
class Output:
    """One instance's result for one digit: its code (code shape) and reconstruction (28x28)."""

    code: np.ndarray
    reconstruction: np.ndarray


@dataclass
class Instance:
    """A loaded autoencoder with its compiled single-sample functions."""

    name: str
    model: keras.Model
    meta: Mapping[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def __post_init__(self) -> None:
        self.encoder = self.model.get_layer("encoder")
        self.decoder = self.model.get_layer("decoder")
        self.input_shape = tuple(self.model.input_shape[1:])
        self.code_shape = tuple(self.decoder.input_shape[1:])
        self._encode = compile_fn(self.encode_tensor, DIGIT_SHAPE)
        self._decode = compile_fn(lambda c: self._to_image(self.decoder(c, training=False)), (1, *self.code_shape))
        self._reconstruct = compile_fn(lambda x: self.run_tensor(x)[1], DIGIT_SHAPE)

    @property
    def code_size(self) -> int:
        return int(np.prod(self.code_shape))

    def _to_image(self, y):
        return keras.ops.reshape(y, DIGIT_SHAPE)

    def encode_tensor(self, x):
        return code_of(self.encoder(keras.ops.reshape(x, (1, *self.input_shape)), training=False))

    def run_tensor(self, x):
        code = self.encode_tensor(x)
        return code, self._to_image(self.decoder(code, training=False))

    def encode(self, image: np.ndarray) -> np.ndarray:
        return np.asarray(self._encode(_digit(image)))[0]

    def decode(self, code: np.ndarray) -> np.ndarray:
        c = np.asarray(code, np.float32).reshape((1, *self.code_shape))
        return np.asarray(self._decode(c))[0]

    def reconstruct(self, image: np.ndarray) -> np.ndarray:
        return np.asarray(self._reconstruct(_digit(image)))[0]

    def encode_batch(self, images: np.ndarray, batch_size: int = 1000) -> np.ndarray:
        """Codes of many digits (N, 28, 28) at once, for maps and neighbour searches."""
        x = np.asarray(images, np.float32).reshape((len(images), *self.input_shape))
        return np.asarray(code_of(self.encoder.predict(x, batch_size=batch_size, verbose=0)))

    def warm(self) -> None:
        """Trace every compiled function once, so the first real call is fast."""
        blank = np.zeros((IMAGE_SIDE, IMAGE_SIDE), np.float32)
        self.decode(self.encode(blank))
        self.reconstruct(blank)


def _digit(image: np.ndarray) -> np.ndarray:
    return np.asarray(image, np.float32).reshape(DIGIT_SHAPE)


class InferenceEngine:
    """Holds named instances (shipped or user-trained) and runs all of them on one digit at once."""

    def __init__(self) -> None:
        self._instances: dict[str, Instance] = {}
        self._fused: Callable | None = None
        self.errors: dict[str, str] = {}

    @property
    def names(self) -> list[str]:
        return list(self._instances)

    def __contains__(self, name: str) -> bool:
        return name in self._instances

    def __getitem__(self, name: str) -> Instance:
        return self._instances[name]

    def add(self, name: str, model: keras.Model, meta: Mapping[str, Any] | None = None,
            path: Path | None = None) -> Instance:
        """Add or replace an instance; it is warmed before it becomes visible."""
        store.check_autoencoder(model, name)
        instance = Instance(name, model, dict(meta or {}), path)
        instance.warm()
        self._instances[name] = instance
        self.errors.pop(name, None)
        self._fused = None
        return instance

    def load(self, name: str, path: str | Path) -> Instance:
        """Load a model file as instance ``name``; on failure the reason is kept in ``errors`` and raised."""
        try:
            model, meta = store.load(path)
            return self.add(name, model, meta, Path(path))
        except store.ModelFileError as exc:
            self._instances.pop(name, None)
            self._fused = None
            self.errors[name] = str(exc)
            raise

    def load_many(self, paths: Mapping[str, str | Path]) -> dict[str, str]:
        """Load several files; a missing or damaged one is reported (name -> reason), the rest load."""
        for name, path in paths.items():
            try:
                self.load(name, path)
            except store.ModelFileError as exc:
                log.warning("%s", exc)
        return {n: e for n, e in self.errors.items() if n in paths}

    def relocate(self, name: str, path: Path) -> None:
        """Record that instance ``name``'s model file was renamed to ``path`` (the weights are unchanged)."""
        self._instances[name].path = Path(path)

    def remove(self, name: str) -> None:
        self._instances.pop(name, None)
        self.errors.pop(name, None)
        self._fused = None

    def run_all(self, image: np.ndarray) -> dict[str, Output]:
        """Every instance's code and reconstruction of one 28x28 digit, in one compiled call."""
        if not self._instances:
            return {}
        if self._fused is None:
            instances = list(self._instances.values())
            self._fused = compile_fn(lambda x: [inst.run_tensor(x) for inst in instances], DIGIT_SHAPE)
        outs = self._fused(_digit(image))
        return {
            name: Output(np.asarray(code)[0], np.asarray(recon)[0])
            for name, (code, recon) in zip(self._instances, outs)
        }

    def warm(self) -> None:
        """Trace the fused call now (e.g. in a loader thread) rather than on the first stroke."""
        self.run_all(np.zeros((IMAGE_SIDE, IMAGE_SIDE), np.float32))
