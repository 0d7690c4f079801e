"""Keeping a finished or cancelled run's model: saving it into the library (again, after a failed save),
saving it elsewhere, and using it in the Draw tab. Mixed into ``TrainTab``, which owns the fields used here."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Slot

from ae_models import store
from gui import i18n

log = logging.getLogger(__name__)


class ResultKeeping:
    """``unsaved``, ``save_result``, ``save_result_as`` and ``use_result`` for the Train tab."""

    @property
    def unsaved(self) -> bool:
        """Whether a run's trained model is only in memory (not saved, not cancelled before epoch 1)."""
        outcome = self.outcome
        return outcome is not None and outcome.result is not None and outcome.path is None and \
            outcome.result.epochs_done > 0

    @Slot()
    def save_result(self) -> None:
        """Save the kept model into the library: a cancelled run's last epoch, or "Retry" after a failed save."""
        outcome = self.outcome
        if not self.unsaved:
            return
        try:
            outcome.path, outcome.meta = self.library.save(outcome.result, outcome.meta)
        except OSError as exc:
            log.warning("saving the trained model failed: %s", exc)
            outcome.save_error = exc.strerror or i18n.error(exc)
            self.banner.show_unsaved(outcome, str(self.library.folder))
            return
        outcome.save_error = None
        self.models.refresh(select=outcome.path)
        self.banner.show_finished(outcome)

    @Slot()
    def save_result_as(self) -> None:
        """Save the kept model (and its sidecar) to a file the user chooses, e.g. on another disk."""
        outcome = self.outcome
        chosen = self.ask_path() if self.unsaved else ""
        if not chosen:
            return
        path = Path(chosen) if chosen.endswith(".keras") else Path(chosen + ".keras")
        try:
            store.save(outcome.result.autoencoder, path, outcome.meta)
        except OSError as exc:
            log.warning("saving the trained model as %s failed: %s", path, exc)
            outcome.save_error = exc.strerror or i18n.error(exc)
            self.banner.show_unsaved(outcome, str(path.parent))
            return
        outcome.path, outcome.save_error = path, None
        self.models.refresh()
        self.banner.show_finished(outcome)

    @Slot()
    def use_result(self) -> None:
        """Put the last saved run into the Draw tab next to the shipped models."""
        if self.outcome is None or self.outcome.path is None:
            return
        if self.outcome.path.parent != self.library.folder:  # saved elsewhere with "Save as…"
            self.models.open_file(self.outcome.path)
            return
        self.models.refresh(select=self.outcome.path)
        self.models.use_next_to()
