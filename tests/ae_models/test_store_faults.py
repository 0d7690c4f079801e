"""Faults made by the test itself against model files: a disk that fills between the two renames of a
pair, a zip bomb, a corrupt compressed member, a config nested 100,000 deep, an unreadable file, a
killed save's temporaries, wrong-typed sidecar fields and two saves racing for one automatic name."""

import errno
import json
import os
import time
import zipfile

import pytest

from ae_models import architectures, store, zoo
from ae_models.library import ModelLibrary


@pytest.fixture(scope="module")
def model():
    return architectures.build(zoo.REGISTRY["vanilla"]).autoencoder


@pytest.fixture(scope="module")
def good_file(model, tmp_path_factory):
    path = tmp_path_factory.mktemp("good") / "vanilla.keras"
    store.save(model, path, {"variant": "vanilla"})
    return path


def replace_failing_on(monkeypatch, call: int):
    """``os.replace`` that raises ENOSPC on its ``call``-th use (1 = the sidecar, 2 = the model)."""
    real, calls = os.replace, []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == call:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("call", [1, 2])
def test_disk_full_during_a_save_leaves_no_file(model, tmp_path, monkeypatch, call):
    replace_failing_on(monkeypatch, call)
    with pytest.raises(OSError, match="No space left"):
        store.save(model, tmp_path / "m.keras", {"variant": "vanilla"})
    assert list(tmp_path.iterdir()) == []  # no orphan model, no orphan sidecar, no temporary


def test_a_save_cut_off_after_the_sidecar_leaves_the_old_model_marked_incomplete(model, tmp_path, monkeypatch):
    library = ModelLibrary(tmp_path)
    store.save(model, tmp_path / "m.keras", {"variant": "vanilla"})
    before = (tmp_path / "m.keras").read_bytes()
    model.get_layer("decoder").layers[-1].bias.assign(model.get_layer("decoder").layers[-1].bias + 1)
    replace_failing_on(monkeypatch, 2)
    with pytest.raises(OSError):
        store.save(model, tmp_path / "m.keras", {"variant": "vanilla"})
    assert (tmp_path / "m.keras").read_bytes() == before  # the old model is not lost
    [entry] = library.entries()
    assert str(entry.problem) == "its metadata file describes another version of it"
    kept = library.keep_without_metadata(entry)
    assert kept.problem is None and sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "m.keras"]


def test_a_model_without_sidecar_is_listed_as_incomplete_and_can_be_deleted(good_file, tmp_path):
    (tmp_path / "orphan.keras").write_bytes(good_file.read_bytes())
    library = ModelLibrary(tmp_path)
    [entry] = library.entries()
    assert str(entry.problem) == "it has no metadata file"
    library.delete(entry)
    assert list(tmp_path.iterdir()) == []


def test_a_wrong_typed_sidecar_field_marks_only_that_model(good_file, tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.keras").write_bytes(good_file.read_bytes())
        (tmp_path / f"{name}.json").write_text(store.sidecar_path(good_file).read_text())
    meta = json.loads((tmp_path / "b.json").read_text())
    (tmp_path / "b.json").write_text(json.dumps({**meta, "saved": 5}))
    entries = {e.name: e for e in ModelLibrary(tmp_path).entries()}
    assert entries["a"].problem is None
    assert "'saved' holds 5" in str(entries["b"].problem)
    _, sidecar = store.load(tmp_path / "b.keras")
    assert "saved" not in sidecar and sidecar["variant"] == "vanilla"  # loading keeps the good fields


def test_two_saves_never_get_the_same_automatic_name(tmp_path):
    library = ModelLibrary(tmp_path)
    first = library.claim("vanilla-20260101-120000")
    second = library.claim("vanilla-20260101-120000")  # another process claiming in the same second
    assert first.name == "vanilla-20260101-120000.keras" and second.name == "vanilla-20260101-120000-2.keras"
    assert store.claim_path(first).read_text() == str(os.getpid())


def patch_uncompressed_size(path, size: int) -> None:
    """Make every central-directory entry of a zip declare ``size`` uncompressed bytes."""
    raw = bytearray(path.read_bytes())
    at = raw.find(b"PK\x01\x02")
    while at != -1:
        raw[at + 24 : at + 28] = size.to_bytes(4, "little")
        at = raw.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(raw))


