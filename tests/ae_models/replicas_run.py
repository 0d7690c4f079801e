"""Run by test_devices.py in a fresh process (the CPU must be split before TensorFlow starts).

For each model named on the command line: a one-device fit of one epoch, then a two-device fit that
checkpoints epoch 1 and is cancelled in epoch 2, then a two-device resume; prints what it saw as JSON.
"""

import json
import sys
import tempfile
from pathlib import Path

from ae_models import devices

devices.split_host(2)

import numpy as np  # after the split, as everything that may start TensorFlow

from ae_models import zoo
from ae_models.data import Dataset
from ae_models.training import Hooks, train

sys.path.insert(0, str(Path(__file__).parent))
from conftest import blobs


def tiny() -> Dataset:
    (x_train, y_train), (x_test, y_test) = blobs(400, 1), blobs(100, 2)
    y_test[:10] = np.arange(10)
    return Dataset("tiny", x_train, y_train, x_test, y_test, source=None)


def check(name: str, dataset: Dataset, folder: Path) -> dict:
    spec = zoo.REGISTRY[name].customized(epochs=2, batch_size=32, validation_size=80, learning_rate=3e-3,
                                         warmup_epochs=0, schedule="constant", patience=None)
    one = train(spec.customized(epochs=1), dataset, devices=1)
    seen: dict = {"replicas": [], "batches": [], "samples": []}
    hooks = Hooks(on_batch=lambda e, b, n, loss: seen["batches"].append([e, b]),
                  on_epoch=lambda e, logs: seen["replicas"].append(devices.replicas()),
                  on_samples=lambda e, x, y: seen["samples"].append(list(y.shape)),
                  should_stop=lambda: seen["batches"][-1:] == [[2, 3]], batch_interval=0.0)
    two = train(spec, dataset, hooks, checkpoint_dir=folder, devices=2)
    resumed_replicas: list[int] = []
    resumed = train(spec, dataset, Hooks(on_epoch=lambda e, logs: resumed_replicas.append(devices.replicas())),
                    checkpoint_dir=folder, resume=True, devices=2)
    gaps = [float(np.max(np.abs(a - b))) for a, b in zip(one.autoencoder.get_weights(), two.autoencoder.get_weights())]
    return {
        "one_devices": [d.id for d in one.devices], "two_devices": [d["id"] for d in two.sidecar("tiny")["devices"]],
        "replicas": seen["replicas"], "samples": seen["samples"], "last_batch": seen["batches"][-1],
        "cancelled": two.cancelled, "epochs_done": two.epochs_done, "max_weight_gap": max(gaps),
        "val_loss": [one.history[0]["val_loss"], two.history[0]["val_loss"]],
        "resumed_epochs": resumed.epochs_done, "resumed_replicas": resumed_replicas,
        "resumed_kept_epoch_1": resumed.history[0] == two.history[0],
    }


if __name__ == "__main__":
    data = tiny()
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps({name: check(name, data, Path(tmp) / name) for name in sys.argv[1:]}))
