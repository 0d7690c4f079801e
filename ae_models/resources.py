"""Where the project's shipped files live: the one place that resolves them.

In a source checkout (a clone, or an editable install imported from it) they are the repository's
``resources/`` folder next to this package. In an installed wheel, sdist or pipx environment the same
folder is the package ``ae_models._bundled`` (mapped in pyproject.toml) and is found through
``importlib.resources``. Wheels install unpacked, so the result is always a real folder Keras can read.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import cast

PACKAGE = "ae_models._bundled"
ROOT = Path(__file__).resolve().parent.parent


def installed_root() -> Path:
    """The shipped files as the installed package carries them (``importlib.resources``)."""
    models = cast("os.PathLike[str]", files(PACKAGE) / "models")  # unpacked: a real folder (os.fspath checks)
    return Path(os.fspath(models)).parent


def checkout_root() -> Path | None:
    """The repository's ``resources/`` when this package is imported from a source checkout."""
    folder = ROOT / "resources"
    return folder if (ROOT / "pyproject.toml").is_file() and (folder / "models").is_dir() else None


# An editable install's finder maps the package to the checkout it was installed from; the checkout the
# code is actually imported from comes first, so a second worktree reads its own files.
RESOURCES = checkout_root() or installed_root()
MODELS_DIR = RESOURCES / "models"
MANIFEST = MODELS_DIR / "manifest.json"
MNIST_DIR = RESOURCES / "datasets" / "mnist"
LESSONS_DIR = RESOURCES / "lessons"
TRANSLATIONS_DIR = RESOURCES / "translations"
