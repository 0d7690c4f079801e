"""Saving and loading trained autoencoders: a ``.keras`` file plus a JSON sidecar, written as a pair.

A pair cannot be renamed in one step, so it is defined this way: both are written to hidden temporaries
first, then the sidecar (which records the model's sha256) is renamed into place, then the model. A model
whose sidecar is missing or names another hash was cut off half-way (``pair_problem`` says so).
Loading checks that the file is readable, that its members cannot inflate past ``MAX_INFLATED`` bytes,
that it is intact and that it really is one of our autoencoders (28x28 or 784 values in and out,
sub-models ``encoder`` and ``decoder``); anything else raises ModelFileError with the file's name.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import platform
import re
import time
import uuid
import zipfile
import zlib
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ae_models.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError
from ae_models.zoo import PIXELS

log = logging.getLogger(__name__)
SIDECAR_SUFFIX = ".json"
ACCEPTED_SHAPES = ((PIXELS,), (28, 28, 1), (28, 28))
MAX_INFLATED = 256 * 1024 * 1024  # far above the largest model here (a few MB), far below a zip bomb
STALE_SECONDS = 24 * 3600
MAX_TEMP_STEM = 120
TEMP_PATTERN = re.compile(r"\.(?P<stem>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp(\..+)?")
CLAIM_PATTERN = re.compile(r"\.(?P<stem>.+)\.claim")  # holds the claiming process's pid
# What a sidecar field must be when present: anything else marks the model as damaged.
SIDECAR_TYPES: dict[str, type | tuple[type, ...]] = {
    "variant": str, "name": str, "title": str, "preset": str, "dataset": str, "family": str, "file": str,
    "sha256": str, "saved": str, "epochs_done": int, "best_epoch": (int, type(None)), "history": list,
    "train": dict, "arch": dict, "test": dict, "versions": dict, "cancelled": bool,
}


class ModelFileError(TranslatableError, RuntimeError):
    """A model file is missing, damaged or not an autoencoder; the message says which and why."""


def sidecar_path(model_path: str | os.PathLike) -> Path:
    return Path(model_path).with_suffix(SIDECAR_SUFFIX)


def file_sha256(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def claim_path(target: Path) -> Path:
    """The hidden file whose exclusive creation reserves the name ``target`` (see ``library``)."""
    return target.with_name(f".{target.stem}.claim")


def temporary_path(target: Path, suffix: str) -> Path:
    """A hidden name beside ``target`` that ``remove_stale_temporaries`` recognises (it carries our pid)."""
    stem = target.stem[:MAX_TEMP_STEM]  # a long but legal name must not make its temporary's too long
    return target.with_name(f".{stem}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp{suffix}")


@contextmanager
def atomic_path(target: str | os.PathLike, suffix: str):
    """Yield a temporary path beside ``target``; on success it replaces ``target`` in one step."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_path(target, suffix)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _json_text(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, sort_keys=True, default=_jsonable) + "\n"


def write_json(path: str | os.PathLike, data: dict[str, Any]) -> None:
    """Write JSON atomically."""
    text = _json_text(data)
    with atomic_path(path, ".json") as tmp:
        tmp.write_text(text)


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
    """Save ``model`` to ``path`` (.keras) and its sidecar as a pair (see the module docstring)."""
    path = Path(path)
    if path.suffix != ".keras":
        raise ValueError(f"model files end in .keras, not {path.name}")
    path.parent.mkdir(parents=True, exist_ok=True)
    model_tmp, sidecar_tmp = temporary_path(path, ".keras"), temporary_path(path, ".json")
    try:
        model.save(model_tmp)
        sidecar = {**meta, "file": path.name, "sha256": file_sha256(model_tmp), "versions": versions(),
                   "saved": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        sidecar_tmp.write_text(_json_text(sidecar))
        had_model = path.exists()
        os.replace(sidecar_tmp, sidecar_path(path))
        try:
            os.replace(model_tmp, path)
        except OSError:
            if not had_model:  # nothing for the sidecar to describe: take it back
                sidecar_path(path).unlink(missing_ok=True)
            raise
    finally:
        model_tmp.unlink(missing_ok=True)
        sidecar_tmp.unlink(missing_ok=True)
    return sidecar


def write_sidecar_of(path: str | os.PathLike, meta: dict[str, Any]) -> dict[str, Any]:
    """(Re)write the sidecar of an existing model file, recording its current sha256."""
    sidecar = {**meta, "file": Path(path).name, "sha256": file_sha256(path)}
    write_json(sidecar_path(path), sidecar)
    return sidecar


def read_sidecar(path: str | os.PathLike) -> dict[str, Any]:
    """The sidecar of a model file, or an empty dict when there is none or it is unreadable."""
    try:
        data = json.loads(sidecar_path(path).read_text())
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def sidecar_problem(meta: dict[str, Any]) -> Text | None:
    """The first field of a sidecar whose value has the wrong type, said in words; None when all fit."""
    for key, kind in SIDECAR_TYPES.items():
        value = meta.get(key)
        if key in meta and (not isinstance(value, kind) or (kind is int and isinstance(value, bool))):
            return Text(QT_TRANSLATE_NOOP("Engine", "its metadata field '{field}' holds {value}, which is not what it "
                                                    "should be"), field=key, value=f"{value!r:.40}")
    numbers = [*(meta.get("test") or {}).values(), *(h.get(k) for h in meta.get("history") or [] if
               isinstance(h, dict) for k in ("loss", "val_loss"))]
    if any(not isinstance(h, dict) for h in meta.get("history") or []) or \
            any(not isinstance(v, (int, float, type(None))) for v in numbers):
        return Text(QT_TRANSLATE_NOOP("Engine", "its metadata holds a history or test figure that is not a number"))
    return None


def clean_sidecar(meta: dict[str, Any], label: str) -> dict[str, Any]:
    """A sidecar without the fields of the wrong type (each dropped with a log line)."""
    bad = [k for k in SIDECAR_TYPES if k in meta and sidecar_problem({k: meta[k]})]
    for key in bad:
        log.warning("%s: ignoring the sidecar field %s=%.40r", label, key, meta[key])
    return {k: v for k, v in meta.items() if k not in bad}


def pair_problem(path: str | os.PathLike, meta: dict[str, Any]) -> Text | None:
    """Why a model file and its sidecar are not a finished pair (save cut off half-way), or None."""
    if not meta:
        return Text(QT_TRANSLATE_NOOP("Engine", "it has no metadata file"))
    recorded = meta.get("sha256")
    if not isinstance(recorded, str) or recorded != file_sha256(path):
        return Text(QT_TRANSLATE_NOOP("Engine", "its metadata file describes another version of it"))
    return None


def load(path: str | os.PathLike, compile: bool = False):
    """Load and check an autoencoder file; returns ``(model, sidecar)``. Raises ModelFileError."""
    path = Path(path)
    model = load_keras(path, compile=compile)
    check_autoencoder(model, path.name)
    return model, clean_sidecar(read_sidecar(path), path.name)


def check_readable(path: Path) -> None:
    """Refuse a file that is missing, unreadable, not a zip archive, or would inflate past MAX_INFLATED."""
    try:
        with path.open("rb") as fh:
            fh.read(4)
    except FileNotFoundError:
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{path} does not exist."), path=path) from None
    except PermissionError:
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{file} cannot be read (permission denied)."),
                             file=path.name) from None
    except IsADirectoryError:
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{path} is a folder, not a model file."), path=path) from None
    if not zipfile.is_zipfile(path):
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{file} is damaged: it is not a Keras model archive."),
                             file=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            inflated = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{file} is damaged ({reason})."), file=path.name,
                             reason=str(exc)) from exc
    if inflated > MAX_INFLATED:
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{file} is refused: it would inflate to {size:,.0f} MB, far "
                                                         "more than any model of this app ({most:.0f} MB at most)."),
                             file=path.name, size=inflated / 2**20, most=MAX_INFLATED / 2**20)


