"""Fast single-digit inference over every loaded autoencoder.

An instance read from a file also gets a NumPy forward pass of that file (``ae_models.forward``), checked
against Keras on a probe digit when it is made; while every instance has one, ``run_all`` runs them in
NumPy, which for one or two digits costs less than any TensorFlow call. Otherwise all instances are fused into one compiled call that returns every code and reconstruction for a digit
(and, for the noise demo, for a second, noisy digit in the same call), so updating the whole zoo costs one
dispatch instead of one ``predict`` per model. Until that call is built (``fuse``, which traces it and can
run in a loader thread) each instance runs on its own, so a model is usable as soon as it is loaded.
An instance's own compiled encode / decode / reconstruct are traced on first use.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import keras
import numpy as np

from ae_models import forward, store
from ae_models.architectures import code_of
from ae_models.zoo import IMAGE_SIDE

log = logging.getLogger(__name__)
DIGIT_SHAPE = (1, IMAGE_SIDE, IMAGE_SIDE)
DIGITS_SHAPE = (None, IMAGE_SIDE, IMAGE_SIDE)  # one clean digit, or a clean and a noisy one
FORWARD_TOLERANCE = 1e-4  # relative and absolute: how far a NumPy pass may stray from Keras (float32 sums)


class _TracingNotice(logging.Filter):
    """Drops TensorFlow's 'frequent retracing' notice: every instance traces its own functions once,
    which TensorFlow counts together because they share code."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "triggered tf.function retracing" not in record.getMessage()


_TRACING_NOTICE = _TracingNotice()


def compile_fn(fn: Callable, *shapes: tuple[int | None, ...], xla: bool = False) -> Callable:
    """Compile ``fn`` for float32 inputs of these shapes (None: any size) with the active Keras backend;
    ``xla`` also compiles TensorFlow's graph into fused kernels (half the CPU per call, seconds to build)."""
    backend = keras.backend.backend()
    if backend == "tensorflow":
        import tensorflow as tf

        tf.get_logger().addFilter(_TRACING_NOTICE)
        return tf.function(fn, input_signature=[tf.TensorSpec(s, tf.float32) for s in shapes], jit_compile=xla)
    if backend == "jax":
        import jax

        return jax.jit(fn)
    return fn


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
        self.forward = checked_forward(self, self.path) if self.path is not None else None

    @cached_property
    def _encode(self) -> Callable:
        return compile_fn(self.encode_tensor, DIGIT_SHAPE)

    @cached_property
    def _decode(self) -> Callable:
        return compile_fn(lambda c: self._to_image(self.decoder(c, training=False)), (1, *self.code_shape))

    @cached_property
    def _reconstruct(self) -> Callable:
        return compile_fn(lambda x: self.run_tensor(x)[1], DIGIT_SHAPE)

    @property
    def code_size(self) -> int:
        return int(np.prod(self.code_shape))

    def _to_image(self, y):
        return keras.ops.reshape(y, (-1, IMAGE_SIDE, IMAGE_SIDE))

    def encode_tensor(self, x):
        return code_of(self.encoder(keras.ops.reshape(x, (-1, *self.input_shape)), training=False))

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
        """Trace the single-digit encode and decode now (a loader thread), not on first use in a view."""
        self.decode(self.encode(np.zeros((IMAGE_SIDE, IMAGE_SIDE), np.float32)))


def checked_forward(instance: Instance, path: Path) -> forward.Forward | None:
    """The NumPy pass of the instance's file, if it runs that file's layers and agrees with the Keras model
    on a probe digit (a file changed since the model was read, or a pass gone wrong, would not)."""
    try:
        fast = forward.load(path)
    except (forward.UnsupportedError, store.ModelFileError) as exc:
        log.debug("%s runs in Keras only: %s", instance.name, exc)
        return None
    probe = np.random.default_rng(0).random((1, IMAGE_SIDE, IMAGE_SIDE), dtype=np.float32)
    code, recon = (np.asarray(t) for t in instance.run_tensor(probe))
    fast_code, fast_recon = fast.run(probe)
    if (fast_code.shape != code.shape or not np.allclose(fast_code, code, FORWARD_TOLERANCE, FORWARD_TOLERANCE)
            or not np.allclose(fast_recon, recon, FORWARD_TOLERANCE, FORWARD_TOLERANCE)):
        log.warning("%s: the NumPy pass disagrees with Keras; it runs in Keras", instance.name)
        return None
    return fast


def _digit(image: np.ndarray) -> np.ndarray:
    return np.asarray(image, np.float32).reshape(DIGIT_SHAPE)


