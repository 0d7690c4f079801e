"""The line under the plot that says how the last run ended and offers what can be done next.

Names that come from files (model names) are escaped before they go into the banner's rich text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ae_models.runs import diverged
from gui.train.run import RunOutcome

STYLES = {
    "ok": "#runBanner { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 4px; }",
    "ask": "#runBanner { background: #fff8e1; border: 1px solid #ffe082; border-radius: 4px; }",
    "diverged": "#runBanner { background: #fff3e0; border: 1px solid #ffb74d; border-radius: 4px; }",
    "error": "#runBanner { background: #ffebee; border: 1px solid #ef9a9a; border-radius: 4px; }",
    "note": "#runBanner { background: palette(alternate-base); border-radius: 4px; }",
}


def _figures(outcome: RunOutcome) -> str:
    history = outcome.result.history
    parts = [QCoreApplication.translate("RunBanner", "loss {0:.4f}").format(history[-1]["loss"]),
             QCoreApplication.translate("RunBanner", "val loss {0:.4f}").format(history[-1]["val_loss"])
             ] if history else []
    if outcome.test.get("test_bce") is not None:
        parts.append(QCoreApplication.translate("RunBanner", "test BCE {0:.4f}").format(outcome.test["test_bce"]))
    return ", ".join(parts)


class RunBanner(QFrame):
    """Finished (saved, use it), cancelled (save it?), unsaved (retry, save as) or failed (why)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="runBanner")
        self.text = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = QPushButton(self.tr("Save this model"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.save_as_button = QPushButton(self.tr("Save as…"))
        self.use_button = QPushButton(self.tr("Use in Draw tab"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        for button in (self.save_button, self.retry_button, self.save_as_button, self.use_button):
            layout.addWidget(button)
        self.kind = ""
        self.finished_text = ""
        self.clear()

    def _show(self, kind: str, text: str, *buttons: QPushButton) -> None:
        self.kind = kind
        self.setStyleSheet(STYLES[kind])
        self.text.setText(text)
        for button in (self.save_button, self.retry_button, self.save_as_button, self.use_button):
            button.setVisible(button in buttons)
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.hide()

    def show_finished(self, outcome: RunOutcome) -> None:
        self.finished_text = self.tr("Saved as <b>{0}</b>: {1}.").format(escape(outcome.path.stem), _figures(outcome))
        history = outcome.result.history
        if diverged(history):
            peak = max(history, key=lambda h: h["loss"])
            self.finished_text += "<br>" + self.tr(
                "<b>This run diverged</b>: its loss reached {0:.4g} in epoch {1} (last epoch {2:.4f}), so the "
                "reconstructions all look alike. Try a learning rate well below {3:g}.").format(
                peak["loss"], peak["epoch"], history[-1]["loss"], outcome.result.spec.train.learning_rate)
        self._show("diverged" if diverged(history) else "ok", self.finished_text, self.use_button)

    def show_cancelled(self, outcome: RunOutcome) -> None:
        done = outcome.result.epochs_done
        self._show("ask", self.tr("Stopped. The model after epoch {0} is kept ({1}). Save it to use it later?")
                   .format(done, _figures(outcome)), self.save_button)

    def show_unsaved(self, outcome: RunOutcome, folder: str) -> None:
        """A finished run whose save failed: the model is still in memory; retry, or save it elsewhere."""
        self._show("error", self.tr("The trained model could not be saved in {0}: {1}. It is kept in memory "
                                    "({2}): free some space and retry, or save it elsewhere.")
                   .format(escape(folder), escape(outcome.save_error or ""), _figures(outcome)),
                   self.retry_button, self.save_as_button)

    def show_error(self, message: str) -> None:
        self._show("error", escape(message))

    @Slot(str)
    def show_note(self, message: str) -> None:
        """A passing message from the models list (used, renamed, removed)."""
        if self.kind in ("ok", "diverged"):
            self._show(self.kind, f"{self.finished_text}<br>{escape(message)}")
        elif self.kind in ("", "note"):
            self._show("note", escape(message))
