"""Which device(s) will train, and a choice of them when the machine has more than one.

The devices are listed once Keras has loaded (the hub's loader thread imports it; listing after that
costs milliseconds and never starts TensorFlow on the main thread). The choice is a run option for
``ae_models.training.train(devices=...)``, not a setting of the model.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ae_models.devices import Device, DeviceOption, choose

log = logging.getLogger(__name__)


class DeviceChoice(QWidget):
    """A "Trains on" line, a device combo box when there is a choice, and the last run's devices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: list[Device] | None = None
        self.combo = QComboBox()
        self.combo.setVisible(False)
        self.planned = QLabel(self.tr("Devices are listed once Keras has loaded…"), wordWrap=True)
        self.planned.setToolTip(self.tr("The processors the next run will train on, and their memory."))
        self.used = QLabel(wordWrap=True, styleSheet="color: #555;")
        self.used.setVisible(False)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Device"), self.combo)
        layout.addRow(self.planned)
        layout.addRow(self.used)
        layout.setRowVisible(self.combo, False)
        self.combo.currentIndexChanged.connect(self._show_planned)

    @Slot()
    def list_devices(self) -> None:
        """List the devices (once, after Keras has loaded) and offer a choice when there is one."""
        if self.found is not None:
            return
        from ae_models.devices import available

        self.set_devices(available())

    def set_devices(self, found: Sequence[Device]) -> None:
        self.found = list(found)
        self.combo.blockSignals(True)
        self.combo.clear()
        for title, option in self._options():
            self.combo.addItem(title, option)
        self.combo.blockSignals(False)
        choice = self.combo.count() > 1
        self.combo.setVisible(choice)
        self.layout().setRowVisible(self.combo, choice)
        self._show_planned()

    def _options(self) -> list[tuple[str, DeviceOption]]:
        found = self.found or []
        options: list[tuple[str, DeviceOption]] = [(self.tr("Automatic"), "auto")]
        gpus = [d for d in found if d.kind == "GPU"]
        pool = gpus or found
        if len(pool) > 1 and len(choose(found)) < len(pool):  # automatic does not already take them all
            options.append((self.tr("All %n devices", "", len(pool)), len(pool)))
        if len(found) > 1:
            options += [(device.label, (device.id,)) for device in found]
        return options

    @property
    def option(self) -> DeviceOption:
        """What to pass to ``train(devices=...)``."""
        return self.combo.currentData() if self.combo.count() else "auto"

    @Slot()
    def _show_planned(self) -> None:
        chosen = choose(self.found or [], self.option)
        self.planned.setText(self.tr("Trains on: {0}").format(", ".join(d.label for d in chosen)))

    def show_used(self, used: Sequence[Device]) -> None:
        """The devices the last run trained on."""
        self.used.setText(self.tr("The last run trained on: {0}").format(", ".join(d.id for d in used)))
        self.used.setVisible(bool(used))

    def set_editable(self, editable: bool) -> None:
        self.combo.setEnabled(editable)
