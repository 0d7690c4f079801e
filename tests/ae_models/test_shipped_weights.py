"""Every model listed in the shipped manifest is intact, loads, and meets its targets on real MNIST: test BCE,
and where its spec sets them the share of exactly-zero code values, the digit classes' spread ratio on a 2-D
map and, for the denoiser, its error under each of the app's noise kinds against the vanilla model's."""

import pytest

from ae_models import data, store, zoo
from ae_models.cli.pretrain import reference_errors, shortfalls
from ae_models.evaluation import measure_test_set
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
    spec = zoo.REGISTRY[name]
    measured = measure_test_set(model, spec, mnist)
    for key in ("test_bce", "code_zero_share", "code_spread_ratio", "test_bce_masking"):
        if key in entry["test"]:
            assert measured[key] == pytest.approx(entry["test"][key], rel=2e-3, abs=2e-4), key
    reference = reference_errors(name, mnist, MODELS_DIR)
    assert (reference is None) == (spec.target_noise_ratio is None)
    assert shortfalls(name, measured, reference) == []
