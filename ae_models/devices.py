"""The devices training can run on: list them, choose some, and give Keras the matching distribution.

All GPUs are used when there are several, the GPU when there is one, the CPU otherwise; a run option
(``"auto"``, a number of devices, or a list of ids such as ``("GPU:1",)``) overrides that choice. Several
devices train data-parallel with the backend's own engine: ``tf.distribute.MirroredStrategy`` on
TensorFlow, ``keras.distribution.DataParallel`` on JAX. Device set-up (logical CPU devices for testing)
must happen before the backend starts, so ``split_host`` is called before any tensor is made. In a JAX job
of several processes (``prepare``), each feeds its share of every batch (``local_share``), validates on
its own copy of the weights (``local``), and only process 0 reports and writes (``is_main``).

    python -m ae_models.devices        # prints what this machine can train on
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from ae_models.i18n import QT_TRANSLATE_NOOP, TranslatableError

DeviceOption = str | int | Sequence[str]  # "auto", a number of devices, or device ids
XLA_HOST_COUNT = "--xla_force_host_platform_device_count"
log = logging.getLogger(__name__)


class DeviceError(TranslatableError, ValueError):
    """A device choice this machine or backend cannot meet; the message says what there is."""


@dataclass(frozen=True)
class Device:
    """One device: ``kind`` is "CPU" or "GPU", ``memory`` in bytes when known, ``process`` (the index of the
    process that drives it) only in a job of several processes."""

    kind: str
    index: int
    name: str
    memory: int | None = None
    process: int | None = None

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.index}"

    @property
    def label(self) -> str:
        """``GPU:0 NVIDIA GeForce RTX 4070 (12.0 GB)``: what a person reads."""
        size = f" ({self.memory / 2**30:.1f} GB)" if self.memory else ""
        return f"{self.id} {self.name}{size}"

    def as_dict(self) -> dict:
        found = {"id": self.id, "name": self.name, "memory": self.memory}
        return found if self.process is None else {**found, "process": self.process}


def _backend() -> str:
    import keras

    return keras.backend.backend()


def _host_memory() -> int | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def _host_name() -> str:
    """The processor's model name (Linux), else what the platform module knows."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "CPU"


def _tf_devices() -> list[Device]:
    import tensorflow as tf

    cpu = tf.config.list_physical_devices("CPU")[0]
    logical = tf.config.get_logical_device_configuration(cpu) or [None]  # does not start the runtime
    cpus = [Device("CPU", i, _host_name(), _host_memory() if len(logical) == 1 else None)
            for i in range(len(logical))]
    gpus = []
    for i, gpu in enumerate(tf.config.list_physical_devices("GPU")):
        details = tf.config.experimental.get_device_details(gpu)
        limits = tf.config.get_logical_device_configuration(gpu)
        memory = int(limits[0].memory_limit * 2**20) if limits and limits[0].memory_limit else None
        gpus.append(Device("GPU", i, details.get("device_name", "GPU"), memory))
    return cpus + gpus


def _jax_devices() -> list[Device]:
    import jax

    found, several = [], jax.process_count() > 1
    for kind in ("cpu", "gpu"):
        try:
            backend_devices = jax.devices(kind)
        except RuntimeError:  # no such platform on this machine
            continue
        for dev in backend_devices:  # every process's devices, by their global ids
            stats = (dev.memory_stats() or {}) if kind == "gpu" else {}
            name = _host_name() if kind == "cpu" else dev.device_kind
            found.append(Device(kind.upper(), dev.id, name, stats.get("bytes_limit"),
                                dev.process_index if several else None))
    return found


def available() -> list[Device]:
    """The devices the current Keras backend can train on: CPU devices first, then each GPU."""
    lister = {"tensorflow": _tf_devices, "jax": _jax_devices}.get(_backend())
    return lister() if lister is not None else [Device("CPU", 0, _host_name(), _host_memory())]


