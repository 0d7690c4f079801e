"""Every model listed in the shipped manifest is intact, loads, and meets its target on real MNIST."""

import pytest

from ae_models import data, store, zoo
from ae_models.evaluation import evaluate
from ae_models.cli.pretrain import shortfalls
from ae_models.resources import MANIFEST, MODELS_DIR
from ae_models.shipped import read_manifest

MANIFEST_DATA = read_manifest(MANIFEST)
LISTED = list(MANIFEST_DATA["variants"])


@pytest.fixture(scope="module")
def mnist():
    return data.load("mnist")  # the bundled copy: needs nothing set up


def test_manifest_lists_only_zoo_variants():
    assert LISTED, "no shipped model is listed in resources/models/manifest.json"
    assert set(LISTED) <= set(zoo.REGISTRY)


@pytest.mark.parametrize("name", LISTED)
def test_shipped_model_meets_its_target(name, mnist):
    entry = MANIFEST_DATA["variants"][name]
    path = MODELS_DIR / entry["file"]
    assert store.file_sha256(path) == entry["sha256"], f"{path.name} differs from the manifest"
    model, sidecar = store.load(path)
    assert sidecar["sha256"] == entry["sha256"] and sidecar["variant"] == name
    measured = evaluate(model, zoo.REGISTRY[name], mnist)
    assert measured["test_bce"] == pytest.approx(entry["test"]["test_bce"], abs=2e-4)
    assert shortfalls(name, measured, MANIFEST_DATA) == []