def open_instance(name: str, path: str | Path) -> Instance:
    """Load a model file as a ready-to-run instance (any thread); raises ``store.ModelFileError``."""
    model, meta = store.load(path)
    store.check_autoencoder(model, name)
    return Instance(name, model, dict(meta), Path(path))


@dataclass(frozen=True)
class Fused:
    """One compiled call running the named instances, in order, on one or two digits."""

    names: tuple[str, ...]
    call: Callable


def fuse(instances: list[Instance], xla: bool = False) -> Fused:
    """Build the fused call over ``instances`` and trace it (slow: run it off the main thread when you can).
    With ``xla`` it is compiled for one and for two digits (seconds: the loader does it in its thread, after
    every model already runs), so no later call compiles; a graph XLA cannot compile stays plain."""
    call = compile_fn(lambda x: [inst.run_tensor(x) for inst in instances], DIGITS_SHAPE, xla=xla)
    try:
        for count in (1, 2) if xla else (1,):
            call(np.zeros((count, IMAGE_SIDE, IMAGE_SIDE), np.float32))
    except _compile_errors() as exc:
        if not xla:
            raise
        log.warning("XLA could not compile the models (%s); they run as a plain graph", exc)
        return fuse(instances)
    return Fused(tuple(inst.name for inst in instances), call)


def _compile_errors() -> tuple[type[Exception], ...]:
    """What a backend raises when it cannot compile a graph (TensorFlow: XLA lacks a kernel)."""
    if keras.backend.backend() == "tensorflow":
        import tensorflow as tf

        return (tf.errors.OpError,)
    return ()


class InferenceEngine:
    """Holds named instances (shipped or user-trained) and runs all of them on one digit at once."""

    def __init__(self) -> None:
        self._instances: dict[str, Instance] = {}
        self._fused: Fused | None = None
        self._unfused: tuple[bytes, dict[str, tuple[Instance, forward.Output]]] = (b"", {})  # input -> outputs so far
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
        """Add or replace an instance (it runs on its own until ``warm`` fuses it with the others)."""
        store.check_autoencoder(model, name)
        return self.put(Instance(name, model, dict(meta or {}), path))

    def put(self, instance: Instance) -> Instance:
        """Add or replace an instance already built (e.g. by ``open_instance`` in a loader thread)."""
        self._instances[instance.name] = instance
        self.errors.pop(instance.name, None)
        self._fused = None
        return instance

    def use(self, fused: Fused) -> bool:
        """Run through ``fused`` from now on, if it still covers exactly the instances held (else False)."""
        if fused.names != tuple(self._instances):
            return False
        self._fused = fused
        return True

    def load(self, name: str, path: str | Path) -> Instance:
        """Load a model file as instance ``name``; on failure the reason is kept in ``errors`` and raised."""
        try:
            return self.put(open_instance(name, path))
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

    @property
    def fused(self) -> bool:
        """All instances run in one compiled call (``warm`` or ``use`` made it)."""
        return self._fused is not None

    def run_all(self, image: np.ndarray, noisy: np.ndarray | None = None,
                noisy_for: Collection[str] | None = None) -> dict[str, forward.Output]:
        """Every instance's code and reconstruction of one 28x28 digit (and of ``noisy``, if given: in NumPy
        only for the instances in ``noisy_for`` when given, in Keras for all), in one compiled call once fused,
        else one eager call per instance."""
        if not self._instances:
            return {}
        passes = {name: inst.forward for name, inst in self._instances.items() if inst.forward is not None}
        if len(passes) == len(self._instances):
            return forward.run_all(passes, image, noisy, noisy_for)
        x = forward.digits(image, noisy)
        if self._fused is not None:
            return forward.outputs(zip(self._instances, self._fused.call(x)), noisy is not None)
        # One by one (loading): an eager call costs tens of ms, so an instance already run on this very
        # input is not run again when another arrives.
        key = x.tobytes()
        if self._unfused[0] != key:
            self._unfused = (key, {})
        done = self._unfused[1]
        for name, inst in list(self._instances.items()):
            if done.get(name, (None,))[0] is not inst:
                done[name] = (inst, forward.outputs([(name, inst.run_tensor(x))], noisy is not None)[name])
        return {name: done[name][1] for name in self._instances}

    @property
    def needs_fused(self) -> bool:
        """Some instance has no NumPy pass, so ``run_all`` goes through a compiled Keras call."""
        return any(inst.forward is None for inst in self._instances.values())

    def warm(self) -> None:
        """Build and trace the fused call now rather than on the first stroke (when one is needed)."""
        if self.needs_fused and self._fused is None:
            self._fused = fuse(list(self._instances.values()))
