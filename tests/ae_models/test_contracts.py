"""The house rules as tests: no Qt in the engine, read-only registries, small modules, working contracts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ae_models import data, zoo

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 350

# Imports every module of ae_models (found by walking the package, not listed by hand) in a fresh
# interpreter and prints the GUI libraries that came with them.
IMPORT_ALL = """
import importlib, pkgutil, sys
import ae_models
names = [m.name for m in pkgutil.walk_packages(ae_models.__path__, "ae_models.")]
for name in names:
    importlib.import_module(name)
print(len(names))
print(sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "shiboken6", "gui"}))
"""


def test_every_engine_module_imports_without_qt():
    """Keras 3 itself imports matplotlib.pyplot (keras.src.visualization), so matplotlib is kept out of
    the engine's own imports by the import-linter contract instead, which sees only ours."""
    out = subprocess.run([sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    count, found = out.stdout.strip().splitlines()[-2:]
    assert int(count) >= 20  # the walk found the package's modules, cli included
    assert found == "[]"


def test_registries_are_read_only():
    for registry in (zoo.REGISTRY, zoo.RECIPES, data.REGISTRY):
        with pytest.raises(TypeError):
            registry["extra"] = next(iter(registry.values()))  # type: ignore[index]


def test_modules_stay_small():
    long = {str(p.relative_to(ROOT)): n for p in sorted((ROOT / "ae_models").rglob("*.py"))
            + sorted((ROOT / "gui").rglob("*.py")) if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert long == {}


def test_a_qt_import_in_the_engine_breaks_the_import_contract(tmp_path):
    """The import-linter contract in pyproject.toml really fails when an engine module imports Qt."""
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    for part in ("ae_models", "gui", "pyproject.toml"):
        copy = shutil.copytree if (ROOT / part).is_dir() else shutil.copy
        copy(ROOT / part, tmp_path / part)
    kept = subprocess.run([str(lint)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert kept.returncode == 0, kept.stdout
    with open(tmp_path / "ae_models" / "metrics.py", "a") as module:
        module.write("\nimport PySide6.QtCore  # the mistake the contract must catch\n")
    broken = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert broken.returncode != 0
    assert "ae_models.metrics -> PySide6" in broken.stdout
