"""The pre-training command on tiny data: both stages of a refined variant, shipping only what passes."""

import dataclasses

from ae_models import shipped, store, zoo
from ae_models.cli import pretrain


def test_refined_variant_trains_both_stages_and_ships_only_when_it_passes(tiny_dataset, tmp_path, monkeypatch):
    quick = zoo.TrainConfig(epochs=2, batch_size=32, validation_size=80)
    spec = dataclasses.replace(zoo.REGISTRY["conv"], train=quick, target_bce=1.0,
                               refine=dataclasses.replace(quick, epochs=1, learning_rate=1e-4))
    monkeypatch.setitem(zoo.REGISTRY, "conv", spec)
    monkeypatch.setattr(pretrain, "ROOT", tmp_path)
    out, manifest = tmp_path / "models", tmp_path / "models" / "manifest.json"
    assert pretrain.pretrain_one("conv", tiny_dataset, tmp_path / "work", False, out, manifest, {})
    entry = shipped.read_manifest(manifest)["variants"]["conv"]
    assert [s["epochs_done"] for s in entry["stages"]] == [2, 1] and entry["epochs_total"] == 3
    assert store.file_sha256(out / "conv.keras") == entry["sha256"]
    assert "| conv |" in (tmp_path / "docs" / "MODELS.md").read_text()

    monkeypatch.setitem(zoo.REGISTRY, "conv", dataclasses.replace(spec, target_bce=1e-6, refine=None))
    assert not pretrain.pretrain_one("conv", tiny_dataset, tmp_path / "work2", False, out, manifest, {})
    assert shipped.read_manifest(manifest)["variants"]["conv"]["sha256"] == entry["sha256"]  # untouched
