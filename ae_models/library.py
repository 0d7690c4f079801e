"""The user's trained models: ``.keras`` files plus JSON sidecars in one folder (the GUI passes its own).

Plain file operations (no Qt), so the training worker can save from its thread and a notebook can list
them. Every write goes through ``ae_models.store`` (temporary file, then one rename), so a failure leaves no partial file.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ae_models import store

log = logging.getLogger(__name__)
NAME_PATTERN = re.compile(r"[\w][\w .()+-]{0,79}")


@dataclass(frozen=True)
class ModelEntry:
    """One saved model and its sidecar, with the figures the list shows."""

    path: Path
    meta: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def variant(self) -> str:
        return str(self.meta.get("variant", "?"))

    @property
    def epochs(self) -> str:
        planned = self.meta.get("train", {}).get("epochs")
        done = self.meta.get("epochs_done", "?")
        return f"{done}/{planned}" if planned else str(done)

    def last(self, key: str) -> float | None:
        """The last completed epoch's ``loss`` or ``val_loss``."""
        history = self.meta.get("history") or []
        return history[-1].get(key) if history else None

    @property
    def test_bce(self) -> float | None:
        return (self.meta.get("test") or {}).get("test_bce")

    @property
    def saved(self) -> str:
        """The save time in local time, minutes precision."""
        try:
            return datetime.fromisoformat(self.meta["saved"]).astimezone().strftime("%Y-%m-%d %H:%M")
        except (KeyError, TypeError, ValueError):
            return ""


class ModelLibrary:
    """The folder of user-trained models; methods are safe to call from any one thread at a time."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def entries(self) -> list[ModelEntry]:
        """Saved models, newest first; files that are being written (hidden temporaries) are skipped."""
        if not self.folder.is_dir():
            return []
        paths = [p for p in self.folder.glob("*.keras") if not p.name.startswith(".")]
        found = [ModelEntry(p, store.read_sidecar(p)) for p in paths]
        return sorted(found, key=lambda e: (e.meta.get("saved", ""), e.name), reverse=True)

    def save(self, result, meta: dict[str, Any]) -> tuple[Path, dict[str, Any]]:
        """Save a ``TrainResult``'s autoencoder with its sidecar ``meta`` (``result.sidecar(...)``); returns
        the path and the sidecar as written."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = self.unique_path(f"{result.spec.variant}-{stamp}")
        sidecar = store.save(result.autoencoder, path, meta)
        log.info("saved %s", path)
        return path, sidecar

    def unique_path(self, stem: str) -> Path:
        """``stem.keras`` in the folder, or ``stem-2.keras`` and so on when that is taken."""
        path, n = self.folder / f"{stem}.keras", 2
        while path.exists():
            path, n = self.folder / f"{stem}-{n}.keras", n + 1
        return path

    def name_problem(self, entry: ModelEntry, name: str) -> str | None:
        """Why ``name`` cannot be the new name of ``entry``, or None when it can."""
        if not NAME_PATTERN.fullmatch(name):
            return "Use up to 80 letters, digits, spaces and - _ . ( ) +, starting with a letter or digit."
        if name != entry.name and (self.folder / f"{name}.keras").exists():
            return f"A model named {name} exists already."
        return None

    def rename(self, entry: ModelEntry, name: str) -> ModelEntry:
        """Rename the model file and its sidecar; raises ValueError with the reason when it cannot."""
        problem = self.name_problem(entry, name)
        if problem:
            raise ValueError(problem)
        target = self.folder / f"{name}.keras"
        entry.path.rename(target)
        try:
            store.write_json(store.sidecar_path(target), {**entry.meta, "file": target.name})
        except OSError:
            target.rename(entry.path)
            raise
        store.sidecar_path(entry.path).unlink(missing_ok=True)
        return ModelEntry(target, store.read_sidecar(target))

    def delete(self, entry: ModelEntry) -> None:
        """Remove the model file and its sidecar."""
        entry.path.unlink(missing_ok=True)
        store.sidecar_path(entry.path).unlink(missing_ok=True)
        log.info("deleted %s", entry.path)
