"""The Train form's contents as plain data (for QSettings) and back, under the TrainConfig's own field
names. Restoring is defensive: a missing, unknown or wrong-typed entry keeps what the preset filled in."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox


class FormValues:
    """``values()`` and ``set_values()`` for ``TrainForm`` (mixed in; it owns the fields named here)."""

    def values(self) -> dict[str, Any]:
        """Every setting of the form, including the dataset, the refine stage and TensorBoard."""
        return {
            "variant": self.variant.currentData(), "preset": self.preset.currentData(),
            "arch": {k: e.value() if isinstance(e, QSpinBox) else e.text() for k, e in self.arch_edits.items()},
            "noise_factor": self.noise.value(), "noise_kinds": [k for k, b in self.noise_kinds.items() if b.isChecked()],
            "epochs": self.epochs.value(), "batch_size": self.batch.value(),
            "optimizer": self.optimizer.currentData(), "learning_rate": self.learning_rate.text(),
            "schedule": self.schedule.currentData(), "warmup_epochs": self.warmup.value(),
            "loss": self.loss.currentData(), "seed": self.seed.value(), "refine": self.refine.isChecked(),
            "subset": self.digits.value(), "dataset": self.dataset.name,
            "tensorboard": self.tensorboard.isChecked(), "tensorboard_dir": self.tensorboard_dir.text(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        """Restore ``values()``; missing, unknown or stale entries keep what the preset filled in."""
        for box, key in ((self.variant, "variant"), (self.preset, "preset")):
            if box.findData(values.get(key)) >= 0:
                box.setCurrentIndex(box.findData(values.get(key)))
        for key, value in (values.get("arch") or {}).items():
            edit = self.arch_edits.get(key)
            if isinstance(edit, QSpinBox) and isinstance(value, int):
                edit.setValue(value)
            elif isinstance(edit, QLineEdit) and isinstance(value, str):
                edit.setText(value)
        for spin, key in ((self.noise, "noise_factor"), (self.epochs, "epochs"), (self.batch, "batch_size"),
                          (self.warmup, "warmup_epochs"), (self.seed, "seed"), (self.digits, "subset")):
            if isinstance(values.get(key), (int, float)):
                spin.setValue(values[key])
        for box, key in ((self.optimizer, "optimizer"), (self.schedule, "schedule"), (self.loss, "loss")):
            if box.findData(values.get(key)) >= 0:
                box.setCurrentIndex(box.findData(values.get(key)))
        if isinstance(values.get("noise_kinds"), list) and values["noise_kinds"]:
            for kind, box in self.noise_kinds.items():
                box.setChecked(kind in values["noise_kinds"])
        if isinstance(values.get("refine"), bool) and self.base.refine is not None:
            self.refine.setChecked(values["refine"])
        self.learning_rate.setText(str(values.get("learning_rate", self.learning_rate.text())))
        self.dataset.select(str(values.get("dataset", "")))
        self.tensorboard.setChecked(bool(values.get("tensorboard", False)) and self.tensorboard.isEnabled())
        self.tensorboard_dir.setText(str(values.get("tensorboard_dir", "")))
        self.revalidate()
