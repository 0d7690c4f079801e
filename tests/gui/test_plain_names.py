"""File names are shown as typed: a model or drawing named like markup is never rendered as rich text."""

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.train.run_banner import RunBanner
from gui.widgets import messages

NAME = "<b>mine & <i>yours"  # a legal file name (no slash)


def outcome(path):
    return SimpleNamespace(result=SimpleNamespace(history=[{"loss": 0.2, "val_loss": 0.19}], epochs_done=1),
                           test={}, path=path, save_error=f"{NAME}: No space left on device")


def test_the_banner_shows_a_markup_like_model_name_as_typed(qtbot):
    banner = RunBanner()
    qtbot.addWidget(banner)
    banner.show_finished(outcome(Path(f"{NAME}.keras")))
    assert "&lt;b&gt;mine &amp; &lt;i&gt;yours" in banner.text.text()
    banner.show_note(f"{NAME} is now in the Draw tab.")
    banner.show_unsaved(outcome(None), "/models/<u>")
    assert "<i>" not in banner.text.text() and "&lt;u&gt;" in banner.text.text()


def test_message_boxes_show_their_text_as_plain_text(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text())))
    messages.show_plain(None, "Drawing not opened", f"{NAME}.png could not be read as an image.")
    assert shown == [(Qt.TextFormat.PlainText, f"{NAME}.png could not be read as an image.")]
