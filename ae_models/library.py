"""The user's trained models: ``.keras`` files plus JSON sidecars in one folder (the GUI passes its own).

Plain file operations (no Qt), so the training worker can save from its thread and a notebook can list
them. Every write goes through ``ae_models.store`` (temporaries, then renames, sidecar first), so a failure
leaves no partial file; a model whose save was cut off between the two renames is listed with a
``problem`` and can be deleted or kept without its metadata. Automatic names are claimed with a hidden
file created exclusively, so two instances saving in the same second never pick the same name.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ae_models import store
from ae_models.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError

log = logging.getLogger(__name__)
NAME_PATTERN = re.compile(r"[\w][\w .()+-]{0,79}")


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class ModelEntry:
    """One saved model and its sidecar, with the figures the list shows; ``problem`` says why it is
    incomplete or damaged (its save was cut off, its metadata is unreadable), None when it is fine."""

    path: Path
    meta: dict[str, Any]
    problem: Text | None = None
    state: str = "ok"  # "incomplete" (its save was cut off), "damaged" (its sidecar is unreadable) or "ok"

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def variant(self) -> str:
        return str(self.meta.get("variant", "?"))

    @property
    def epochs(self) -> str:
        train = self.meta.get("train")
        planned = train.get("epochs") if isinstance(train, dict) else None
        done = self.meta.get("epochs_done", "?")
        return f"{done}/{planned}" if planned else str(done)

    def last(self, key: str) -> float | None:
        """The last completed epoch's ``loss`` or ``val_loss``."""
        history = self.meta.get("history")
        last = history[-1] if isinstance(history, list) and history else None
        return _number(last.get(key)) if isinstance(last, dict) else None

    @property
    def test_bce(self) -> float | None:
        test = self.meta.get("test")
        return _number(test.get("test_bce")) if isinstance(test, dict) else None

    @property
    def saved(self) -> str:
        """The save time in local time, minutes precision."""
        try:
            return datetime.fromisoformat(self.meta["saved"]).astimezone().strftime("%Y-%m-%d %H:%M")
        except (KeyError, TypeError, ValueError):
            return ""

    @property
    def sort_key(self) -> tuple[str, str]:
        saved = self.meta.get("saved")
        return (saved if isinstance(saved, str) else "", self.name)


def read_entry(path: Path) -> ModelEntry:
    """A model file and its sidecar, checked as a pair: a bad sidecar marks only this model."""
    meta = store.read_sidecar(path)
    damage = store.sidecar_problem(meta)
    try:
        problem = damage or store.pair_problem(path, meta)
    except OSError as exc:
        damage = problem = Text(QT_TRANSLATE_NOOP("Engine", "it cannot be read ({reason})"),
                                reason=exc.strerror or str(exc))
    if problem:
        log.warning("%s: %s", path, problem)
        return ModelEntry(path, {}, problem, "damaged" if damage else "incomplete")
    return ModelEntry(path, meta)


class RenameError(TranslatableError, ValueError):
    """A model cannot take the name asked for (not a valid name, or another model has it)."""


class ModelLibrary:
    """The folder of user-trained models; methods are safe to call from any one thread at a time."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def entries(self) -> list[ModelEntry]:
        """Saved models, newest first; files that are being written (hidden temporaries) are skipped."""
        if not self.folder.is_dir():
            return []
        paths = [p for p in self.folder.glob("*.keras") if not p.name.startswith(".")]
        return sorted((read_entry(p) for p in paths), key=lambda e: e.sort_key, reverse=True)

    def remove_stale_temporaries(self) -> list[Path]:
        """At start: remove hidden temporaries and name claims a killed save left behind over a day ago."""
        return store.remove_stale_temporaries(self.folder)

    def save(self, result, meta: dict[str, Any]) -> tuple[Path, dict[str, Any]]:
        """Save a ``TrainResult``'s autoencoder with its sidecar ``meta`` (``result.sidecar(...)``) under a
        fresh name; returns the path and the sidecar as written."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = self.claim(f"{result.spec.variant}-{stamp}")
        try:
            sidecar = store.save(result.autoencoder, path, meta)
        finally:
            store.claim_path(path).unlink(missing_ok=True)
        log.info("saved %s", path)
        return path, sidecar

    def claim(self, stem: str) -> Path:
        """``stem.keras`` (or ``stem-2.keras``…) that no file and no other save holds, claimed by creating
        its hidden claim file exclusively (atomic across processes); the caller removes the claim."""
        self.folder.mkdir(parents=True, exist_ok=True)
        n = 1
        while True:
            path = self.folder / (f"{stem}.keras" if n == 1 else f"{stem}-{n}.keras")
            n += 1
            if path.exists():
                continue
            try:
                fd = os.open(store.claim_path(path), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                continue
            with os.fdopen(fd, "w") as fh:
                fh.write(str(os.getpid()))
            if not path.exists():  # else another save finished it between the check and the claim
                return path
            store.claim_path(path).unlink(missing_ok=True)

    def name_problem(self, entry: ModelEntry, name: str) -> Text | None:
        """Why ``name`` cannot be the new name of ``entry``, or None when it can."""
        if not NAME_PATTERN.fullmatch(name):
            return Text(QT_TRANSLATE_NOOP("Engine", "Use up to 80 letters, digits, spaces and - _ . ( ) +, starting "
                                                    "with a letter or digit."))
        if name != entry.name and (self.folder / f"{name}.keras").exists():
            return Text(QT_TRANSLATE_NOOP("Engine", "A model named {name} exists already."), name=name)
        return None

    def rename(self, entry: ModelEntry, name: str) -> ModelEntry:
        """Rename the model file and its sidecar; raises RenameError (a ValueError) with the reason when it cannot."""
        problem = self.name_problem(entry, name)
        if problem:
            raise RenameError(problem)
        target = self.folder / f"{name}.keras"
        entry.path.rename(target)
        try:
            store.write_json(store.sidecar_path(target), {**entry.meta, "file": target.name})
        except OSError:
            target.rename(entry.path)
            raise
        store.sidecar_path(entry.path).unlink(missing_ok=True)
        return read_entry(target)

    def keep_without_metadata(self, entry: ModelEntry) -> ModelEntry:
        """Accept an incomplete or damaged model as it is: a fresh sidecar records only its file and hash."""
        store.write_sidecar_of(entry.path, {"metadata": "lost"})
        log.info("kept %s without its metadata", entry.path)
        return read_entry(entry.path)

    def delete(self, entry: ModelEntry) -> None:
        """Remove the model file and its sidecar."""
        entry.path.unlink(missing_ok=True)
        store.sidecar_path(entry.path).unlink(missing_ok=True)
        log.info("deleted %s", entry.path)