def choose(devices: Sequence[Device], option: DeviceOption = "auto") -> tuple[Device, ...]:
    """The devices a run uses; raises DeviceError (saying what exists) for an option that cannot be met."""
    gpus = [d for d in devices if d.kind == "GPU"]
    pool = gpus or [d for d in devices if d.kind == "CPU"]
    if option == "auto":
        return tuple(gpus) if gpus else tuple(pool[:1])
    if isinstance(option, int):
        if not 1 <= option <= len(pool):
            raise DeviceError(QT_TRANSLATE_NOOP("Engine", "cannot train on {wanted} devices: this machine has {count} "
                                                          "({ids})"),
                              wanted=option, count=len(pool), ids=", ".join(d.id for d in pool))
        return tuple(pool[:option])
    if isinstance(option, str):
        raise DeviceError(QT_TRANSLATE_NOOP("Engine", "unknown device choice {option!r}: use 'auto', a number or a "
                                                      "list of ids"), option=option)
    by_id = {d.id: d for d in devices}
    wanted = [str(o).strip().upper() for o in option]
    unknown = [w for w in wanted if w not in by_id]
    if unknown or not wanted or len(set(wanted)) != len(wanted):
        if unknown:
            raise DeviceError(QT_TRANSLATE_NOOP("Engine", "devices {ids}: choose from {known}"),
                              ids=", ".join(unknown), known=", ".join(by_id))
        raise DeviceError(QT_TRANSLATE_NOOP("Engine", "devices none or repeated: choose from {known}"),
                          known=", ".join(by_id))
    return tuple(by_id[w] for w in wanted)


def parse_option(text: str) -> DeviceOption:
    """A command-line device option: ``auto``, a number, or ids separated by commas (``GPU:0,GPU:1``)."""
    text = text.strip()
    if text.lower() == "auto":
        return "auto"
    if text.isdigit():
        return int(text)
    return tuple(part for part in text.split(",") if part.strip())


def split_host(count: int) -> None:
    """Make ``count`` logical CPU devices (for data-parallel tests without a GPU); before the backend starts."""
    backend = os.environ.get("KERAS_BACKEND", "tensorflow")
    if backend == "jax":
        flags = [f for f in os.environ.get("XLA_FLAGS", "").split() if not f.startswith(XLA_HOST_COUNT)]
        os.environ["XLA_FLAGS"] = " ".join([*flags, f"{XLA_HOST_COUNT}={count}"])
        return
    import tensorflow as tf

    cpu = tf.config.list_physical_devices("CPU")[0]
    try:
        tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * count)
    except RuntimeError as exc:  # TensorFlow has started: its devices are fixed for this process
        log.warning("cannot split the CPU into %d devices now: %s", count, exc)


