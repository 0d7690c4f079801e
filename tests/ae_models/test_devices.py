"""Devices: the choice against faked device lists, and data-parallel training in fresh processes.

Device set-up must happen before TensorFlow (or JAX) starts, so the training checks run in subprocesses:
``replicas_run.py`` (two logical CPU devices), the command line with ``--devices 2``, and the command line
under ``KERAS_BACKEND=jax`` (``keras.distribution.DataParallel`` over two host devices, in one process
and in a job of two processes).
"""

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from ae_models import devices, store
from ae_models.devices import Device

ROOT = Path(__file__).resolve().parents[2]
CPU = Device("CPU", 0, "AMD EPYC", 64 * 2**30)
GPU0, GPU1 = Device("GPU", 0, "NVIDIA RTX A4000", 16 * 2**30), Device("GPU", 1, "NVIDIA RTX A4000", 16 * 2**30)
needs_jax = pytest.mark.skipif(importlib.util.find_spec("jax") is None,
                               reason="JAX is not installed (pip install -e '.[jax]' to run this test)")


def test_auto_takes_all_gpus_the_one_gpu_or_the_cpu():
    assert devices.choose([CPU, GPU0, GPU1]) == (GPU0, GPU1)
    assert devices.choose([CPU, GPU0]) == (GPU0,)
    assert devices.choose([CPU]) == (CPU,)
    assert devices.choose([CPU, Device("CPU", 1, "AMD EPYC")]) == (CPU,)  # a split CPU is still one CPU


def test_a_number_or_a_list_overrides_the_choice():
    assert devices.choose([CPU, GPU0, GPU1], 1) == (GPU0,)
    assert devices.choose([CPU, GPU0, GPU1], ["cpu:0"]) == (CPU,)
    assert devices.choose([CPU, GPU0, GPU1], devices.parse_option("GPU:1")) == (GPU1,)
    split = [CPU, Device("CPU", 1, "AMD EPYC")]
    assert devices.choose(split, devices.parse_option("2")) == tuple(split)


@pytest.mark.parametrize("option, message", [
    (3, "cannot train on 3 devices: this machine has 2 (GPU:0, GPU:1)"), (0, "cannot train on 0"),
    (("GPU:2",), "devices GPU:2: choose from CPU:0, GPU:0, GPU:1"), (("GPU:0", "gpu:0"), "none or repeated"),
    ("fast", "unknown device choice 'fast'"),
])
def test_a_choice_that_cannot_be_met_says_what_exists(option, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        devices.choose([CPU, GPU0, GPU1], option)


def test_labels_and_the_sidecar_name_the_devices():
    assert GPU0.label == "GPU:0 NVIDIA RTX A4000 (16.0 GB)"
    assert Device("CPU", 1, "AMD EPYC").label == "CPU:1 AMD EPYC"
    assert GPU1.as_dict() == {"id": "GPU:1", "name": "NVIDIA RTX A4000", "memory": 16 * 2**30}
    assert devices.parse_option(" auto ") == "auto" and devices.parse_option("GPU:0,GPU:1") == ("GPU:0", "GPU:1")


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, *args], check=False, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=900)


@pytest.fixture(scope="module")
def two_device_runs() -> dict:
    done = _run([str(Path(__file__).with_name("replicas_run.py")), "sparse", "vae"])
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", ["sparse", "vae"])
def test_two_replicas_train_checkpoint_cancel_and_resume(two_device_runs, name):
    seen = two_device_runs[name]
    assert seen["one_devices"] == ["CPU:0"] and seen["two_devices"] == ["CPU:0", "CPU:1"]
    assert seen["replicas"] == [2] and seen["resumed_replicas"] == [2]
    assert seen["samples"] == [[10, 784]]  # one reconstruction per sample digit, not one per replica
    assert seen["cancelled"] and seen["epochs_done"] == 1 and seen["last_batch"] == [2, 4]  # stopped at once
    assert seen["resumed_epochs"] == 2 and seen["resumed_kept_epoch_1"]


def test_sparse_on_two_replicas_ends_where_one_device_does(two_device_runs):
    # The same seed and data: the halves' mean gradients equal the whole batch's, and the per-sample L1
    # penalty is averaged the same way, so only float32 summation order differs (about 1e-8 after one
    # epoch). A penalty that scaled with the replicas' batch would move the weights by about 1e-2.
    assert two_device_runs["sparse"]["max_weight_gap"] < 1e-5


