"""Benchmark of data-parallel training: digits/s on 1 and 2 logical CPU devices (TensorFlow's
MirroredStrategy) and, when JAX sees a GPU, on the GPU with the JAX backend; conv and vanilla, batch 128
and 1024.

Run: ``.venv/bin/python bench/bench_devices.py``. Each configuration runs in its own process, since
devices are set up before the backend starts. Throughput is the second epoch's (the first one traces):
training digits over the epoch's seconds, validation pass included. Logical CPU devices share the same
cores, so on a small machine two of them are not expected to be faster than one; they show the cost of
the strategy. The machine's load is printed with the numbers: other jobs on the same cores make every
figure noisy.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODELS = ("conv", "vanilla")
BATCHES = (128, 1024)
TRAIN_DIGITS = 6000  # a fifth (1,200) of them is held out for validation


def child(count: int) -> None:
    """Runs in the measuring process: trains every model and batch size on ``count`` devices, prints JSON."""
    from ae_models import devices

    devices.prepare(count)
    import numpy as np

    from ae_models import zoo
    from ae_models.data import Dataset
    from ae_models.training import train

    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (TRAIN_DIGITS + 1000, 28, 28), dtype=np.uint8)
    labels = np.tile(np.arange(10, dtype=np.uint8), len(images) // 10)
    data = Dataset("random", images[:TRAIN_DIGITS], labels[:TRAIN_DIGITS], images[TRAIN_DIGITS:],
                   labels[TRAIN_DIGITS:], source=None)
    rows = []
    for name in MODELS:
        for batch in BATCHES:
            spec = zoo.REGISTRY[name].customized(epochs=2, batch_size=batch, warmup_epochs=0, patience=None)
            result = train(spec, data, devices=count if count > 1 else "auto")
            trained = TRAIN_DIGITS - min(spec.train.validation_size, TRAIN_DIGITS // 5)
            rows.append({"model": name, "batch": batch, "devices": ", ".join(d.id for d in result.devices),
                         "digits_per_s": trained / result.history[-1]["seconds"]})
    print(json.dumps(rows))


def measure(count: int, backend: str) -> list[dict]:
    env = {**os.environ, "KERAS_BACKEND": backend, "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, __file__, "--child", str(count)], env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        print(f"{backend} on {count} device(s) failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return []
    return [{**row, "backend": backend} for row in json.loads(done.stdout.strip().splitlines()[-1])]


def jax_has_gpu() -> bool:
    if importlib.util.find_spec("jax") is None:
        return False
    probe = "import jax, sys; sys.exit(0 if any(d.platform == 'gpu' for d in jax.devices()) else 1)"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, check=False).returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return 0
    print(f"{os.cpu_count()} CPU cores, load average {os.getloadavg()[0]:.1f} at the start")
    rows = measure(1, "tensorflow") + measure(2, "tensorflow")
    if jax_has_gpu():
        rows += measure(1, "jax")  # "auto": every GPU JAX sees
    else:
        print("no GPU visible to JAX: the GPU measurement is skipped")
    print(f"{'backend':<11}{'model':<9}{'batch':>6}  {'digits/s':>9}  devices")
    for row in rows:
        print(f"{row['backend']:<11}{row['model']:<9}{row['batch']:>6}  {row['digits_per_s']:>9,.0f}  {row['devices']}")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