def prepare(option: DeviceOption) -> None:
    """Set devices up before the backend starts (command line): host devices for a number, a multi-process job.

    A number larger than one splits the CPU into that many logical devices when there is no GPU (on JAX,
    into that many per process, divided among the processes). With the JAX backend, the launcher's
    ``KERAS_DISTRIBUTION_JOB_ADDRESSES``/``_NUM_PROCESSES``/``_PROCESS_ID`` variables join this process to
    a job across machines (``keras.distribution.initialize``, i.e. ``jax.distributed.initialize``).
    """
    backend = os.environ.get("KERAS_BACKEND", "tensorflow")
    processes = int(os.environ.get("KERAS_DISTRIBUTION_NUM_PROCESSES") or 1) if backend == "jax" else 1
    if isinstance(option, int) and option > 1 and (backend == "jax" or not _tf_has_gpu()):
        split_host(-(-option // processes))
    if processes > 1:
        import keras

        keras.distribution.initialize()


def _tf_has_gpu() -> bool:
    import tensorflow as tf

    return bool(tf.config.list_physical_devices("GPU"))


def _default_device(devices: Sequence[Device]) -> Device:
    return choose(devices, "auto")[0]


def scope(chosen: Sequence[Device], devices: Sequence[Device] | None = None) -> contextlib.AbstractContextManager:
    """The context to build, compile and fit a model in so that it trains on ``chosen``.

    The backend's default device needs no scope (one-device training stays exactly as it was).
    """
    backend = _backend()
    if len(chosen) == 1 and chosen[0] == _default_device(devices or available()):
        return contextlib.nullcontext()
    if backend == "tensorflow":
        return _tf_strategy(tuple(f"/{d.id}" for d in chosen)).scope()
    if backend == "jax":
        import keras

        # Several processes: each feeds its own share of every batch (``local_share``), as NumPy arrays.
        return keras.distribution.DataParallel(devices=[d.id.lower() for d in chosen],
                                               auto_shard_dataset=processes() == 1).scope()
    raise DeviceError(QT_TRANSLATE_NOOP("Engine", "the {backend} backend trains on its default device only"),
                      backend=backend)


@functools.cache
def _tf_strategy(names: tuple[str, ...]):
    """One strategy per device set for the whole process.

    A fresh MirroredStrategy after a run cancelled mid-epoch restarts the collective-op keys that the
    cancelled run left in flight, and its first all-reduce fails with a shape mismatch.
    """
    import tensorflow as tf

    if len(names) == 1:
        return tf.distribute.OneDeviceStrategy(names[0])
    return tf.distribute.MirroredStrategy(list(names))


def replicas() -> int:
    """How many devices the model being built or fitted now is replicated over (1 outside a scope)."""
    import keras

    if _backend() == "tensorflow":
        import tensorflow as tf

        return tf.distribute.get_strategy().num_replicas_in_sync
    distribution = keras.distribution.distribution()
    return len(distribution.device_mesh.devices.flatten()) if distribution is not None else 1


def shardable(x, batch_size: int):
    """``x`` trimmed so that every batch splits evenly over the replicas, where the backend needs it.

    JAX's DataParallel shards each batch in equal parts (TensorFlow's strategy copes with a ragged last
    batch): at most replicas - 1 digits are left out, and a batch size the replicas do not divide is refused.
    """
    count = replicas()
    if count == 1 or _backend() != "jax":
        return x
    if batch_size % count:
        raise DeviceError(QT_TRANSLATE_NOOP("Engine", "a batch of {size} cannot be split over {count} devices; "
                                                      "choose a multiple of {count}"), size=batch_size, count=count)
    return x[: len(x) - len(x) % count]


def processes() -> int:
    """How many processes train together: those of a JAX job across machines (``prepare``), else one."""
    if _backend() != "jax":
        return 1
    import jax

    return jax.process_count()


def is_main() -> bool:
    """Whether this process reports and writes files: always with one process, process 0 of a job."""
    if processes() == 1:
        return True
    import jax

    return jax.process_index() == 0


def local_share(x, batch_size: int):
    """What this process feeds ``fit``, and in batches of what size: all of ``x`` with one process; with
    several, every n-th digit from its own index on, in batches of ``batch_size / n``. Every process shuffles
    its share with the same seeded permutation, so their steps line up and together make the global batch."""
    count = processes()
    if count == 1:
        return x, batch_size
    import jax

    return x[jax.process_index()::count], batch_size // count


@contextlib.contextmanager
def local():
    """Outside the distribution while several processes train (each on its own copy of the replicated
    weights: NumPy cannot read arrays spread over other processes' devices); no change with one process."""
    if processes() == 1:
        yield
        return
    import keras

    current = keras.distribution.distribution()
    keras.distribution.set_distribution(None)
    try:
        yield
    finally:
        keras.distribution.set_distribution(current)


def wait_for_all(name: str) -> None:
    """With several processes, wait until every one has come here (process 0 has written the model)."""
    if processes() > 1:
        from jax.experimental import multihost_utils

        multihost_utils.sync_global_devices(name)


def main() -> int:
    """Print the devices and the ones a run would use by default."""
    found = available()
    for device in found:
        print(device.label)
    print("training would use:", ", ".join(d.id for d in choose(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
