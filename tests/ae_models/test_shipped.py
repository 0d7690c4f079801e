"""The shipped manifest is read and checked in one place: hashes, a damaged manifest, confined file entries."""


import pytest

from ae_models import shipped, store, zoo
from ae_models.resources import MODELS_DIR


def fake_models(folder, names=("vanilla", "deep")):
    """Model-shaped files with sidecars (as store.save writes them) and a manifest listing them."""
    folder.mkdir(exist_ok=True)
    variants = {}
    for name in names:
        path = folder / f"{name}.keras"
        path.write_bytes(f"weights of {name}".encode())
        entry = {"file": path.name, "sha256": store.file_sha256(path), "variant": name}
        store.write_json(store.sidecar_path(path), {**entry, "history": [{"epoch": 1}]})
        variants[name] = entry
    store.write_json(folder / shipped.MANIFEST_NAME, {"variants": variants})
    return folder


def test_the_real_shipped_folder_checks_clean():
    found = shipped.check(MODELS_DIR)
    assert found.problem is None
    assert sorted(found.paths) == sorted(zoo.REGISTRY), found.unavailable
    assert found.unavailable == {}


def test_a_hash_mismatch_makes_only_that_model_unavailable(tmp_path):
    folder = fake_models(tmp_path / "models")
    (folder / "deep.keras").write_bytes(b"replaced")
    found = shipped.check(folder)
    assert list(found.paths) == ["vanilla"]
    deep, conv = str(found.unavailable["deep"]), str(found.unavailable["conv"])
    assert "deep.keras" in deep and "SHA-256" in deep
    assert "make pretrain" in conv  # not listed at all: nothing ships for it


@pytest.mark.parametrize("text", [None, "{not json", "[1, 2]", '{"variants": [1]}', '{"variants": {"deep": 3}}'],
                         ids=["missing", "garbage", "a list", "variants a list", "entry not an object"])
def test_a_damaged_manifest_is_named_and_intact_models_still_load(tmp_path, text):
    folder = fake_models(tmp_path / "models")
    manifest = folder / shipped.MANIFEST_NAME
    manifest.unlink()
    if text is not None:
        manifest.write_text(text)
    found = shipped.check(folder)
    problem = str(found.problem)
    assert str(manifest) in problem and ("damaged" in problem or "missing" in problem)
    assert sorted(found.paths) == ["deep", "vanilla"]
    assert "history" not in found.entries["vanilla"] and found.entries["vanilla"]["variant"] == "vanilla"
    conv = str(found.unavailable["conv"])
    assert str(manifest) in conv and "make pretrain" not in conv
    with pytest.raises(shipped.ManifestError, match="manifest"):
        shipped.read_manifest(manifest)


@pytest.mark.parametrize("file", ["../outside.keras", "/etc/passwd", "sub/../../outside.keras"])
def test_manifest_file_entries_are_confined_to_the_models_folder(tmp_path, file):
    folder = fake_models(tmp_path / "models", names=("vanilla",))
    outside = tmp_path / "outside.keras"
    outside.write_bytes(b"weights of vanilla")
    entry = {"file": file, "sha256": store.file_sha256(outside)}
    store.write_json(folder / shipped.MANIFEST_NAME, {"variants": {"vanilla": entry}})
    found = shipped.check(folder)
    assert found.paths == {} and "refused" in str(found.unavailable["vanilla"])
