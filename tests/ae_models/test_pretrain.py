"""The pre-training command on tiny data: both stages of a refined variant, shipping only what passes."""

import dataclasses
import json
from types import MappingProxyType

import pytest

from ae_models import shipped, store, zoo
from ae_models.cli import pretrain


def test_refined_variant_trains_both_stages_and_ships_only_when_it_passes(tiny_dataset, tmp_path, monkeypatch):
    quick = zoo.TrainConfig(epochs=2, batch_size=32, validation_size=80)
    spec = dataclasses.replace(zoo.REGISTRY["conv"], train=quick, target_bce=1.0,
                               refine=dataclasses.replace(quick, epochs=1, learning_rate=1e-4))
    monkeypatch.setattr(zoo, "REGISTRY", MappingProxyType({**zoo.REGISTRY, "conv": spec}))  # read-only: replaced
    monkeypatch.setattr(pretrain, "ROOT", tmp_path)
    out, manifest = tmp_path / "models", tmp_path / "models" / "manifest.json"
    assert pretrain.pretrain_one("conv", tiny_dataset, tmp_path / "work", False, out, manifest, {})
    entry = shipped.read_manifest(manifest)["variants"]["conv"]
    assert [s["epochs_done"] for s in entry["stages"]] == [2, 1] and entry["epochs_total"] == 3
    assert store.file_sha256(out / "conv.keras") == entry["sha256"]
    assert "| conv |" in (tmp_path / "docs" / "MODELS.md").read_text()

    assert "Retrained models" not in (tmp_path / "docs" / "MODELS.md").read_text()  # nothing was replaced

    monkeypatch.setattr(zoo, "REGISTRY", MappingProxyType(
        {**zoo.REGISTRY, "conv": dataclasses.replace(spec, target_bce=1e-6, refine=None)}))
    assert not pretrain.pretrain_one("conv", tiny_dataset, tmp_path / "work2", False, out, manifest, {})
    assert shipped.read_manifest(manifest)["variants"]["conv"]["sha256"] == entry["sha256"]  # untouched

    monkeypatch.setattr(zoo, "REGISTRY", MappingProxyType({**zoo.REGISTRY, "conv": dataclasses.replace(spec, refine=None)}))
    assert pretrain.pretrain_one("conv", tiny_dataset, tmp_path / "work3", False, out, manifest, {})
    again = shipped.read_manifest(manifest)["variants"]["conv"]
    assert again["replaced"]["sha256"] == entry["sha256"] and again["sha256"] != entry["sha256"]
    assert again["replaced"]["test"]["test_bce"] == pytest.approx(entry["test"]["test_bce"], abs=1e-6)
    doc = (tmp_path / "docs" / "MODELS.md").read_text()
    assert f"| conv | test BCE | {entry['test']['test_bce']:.4f} | {again['test']['test_bce']:.4f} | ≤ 1.0000 |" in doc


def test_a_denoiser_ships_only_when_it_halves_the_vanilla_models_noisy_errors(tiny_dataset, tmp_path, monkeypatch):
    quick = zoo.TrainConfig(epochs=1, batch_size=32, validation_size=80, noise_factor=0.5,
                            noise_kinds=("gaussian", "masking"))
    vanilla = dataclasses.replace(zoo.REGISTRY["vanilla"], train=zoo.TrainConfig(epochs=1, validation_size=80),
                                  target_bce=None)
    denoiser = dataclasses.replace(zoo.REGISTRY["denoising"], train=quick, target_bce=None, target_noise_ratio=1e-3,
                                   refine=None)
    monkeypatch.setattr(zoo, "REGISTRY", MappingProxyType({**zoo.REGISTRY, "vanilla": vanilla, "denoising": denoiser}))
    monkeypatch.setattr(pretrain, "ROOT", tmp_path)
    out, manifest = tmp_path / "models", tmp_path / "models" / "manifest.json"
    assert not pretrain.pretrain_one("denoising", tiny_dataset, tmp_path / "w0", False, out, manifest, {})
    assert pretrain.pretrain_one("vanilla", tiny_dataset, tmp_path / "w1", False, out, manifest, {})
    assert not pretrain.pretrain_one("denoising", tiny_dataset, tmp_path / "w2", False, out, manifest, {})
    kept = json.loads((tmp_path / "w2" / "denoising" / "final.json").read_text())
    assert set(kept["reference_test"]) == {"test_bce_gaussian", "test_bce_salt-and-pepper", "test_bce_masking"}
    assert kept["test"]["test_bce_masking"] > 0 and "denoising" not in shipped.read_manifest(manifest)["variants"]


def test_the_models_doc_keeps_sections_written_by_other_tools(tmp_path):
    doc = tmp_path / "MODELS.md"
    doc.write_text("# Shipped models\n\nold table\n\n## The verdict\n\nits curve\n")
    pretrain.write_models_doc({"variants": {}}, doc)
    text = doc.read_text()
    assert "old table" not in text and text.endswith("\n## The verdict\n\nits curve\n")
    assert text.startswith("# Shipped models") and text.count("## The verdict") == 1
