"""Test-wide environment: the TensorFlow backend, headless Qt, and throw-away user folders.

Everything a test run writes (pytest's temporary folders, Keras's and matplotlib's config, caches,
settings) goes into one temporary folder, removed when the run ends. Nothing is read from the user's
own set-up: ``AE_STUDIO_DATA`` and ``AE_STUDIO_MODELS`` are cleared, and MNIST comes from the bundled copy.
"""

import atexit
import os
import shutil
import tempfile

import pytest

_home = tempfile.mkdtemp(prefix="ae-studio-tests-")
atexit.register(shutil.rmtree, _home, ignore_errors=True)
for _name in ("AE_STUDIO_DATA", "AE_STUDIO_MODELS"):
    os.environ.pop(_name, None)
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = os.path.join(_home, "home")
os.environ["KERAS_HOME"] = os.path.join(_home, "keras")
os.environ["MPLCONFIGDIR"] = os.path.join(_home, "matplotlib")
os.environ["AE_STUDIO_CACHE"] = os.path.join(_home, "cache")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "xdg-cache")
os.makedirs(os.environ["HOME"])


def pytest_configure(config):
    """Put pytest's own temporary folders inside the throw-away folder too."""
    if config.option.basetemp is None:
        config.option.basetemp = os.path.join(_home, "pytest")


@pytest.fixture
def dataset_info(monkeypatch):
    """Change one dataset's entry for a test, e.g. ``dataset_info("mnist", bundled=None)`` (no bundled copy):
    the registry is read-only, so the whole registry is replaced, and restored afterwards."""
    import dataclasses
    from types import MappingProxyType

    from ae_models import data

    def replace(name: str, **changes) -> None:
        entry = dataclasses.replace(data.REGISTRY[name], **changes)
        monkeypatch.setattr(data, "REGISTRY", MappingProxyType({**data.REGISTRY, name: entry}))

    return replace
