"""One row of the trained-models table: what each cell says about a saved model.

A damaged or incomplete model says so in red (with what can be done about it); a diverged run's loss
is marked "(diverged)" with a hint, so it does not look like any other run.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidgetItem

from ae_models import zoo
from ae_models.library import ModelEntry
from ae_models.runs import diverged
from gui import i18n

COLUMNS = (QT_TRANSLATE_NOOP("TrainedModelsPanel", "Name"), QT_TRANSLATE_NOOP("TrainedModelsPanel", "Variant"),
           QT_TRANSLATE_NOOP("TrainedModelsPanel", "Dataset"), QT_TRANSLATE_NOOP("TrainedModelsPanel", "Epochs"),
           QT_TRANSLATE_NOOP("TrainedModelsPanel", "Loss"), QT_TRANSLATE_NOOP("TrainedModelsPanel", "Val loss"),
           QT_TRANSLATE_NOOP("TrainedModelsPanel", "Test BCE"), QT_TRANSLATE_NOOP("TrainedModelsPanel", "Saved"),
           QT_TRANSLATE_NOOP("TrainedModelsPanel", "In Draw tab"))
LOSS_COLUMN = 4


def headers() -> list[str]:
    """The column titles in the app's language."""
    return [QCoreApplication.translate("TrainedModelsPanel", title) for title in COLUMNS]


def figure(value: float | None) -> str:
    """A metric as shown in the table: four decimals, or a dash when there is none."""
    return "—" if value is None else f"{value:.4f}"


def usage(entry: ModelEntry, used_as: str | None) -> str:
    """'yes' when the Draw tab runs ``entry`` under its own name, 'instead of the shipped …' when it replaced
    a shipped model (``used_as`` is its Draw tab name), else nothing."""
    if used_as is None:
        return ""
    if used_as == entry.name:
        return QCoreApplication.translate("TrainedModelsPanel", "yes")
    spec = zoo.REGISTRY.get(used_as)
    return QCoreApplication.translate("TrainedModelsPanel", "instead of the shipped {0}").format(
        i18n.engine(spec.title) if spec else used_as)


def _cells(entry: ModelEntry, usage: str) -> tuple[str, ...]:
    if entry.problem:
        if entry.state == "damaged":
            state = QCoreApplication.translate("TrainedModelsPanel", "damaged")
        else:
            state = QCoreApplication.translate("TrainedModelsPanel", "incomplete")
        return (entry.name, state, *[""] * (len(COLUMNS) - 2))
    loss = figure(entry.last("loss"))
    if diverged(entry.meta.get("history") or []):
        loss = QCoreApplication.translate("TrainedModelsPanel", "{0} (diverged)").format(loss)
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
            item.setToolTip(QCoreApplication.translate("TrainedModelsPanel", "{0}: {1}. Delete it, or keep it "
                                                       "without its metadata.").format(
                entry.path.name, i18n.text(entry.problem)))
            item.setForeground(Qt.GlobalColor.darkRed)
        items.append(item)
    if not entry.problem and diverged(entry.meta.get("history") or []):
        items[LOSS_COLUMN].setToolTip(QCoreApplication.translate("TrainedModelsPanel", "The loss rose instead of "
                                                                 "falling: try a lower rate."))
    return items
