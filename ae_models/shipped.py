"""The shipped models and their manifest, read and checked in one place.

``resources/models/manifest.json`` lists each shipped variant with its file and the file's SHA-256. A file
that is missing, lies outside the models folder or does not match its hash makes that one model
unavailable, with the reason. A damaged manifest (missing, not JSON, wrong shape) is reported by its
path, and the models whose files are intact still load: their sidecars carry the same entry and hash.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ae_models import store, zoo
from ae_models.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError
from ae_models.resources import MANIFEST, MODELS_DIR

log = logging.getLogger(__name__)

MANIFEST_NAME = MANIFEST.name
MAX_MANIFEST_BYTES = 4 << 20  # the real one is about 10 kB; anything far bigger is not a manifest
NO_WEIGHTS = Text(QT_TRANSLATE_NOOP("Engine", "No pretrained weights ship for this variant yet (make pretrain)."))


class ManifestError(TranslatableError, ValueError):
    """The manifest is missing, unreadable or not shaped ``{"variants": {name: {...}}}``; names the file."""


@dataclass(frozen=True)
class Shipped:
    """What a models folder ships: checked files, reasons for the rest, and the entries behind them."""

    folder: Path
    paths: dict[str, Path] = field(default_factory=dict)
    unavailable: dict[str, Text] = field(default_factory=dict)
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    problem: Text | None = None  # what is wrong with the manifest, when something is


def read_manifest(path: Path = MANIFEST) -> dict[str, Any]:
    """The manifest as ``{"variants": {name: entry}}``; raises ManifestError saying what is wrong and where."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_MANIFEST_BYTES:
            raise ManifestError(QT_TRANSLATE_NOOP("Engine", "The manifest {path} is damaged: {size:,} bytes is far too "
                                                            "big."), path=path, size=size)
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(QT_TRANSLATE_NOOP("Engine", "The manifest {path} is missing."), path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(QT_TRANSLATE_NOOP("Engine", "The manifest {path} could not be read ({reason})."),
                            path=path, reason=str(exc)) from exc
    except ValueError as exc:
        raise ManifestError(QT_TRANSLATE_NOOP("Engine", "The manifest {path} is damaged: it is not valid JSON "
                                                        "({reason})."), path=path, reason=str(exc)) from exc
    variants = data.get("variants") if isinstance(data, dict) else None
    if not isinstance(variants, dict) or not all(isinstance(e, dict) for e in variants.values()):
        raise ManifestError(QT_TRANSLATE_NOOP("Engine", 'The manifest {path} is damaged: it is not shaped '
                                                        '{{"variants": {{name: {{...}}}}}}.'), path=path)
    return data


def entries(folder: Path = MODELS_DIR) -> tuple[dict[str, dict[str, Any]], Text | None]:
    """Each shipped variant's entry (from the manifest, else from intact sidecars) and the manifest's problem."""
    folder = Path(folder)
    try:
        return read_manifest(folder / MANIFEST_NAME)["variants"], None
    except ManifestError as exc:
        log.warning("%s Falling back to the models' sidecars.", exc)
        found = {}
        for name in zoo.REGISTRY:
            sidecar = store.read_sidecar(folder / f"{name}.keras")
            if sidecar.get("sha256"):
                found[name] = {k: v for k, v in sidecar.items() if k != "history"}
        return found, exc.text


def test_bce(name: str, folder: Path = MODELS_DIR) -> float | None:
    """The shipped model's measured test BCE (from the manifest, else its sidecar), or None when there is none."""
    test = entries(folder)[0].get(name, {}).get("test")
    bce = test.get("test_bce") if isinstance(test, dict) else None
    return float(bce) if isinstance(bce, (int, float)) else None


def check(folder: Path = MODELS_DIR) -> Shipped:
    """Check every shipped file against its entry's SHA-256; returns the good ones and why the rest are not."""
    folder = Path(folder)
    listed, problem = entries(folder)
    paths, unavailable = {}, {}
    for name, entry in listed.items():
        try:
            paths[name] = checked_file(folder, name, entry)
        except store.ModelFileError as exc:
            log.warning("%s", exc)
            unavailable[name] = exc.text
    missing = NO_WEIGHTS if problem is None else Text(
        QT_TRANSLATE_NOOP("Engine", "{problem} No intact model file with a sidecar was found for it."), problem=problem)
    unavailable.update({name: missing for name in zoo.REGISTRY if name not in listed})
    return Shipped(folder, paths, unavailable, listed, problem)


def checked_file(folder: Path, name: str, entry: dict[str, Any]) -> Path:
    """The entry's model file, confined to ``folder`` and matching its SHA-256; raises ModelFileError."""
    file = entry.get("file", f"{name}.keras")
    root = folder.resolve()
    path = (folder / str(file)).resolve()
    if not isinstance(file, str) or Path(file).is_absolute() or not path.is_relative_to(root):
        raise store.ModelFileError(QT_TRANSLATE_NOOP("Engine", "The manifest's file for {name} ({file!r}) is outside "
                                                               "{folder}; it is refused."),
                                   name=name, file=file, folder=folder)
    if not path.is_file():
        raise store.ModelFileError(QT_TRANSLATE_NOOP("Engine", "{path} does not exist."), path=path)
    expected, digest = entry.get("sha256"), store.file_sha256(path)
    if digest != expected:
        raise store.ModelFileError(QT_TRANSLATE_NOOP("Engine", "{path} does not match its SHA-256 in the manifest "
                                                               "({digest}…, expected {expected}…): it is damaged or "
                                                               "was replaced. Reinstall the app, or remake it with "
                                                               "make pretrain."),
                                   path=path, digest=digest[:12], expected=str(expected)[:12])
    return path