def test_a_zip_bomb_is_refused_before_inflating(good_file, tmp_path):
    bomb = tmp_path / "bomb.keras"
    bomb.write_bytes(good_file.read_bytes())
    patch_uncompressed_size(bomb, 0xFFFF_FFF0)
    with pytest.raises(store.ModelFileError, match=r"bomb\.keras is refused: it would inflate to [\d,]+ MB"):
        store.load(bomb)


def rewrite(good_file, target, replace: dict, compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(good_file) as src, zipfile.ZipFile(target, "w", compression) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, replace.get(item.filename, src.read(item)))


def test_a_corrupt_compressed_member_is_called_damaged(good_file, tmp_path):
    bad = tmp_path / "corrupt.keras"
    rewrite(good_file, bad, {}, zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(bad) as archive:
        info = archive.getinfo("config.json")
    raw = bytearray(bad.read_bytes())
    body = info.header_offset + 30 + len(info.filename) + len(info.extra)
    raw[body + 20 : body + 60] = b"\xff" * 40
    bad.write_bytes(bytes(raw))
    with pytest.raises(store.ModelFileError, match=r"corrupt\.keras is damaged"):
        store.load(bad)


def test_a_config_nested_100000_deep_is_called_damaged(good_file, tmp_path):
    bad = tmp_path / "deep.keras"
    rewrite(good_file, bad, {"config.json": '{"a":' * 100_000 + "1" + "}" * 100_000})
    with pytest.raises(store.ModelFileError, match=r"deep\.keras is damaged"):
        store.load(bad)


def test_an_unreadable_file_says_permission_denied(good_file, tmp_path, monkeypatch):
    locked = tmp_path / "locked.keras"
    locked.write_bytes(good_file.read_bytes())
    real_open = type(locked).open

    def open_(self, *args, **kwargs):  # chmod 000 does not stop root, so the refusal is simulated
        if self == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(type(locked), "open", open_)
    with pytest.raises(store.ModelFileError, match=r"^locked\.keras cannot be read \(permission denied\)\.$"):
        store.load(locked)


def test_stale_temporaries_of_dead_saves_are_removed_and_nothing_else(tmp_path):
    old = time.time() - 2 * 86400
    dead = tmp_path / ".m.99999999-0123abcd.tmp.keras"  # pid above any pid_max: that process is gone
    mine = tmp_path / f".m.{os.getpid()}-0123abcd.tmp.keras"  # this (running) process may still write it
    fresh = tmp_path / ".n.99999999-0123abcd.tmp.json"
    claim = tmp_path / ".m.claim"
    foreign = tmp_path / ".not-ours.keras"
    for path in (dead, mine, fresh, claim, foreign):
        path.write_text("99999999")
        if path is not fresh:
            os.utime(path, (old, old))
    removed = store.remove_stale_temporaries(tmp_path)
    assert sorted(removed) == sorted([dead, claim])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (mine, fresh, foreign))


def test_one_damaged_shipped_model_leaves_the_others_working(good_file, tmp_path):
    from ae_models.inference import InferenceEngine

    bad = tmp_path / "deep.keras"
    rewrite(good_file, bad, {"config.json": '{"a":' * 100_000 + "1" + "}" * 100_000})
    engine = InferenceEngine()
    errors = engine.load_many({"vanilla": good_file, "deep": bad})
    assert engine.names == ["vanilla"] and list(errors) == ["deep"] and "deep.keras is damaged" in errors["deep"]
