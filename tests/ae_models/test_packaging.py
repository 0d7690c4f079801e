"""The wheel (and a wheel built from the sdist) carries the models, MNIST and the licence, and the installed
package finds every shipped file through importlib.resources, from any working directory.

Built offline from a clean copy of the tracked files (``--no-build-isolation``, the test extra's setuptools).
"""

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from ae_models import zoo

REPO = Path(__file__).resolve().parents[2]
BUNDLE = "ae_models/_bundled/"
MNIST = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
         "t10k-labels-idx1-ubyte.gz"]


def clean_copy(dest: Path) -> Path:
    """The tracked files only, as a fresh clone has them."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        if (REPO / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, dest / name)
    return dest


def build_wheel(source: Path, out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "--no-index",
                    "--disable-pip-version-check", "-q", "-w", str(out), str(source)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = out.glob("*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    return build_wheel(clean_copy(tmp_path_factory.mktemp("src")), tmp_path_factory.mktemp("dist"))


def test_the_wheel_carries_models_mnist_and_licence_and_no_resources_package(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for variant in zoo.REGISTRY:
        assert {f"{BUNDLE}models/{variant}.keras", f"{BUNDLE}models/{variant}.json"} <= names, variant
    assert {f"{BUNDLE}models/manifest.json", f"{BUNDLE}models/verdict.npz"} <= names
    assert {f"{BUNDLE}datasets/mnist/{f}" for f in [*MNIST, "README"]} <= names
    assert {f"{BUNDLE}lessons/{p.name}" for p in (REPO / "resources" / "lessons").glob("*.json")} <= names
    catalogues = {f"{BUNDLE}translations/{p.name}" for p in (REPO / "resources" / "translations").glob("*.qm")}
    assert len(catalogues) == 6 and catalogues <= names  # ru, zh_CN, zh_TW, ja, fa and English plurals
    assert not [n for n in names if n.split("/")[0] in ("resources", "tests", "bench", "scripts")]
    packages = {str(p.parent.relative_to(REPO)) for d in ("ae_models", "gui") for p in (REPO / d).rglob("__init__.py")}
    assert {f"{p}/__init__.py" for p in packages} <= names, "a package folder is missing from pyproject's list"
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    metadata = zipfile.ZipFile(wheel).read(meta).decode()
    assert "License-Expression: MIT" in metadata
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert any(n.endswith("licenses/resources/datasets/mnist/README") for n in names)
    entry_points = zipfile.ZipFile(wheel).read(meta.replace("METADATA", "entry_points.txt")).decode()
    assert "ae-studio = gui.app:main" in entry_points


def test_the_sdist_builds_the_same_wheel(wheel, tmp_path):
    source = clean_copy(tmp_path / "src")
    subprocess.run([sys.executable, "-c", "from setuptools import build_meta; build_meta.build_sdist('sdist')"],
                   cwd=source, check=True, capture_output=True, timeout=300)
    (sdist,) = (source / "sdist").glob("*.tar.gz")
    with tarfile.open(sdist) as tar:
        # Our own fresh sdist; the "data" filter exists from Python 3.11.4 (Debian 12 ships 3.11.2).
        options = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        tar.extractall(tmp_path / "unpacked", **options)
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    again = build_wheel(unpacked, tmp_path / "dist")
    assert set(zipfile.ZipFile(again).namelist()) == set(zipfile.ZipFile(wheel).namelist())


INSTALLED_CHECK = """
import json, sys
from pathlib import Path
from ae_models import data, resources, shipped, store
site = Path(sys.argv[1]).resolve()
assert resources.checkout_root() is None and resources.RESOURCES == resources.installed_root()
assert resources.RESOURCES.is_relative_to(site), resources.RESOURCES
found = shipped.check(resources.MODELS_DIR)
mnist = data.load("mnist")
for name, path in found.paths.items():
    model, sidecar = store.load(path)
print(json.dumps({"loaded": sorted(found.paths), "unavailable": {n: str(t) for n, t in found.unavailable.items()},
                  "problem": found.problem and str(found.problem),
                  "mnist": str(mnist.source), "test_digits": len(mnist.x_test)}))
"""


def test_the_installed_package_finds_every_shipped_file_through_importlib_resources(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # what pip install puts in site-packages
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = subprocess.run([sys.executable, "-c", INSTALLED_CHECK, str(site)], cwd=elsewhere, capture_output=True,
                         text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(site)})
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["loaded"] == sorted(zoo.REGISTRY) and report["unavailable"] == {} and report["problem"] is None
    assert Path(report["mnist"]).is_relative_to(site.resolve()) and report["test_digits"] == 10_000
