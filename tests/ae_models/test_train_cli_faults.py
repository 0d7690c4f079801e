"""The command line refuses bad values and output paths before the first epoch (exit 2, one line), keeps
a finished model when its final save fails, and says how to start over from a damaged checkpoint."""

import errno
import json
import logging

import pytest

from ae_models import data, store
from ae_models.cli import train

FAST = ["--variant", "vanilla", "--epochs", "1", "--batch-size", "64", "--patience", "1", "--code-size", "4"]


@pytest.fixture
def no_training(monkeypatch):
    """Any attempt to load the dataset (the step before the first epoch) fails the test."""
    monkeypatch.setattr(data, "load", lambda *a, **k: pytest.fail("training started before the check"))


@pytest.fixture
def tiny_data(monkeypatch, tiny_dataset):
    monkeypatch.setattr(data, "load", lambda *a, **k: tiny_dataset)


def errors(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def refused(caplog, argv, text: str) -> None:
    caplog.clear()
    assert train.main(argv) == 2
    [line] = errors(caplog)
    assert text in line and "\n" not in line


@pytest.mark.parametrize("name, text", [
    ("model", "a model file name must end in .keras"),
    ("folder", "is a folder; give a file name"),
    ("x" * 300 + ".keras", "the file name is 306 bytes long"),
])
def test_bad_output_paths_are_refused_before_training(tmp_path, caplog, no_training, name, text):
    (tmp_path / "folder").mkdir()
    refused(caplog, [*FAST, "--out", str(tmp_path / name)], text)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]  # nothing written, nothing left


def test_an_unwritable_output_folder_is_refused_before_training(tmp_path, caplog, no_training, monkeypatch):
    real = type(tmp_path).write_bytes

    def write_bytes(self, content):  # a read-only folder (root ignores chmod, so it is simulated)
        if self.parent == tmp_path:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(self, content)

    monkeypatch.setattr(type(tmp_path), "write_bytes", write_bytes)
    refused(caplog, [*FAST, "--out", str(tmp_path / "m.keras")], "cannot be written: Permission denied")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("flags, text", [
    (["--code-size", "0"], "--code-size must be from 1 to 784"),
    (["--hidden", "0"], "--hidden must be each from 1 to 4096"),
    (["--code-activation", "wobbly"], "--code-activation must be one of relu"),
    (["--seed", "-1"], "--seed must be a whole number from 0"),
    (["--subset", "0"], "--subset must be at least 100 digits"),
])
def test_bad_values_are_refused_with_one_line(tmp_path, caplog, no_training, flags, text):
    refused(caplog, [*FAST, *flags, "--out", str(tmp_path / "m.keras")], text)
    assert list(tmp_path.iterdir()) == []


def test_warmup_has_a_flag(tmp_path, caplog, no_training):
    argv = ["--variant", "deep", "--epochs", "5", "--out", str(tmp_path / "m.keras")]
    refused(caplog, argv, "--warmup-epochs must be from 0 to fewer than the epochs")
    args = train.parse([*argv, "--warmup-epochs", "2"])
    assert train.settings_problem(train.build_spec(args), args) is None


def test_a_long_but_legal_name_is_saved(tmp_path, tiny_data):
    out = tmp_path / ("x" * 240 + ".keras")  # its temporary used to be too long a name for the disk
    assert train.main([*FAST, "--out", str(out)]) == 0
    assert store.load(out)[1]["epochs_done"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, out.with_suffix(".json").name])


def test_a_failed_final_save_keeps_the_model_in_a_fallback(tmp_path, caplog, tiny_data, monkeypatch):
    out, runs = tmp_path / "out" / "m.keras", tmp_path / "runs"
    real = store.save

    def save(model, path, meta):  # the disk fills up during training
        if path == out:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(model, path, meta)

    monkeypatch.setattr(store, "save", save)
    assert train.main([*FAST, "--out", str(out), "--checkpoint", str(runs)]) == 1
    [line] = errors(caplog)
    [fallback] = runs.glob("m-unsaved-*.keras")
    assert f"could not write {out} (No space left on device); the trained model is saved at {fallback}" in line
    assert store.load(fallback)[1]["epochs_done"] == 1 and list(out.parent.iterdir()) == []


@pytest.mark.parametrize("damaged", ["state.json", "best.weights.h5"])
def test_resuming_a_damaged_checkpoint_says_how_to_start_over(tmp_path, caplog, tiny_data, damaged):
    runs, out = tmp_path / "runs", tmp_path / "m.keras"
    assert train.main([*FAST, "--out", str(out), "--checkpoint", str(runs)]) == 0
    (runs / damaged).write_bytes(b"\x00garbage")
    resume = [*FAST, "--epochs", "2", "--out", str(out), "--checkpoint", str(runs), "--resume"]
    refused(caplog, resume, f"is damaged: {damaged} cannot be read")
    assert "Rerun without --resume to start over" in errors(caplog)[0]
    assert store.load(out)[1]["epochs_done"] == 1  # the earlier model is untouched
    assert train.main(resume[:-1]) == 0 and json.loads((runs / "state.json").read_text())["history"]
