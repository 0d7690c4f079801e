"""Saving and loading trained autoencoders: a ``.keras`` file plus a JSON sidecar, written atomically.

Loading checks that the file is intact and really is one of our autoencoders (28x28 or 784 values in
and out, sub-models ``encoder`` and ``decoder``); anything else raises ModelFileError with the reason.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import uuid
import zipfile
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ae_models.zoo import PIXELS

SIDECAR_SUFFIX = ".json"
ACCEPTED_SHAPES = ((PIXELS,), (28, 28, 1), (28, 28))


class ModelFileError(RuntimeError):
    """A model file is missing, damaged or not an autoencoder; the message says which and why."""


def sidecar_path(model_path: str | os.PathLike) -> Path:
    return Path(model_path).with_suffix(SIDECAR_SUFFIX)


def file_sha256(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def atomic_path(target: str | os.PathLike, suffix: str):
    """Yield a temporary path beside ``target``; on success it replaces ``target`` in one step."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:12]}{suffix}")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_json(path: str | os.PathLike, data: dict[str, Any]) -> None:
    """Write JSON atomically."""
    with atomic_path(path, ".json.tmp") as tmp:
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True, default=_jsonable) + "\n")


def _jsonable(value: Any) -> Any:
    if isinstance(value, (np.floating, np.integer)):
        return value.item()
    if isinstance(value, (tuple, set)):
        return list(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot store {type(value).__name__} in a sidecar")


def versions() -> dict[str, str]:
    import keras

    return {"keras": keras.__version__, "backend": keras.backend.backend(),
            "numpy": np.__version__, "python": platform.python_version()}


def save(model, path: str | os.PathLike, meta: dict[str, Any]) -> dict[str, Any]:
    """Save ``model`` to ``path`` (.keras) and its sidecar, both atomically; returns the sidecar."""
    path = Path(path)
    if path.suffix != ".keras":
        raise ValueError(f"model files end in .keras, not {path.name}")
    with atomic_path(path, ".keras") as tmp:
        model.save(tmp)
        digest = file_sha256(tmp)
    sidecar = {**meta, "file": path.name, "sha256": digest, "versions": versions(),
               "saved": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    write_json(sidecar_path(path), sidecar)
    return sidecar


def read_sidecar(path: str | os.PathLike) -> dict[str, Any]:
    """The sidecar of a model file, or an empty dict when there is none or it is unreadable."""
    try:
        data = json.loads(sidecar_path(path).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load(path: str | os.PathLike, compile: bool = False):
    """Load and check an autoencoder file; returns ``(model, sidecar)``. Raises ModelFileError."""
    path = Path(path)
    model = load_keras(path, compile=compile)
    check_autoencoder(model, path.name)
    return model, read_sidecar(path)


def load_keras(path: Path, compile: bool = False):
    """``keras.saving.load_model`` with safe mode, turning every kind of damage into ModelFileError."""
    import keras

    import ae_models.architectures  # noqa: F401  (registers the custom layers)

    if not path.is_file():
        raise ModelFileError(f"{path} does not exist.")
    if not zipfile.is_zipfile(path):
        raise ModelFileError(f"{path.name} is damaged: it is not a Keras model archive.")
    try:
        return keras.saving.load_model(path, compile=compile, safe_mode=True)
    except (ValueError, KeyError, OSError, TypeError, AttributeError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelFileError(f"{path.name} is damaged or not a model this app can read ({exc}).") from exc


def check_autoencoder(model, label: str) -> None:
    """Refuse models that are not 784 / 28x28 autoencoders with ``encoder`` and ``decoder`` parts."""
    names = {layer.name for layer in getattr(model, "layers", [])}
    missing = {"encoder", "decoder"} - names
    if missing:
        raise ModelFileError(f"{label} is not an autoencoder of this app: it has no {' or '.join(sorted(missing))} part.")
    for kind, shape in (("input", model.input_shape), ("output", model.output_shape)):
        if isinstance(shape, list) or tuple(shape[1:]) not in ACCEPTED_SHAPES:
            raise ModelFileError(f"{label} has {kind} shape {shape}; an autoencoder here takes 28×28 digits (784 values).")

