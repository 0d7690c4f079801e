"""One row of the trained-models table: what each cell says about a saved model.

A damaged or incomplete model says so in red (with what can be done about it); a diverged run's loss
is marked "(diverged)" with a hint, so it does not look like any other run.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidgetItem

from ae_models import zoo
from ae_models.library import ModelEntry
from ae_models.runs import diverged

COLUMNS = ("Name", "Variant", "Dataset", "Epochs", "Loss", "Val loss", "Test BCE", "Saved", "In Draw tab")
LOSS_COLUMN = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainedModelsPanel", text)


def figure(value: float | None) -> str:
    """A metric as shown in the table: four decimals, or a dash when there is none."""
    return "—" if value is None else f"{value:.4f}"


def usage(entry: ModelEntry, used_as: str | None) -> str:
    """'yes' when the Draw tab runs ``entry`` under its own name, 'instead of the shipped …' when it replaced
    a shipped model (``used_as`` is its Draw tab name), else nothing."""
    if used_as is None:
        return ""
    if used_as == entry.name:
        return _tr("yes")
    spec = zoo.REGISTRY.get(used_as)
    return _tr("instead of the shipped {0}").format(spec.title if spec else used_as)


def _cells(entry: ModelEntry, usage: str) -> tuple[str, ...]:
    if entry.problem:
        state = _tr("damaged") if entry.state == "damaged" else _tr("incomplete")
        return (entry.name, state, *[""] * (len(COLUMNS) - 2))
    loss = figure(entry.last("loss"))
    if diverged(entry.meta.get("history") or []):
        loss = _tr("{0} (diverged)").format(loss)
    return (entry.name, entry.variant, str(entry.meta.get("dataset", "?")), entry.epochs, loss,
            figure(entry.last("val_loss")), figure(entry.test_bce), entry.saved, usage)


def row_items(entry: ModelEntry, usage: str) -> list[QTableWidgetItem]:
    """The table items for ``entry``; ``usage`` says whether (and as what) the Draw tab runs it."""
    items = []
    for column, text in enumerate(_cells(entry, usage)):
        item = QTableWidgetItem(text)
        if 3 <= column <= 6:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if entry.problem:
            item.setToolTip(_tr("{0}: {1}. Delete it, or keep it without its metadata.")
                            .format(entry.path.name, entry.problem))
            item.setForeground(Qt.GlobalColor.darkRed)
        items.append(item)
    if not entry.problem and diverged(entry.meta.get("history") or []):
        items[LOSS_COLUMN].setToolTip(_tr("The loss rose instead of falling: try a lower rate."))
    return items