def load_keras(path: Path, compile: bool = False):
    """``keras.saving.load_model`` with safe mode, turning every kind of damage into ModelFileError."""
    import keras

    import ae_models.architectures  # noqa: F401  (registers the custom layers)

    path = Path(path)
    check_readable(path)
    try:
        return keras.saving.load_model(path, compile=compile, safe_mode=True)
    except (ValueError, KeyError, OSError, TypeError, AttributeError, zipfile.BadZipFile, EOFError,
            zlib.error, RecursionError) as exc:
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{file} is damaged or not a model this app can read "
                                                         "({kind}: {reason})."),
                             file=path.name, kind=type(exc).__name__, reason=str(exc)[:200]) from exc


def check_autoencoder(model, label: str) -> None:
    """Refuse models that are not 784 / 28x28 autoencoders with ``encoder`` and ``decoder`` parts."""
    names = {layer.name for layer in getattr(model, "layers", [])}
    missing = sorted({"encoder", "decoder"} - names)
    if len(missing) == 2:
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{file} is not an autoencoder of this app: it has no {first} "
                                                         "or {second} part."),
                             file=label, first=missing[0], second=missing[1])
    if missing:
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{file} is not an autoencoder of this app: it has no {part} "
                                                         "part."), file=label, part=missing[0])
    if not _accepted(model.input_shape):
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{file} has input shape {shape}; an autoencoder here takes "
                                                         "28×28 digits (784 values)."),
                             file=label, shape=model.input_shape)
    if not _accepted(model.output_shape):
        raise ModelFileError(QT_TRANSLATE_NOOP("Engine", "{file} has output shape {shape}; an autoencoder here takes "
                                                         "28×28 digits (784 values)."),
                             file=label, shape=model.output_shape)


def _accepted(shape: Any) -> bool:
    """Whether a Keras model's input or output shape (batch first) is one of ``ACCEPTED_SHAPES``."""
    return not isinstance(shape, list) and tuple(shape[1:]) in ACCEPTED_SHAPES


def _writer_alive(pid: int) -> bool:
    """Whether process ``pid`` may still run; on Windows (where signal 0 would end it) the age alone decides."""
    if os.name == "nt":
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _writer_pid(path: Path) -> int | None:
    """The pid of the process that wrote one of our temporaries or claims, None when it is not one."""
    match = TEMP_PATTERN.fullmatch(path.name)
    if match:
        return int(match["pid"])
    if CLAIM_PATTERN.fullmatch(path.name):
        text = path.read_text(errors="replace").strip()
        return int(text) if text.isdigit() else 0
    return None


def remove_stale_temporaries(folder: str | os.PathLike, max_age: float = STALE_SECONDS) -> list[Path]:
    """Remove our hidden temporaries and name claims (left by a killed save) older than ``max_age`` seconds
    whose writing process is gone; a file another running instance may still write is never touched."""
    removed: list[Path] = []
    folder = Path(folder)
    if not folder.is_dir():
        return removed
    now = time.time()
    for path in folder.glob(".*"):
        try:
            if not path.is_file() or now - path.stat().st_mtime < max_age:
                continue
            pid = _writer_pid(path)
            if pid is None or (pid and _writer_alive(pid)):
                continue
            path.unlink()
        except OSError as exc:
            if exc.errno != errno.ENOENT:
                log.warning("could not remove the stale temporary %s: %s", path, exc)
            continue
        log.info("removed a stale temporary file %s", path)
        removed.append(path)
    return removed