def test_vae_on_two_replicas_learns_like_one_device(two_device_runs):
    # Each replica draws its own sampling noise, so the weights differ; the validation loss may not.
    one, two = two_device_runs["vae"]["val_loss"]
    assert abs(two - one) < 0.1 * one  # measured: 4 % apart


def test_command_line_trains_on_two_devices(tmp_path):
    out = tmp_path / "v.keras"
    done = _run(["-m", "ae_models.cli.train", "--variant", "vanilla", "--epochs", "1", "--subset", "600",
                 "--devices", "2", "--out", str(out)])
    assert done.returncode == 0, done.stderr[-3000:]
    announced = [line for line in done.stdout.splitlines() if line.startswith("training on")]
    assert len(announced) == 1 and announced[0].startswith("training on 2 devices: CPU:0 ")
    assert [d["id"] for d in store.read_sidecar(out)["devices"]] == ["CPU:0", "CPU:1"]


@needs_jax
def test_jax_data_parallel_model_opens_with_tensorflow(tmp_path):
    out = tmp_path / "jax.keras"
    # 601 digits: 481 to train on, so the last batch of 81 must be trimmed to split over two devices.
    done = _run(["-m", "ae_models.cli.train", "--variant", "vanilla", "--epochs", "1", "--subset", "601",
                 "--batch-size", "100", "--devices", "2", "--out", str(out)], env={"KERAS_BACKEND": "jax"})
    assert done.returncode == 0, done.stderr[-3000:]
    assert "training on 2 devices: CPU:0 " in done.stdout
    model, meta = store.load(out)  # this process runs the app's backend, TensorFlow
    assert meta["versions"]["backend"] == "jax" and [d["id"] for d in meta["devices"]] == ["CPU:0", "CPU:1"]
    x = np.zeros((1, 784), np.float32)
    assert model.predict_on_batch(x).shape == (1, 784) and meta["epochs_done"] == 1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return probe.getsockname()[1]


@needs_jax
def test_two_processes_train_one_model_that_process_0_writes(tmp_path):
    # The launcher's variables, as on two machines: one host device per process, coordinator on localhost.
    job = {"KERAS_BACKEND": "jax", "KERAS_DISTRIBUTION_JOB_ADDRESSES": f"localhost:{_free_port()}",
           "KERAS_DISTRIBUTION_NUM_PROCESSES": "2", "PYTHONPATH": str(ROOT)}
    launched = [subprocess.Popen(
        [sys.executable, "-m", "ae_models.cli.train", "--variant", "vanilla", "--epochs", "1", "--subset", "601",
         "--batch-size", "100", "--devices", "2", "--out", str(tmp_path / f"p{i}" / "v.keras"),
         "--checkpoint", str(tmp_path / f"p{i}" / "ck")],
        cwd=ROOT, env={**os.environ, **job, "KERAS_DISTRIBUTION_PROCESS_ID": str(i)}, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for i in (0, 1)]
    deadline, outputs = time.monotonic() + 600, []
    try:
        for process in launched:
            outputs.append(process.communicate(timeout=max(1.0, deadline - time.monotonic()))[0])
    except subprocess.TimeoutExpired:
        for process in launched[len(outputs):]:
            process.kill()
        outputs += [process.communicate()[0] for process in launched[len(outputs):]]
        pytest.fail("the two processes did not finish in time:\n" + "\n----\n".join(o[-3000:] for o in outputs))
    assert [p.returncode for p in launched] == [0, 0], "\n----\n".join(o[-3000:] for o in outputs)
    assert "training on 2 devices: CPU:0 " in outputs[0] and "training on" not in outputs[1]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.keras")) == [
        "p0/ck/trainer.keras", "p0/v.keras"]  # process 1 writes neither the model nor a checkpoint
    model, meta = store.load(tmp_path / "p0" / "v.keras")  # opened with the app's backend, TensorFlow
    assert meta["versions"]["backend"] == "jax" and meta["epochs_done"] == 1
    assert len(meta["devices"]) == 2 and [d["process"] for d in meta["devices"]] == [0, 1]
    assert model.predict_on_batch(np.zeros((1, 784), np.float32)).shape == (1, 784)
