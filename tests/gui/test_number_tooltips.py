"""Every number on screen says what it is: each visible widget that shows a number (a label with a digit
in its text, a spin box, a slider, a progress bar, the painted views of errors, codes and typicality) has a
tooltip, on itself or on its immediate parent, in every tab and page of a window running stand-in models."""

import html
import re

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QProgressBar, QSlider, QWidget

from ae_models.standin import write_untrained
from gui.draw.code_view import CodeView
from gui.draw.live_panel import ModelTile
from gui.draw.noise_panel import ErrorText
from gui.draw.typicality import TypicalityBar
from gui.hub import ModelHub
from gui.main_window import MainWindow

NUMBER_WIDGETS = (QAbstractSpinBox, QSlider, QProgressBar, ModelTile, CodeView, ErrorText, TypicalityBar)


@pytest.fixture(scope="module")
def standins(tmp_path_factory):
    return write_untrained(tmp_path_factory.mktemp("tooltip-models"))


@pytest.fixture
def window(qtbot, tmp_path, standins):
    win = MainWindow(hub=ModelHub(standins), settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    with qtbot.waitSignal(win.hub.modelsChanged, timeout=120_000):
        win.hub.start_loading()
    seven = np.zeros((28, 28), np.float32)
    seven[6:9, 6:22] = seven[9:24, 17:20] = 1.0
    win.draw_tab.canvas.set_image(seven)
    draw = win.draw_tab
    qtbot.waitUntil(lambda: draw.shown_revision == draw.canvas.revision and bool(draw.results), timeout=10_000)
    return win


def shows_a_number(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(re.search(r"\d", html.unescape(re.sub(r"<[^>]*>", "", widget.text()))))
    return isinstance(widget, NUMBER_WIDGETS)


def untold(window: MainWindow, seen: set[type]) -> list[str]:
    """The visible number-showing widgets without a tooltip on themselves or their parent (their types go
    into ``seen``)."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not shows_a_number(widget):
            continue
        seen.add(type(widget))
        parent = widget.parentWidget()
        if not widget.toolTip() and not (parent is not None and parent.toolTip()):
            text = widget.text() if isinstance(widget, QLabel) else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text[:60]!r} in {type(parent).__name__}")
    return missing


def screens(qtbot, window):
    """Show each tab and page in turn, yielding a name for each."""
    draw = window.draw_tab
    window.tabs.setCurrentWidget(draw)
    draw.details.setCurrentWidget(draw.card)
    draw.compare.toggle.setChecked(True)
    yield "Draw, model card"
    draw.details.setCurrentWidget(draw.noise_panel)
    draw.noise_panel.slider.setValue(draw.noise_panel.slider.maximum() // 2)
    qtbot.waitUntil(lambda: draw.noise_panel.error_labels[0].text() != "", timeout=10_000)
    yield "Draw, noise demo"
    window.tabs.setCurrentWidget(window.train_tab)
    yield "Train"
    window.tabs.setCurrentWidget(window.explore_tab)
    for page in range(window.explore_tab.pages.count()):
        window.explore_tab.pages.setCurrentIndex(page)
        shown = window.explore_tab.pages.widget(page)
        qtbot.waitUntil(lambda p=shown: p.stats is not None, timeout=180_000)  # the test digits encoded
        qtbot.wait(300)
        yield f"Explore, {window.explore_tab.pages.tabText(page)}"
    window.tabs.setCurrentWidget(window.lessons_tab)
    yield "Lessons"
    window.lessons_tab.start_button.click()
    qtbot.waitUntil(window.lessons_tab.bar.isVisible)
    yield "a lesson's bar"


def test_every_number_on_screen_has_a_tooltip(qtbot, window):
    found, seen = {}, set()
    for screen in screens(qtbot, window):
        qtbot.wait(50)
        if missing := untold(window, seen):
            found[screen] = missing
    assert {QLabel, ModelTile, CodeView, ErrorText, TypicalityBar, QSlider, QProgressBar} <= seen  # all looked at
    assert not found, "\n".join(f"{screen}: {item}" for screen, items in found.items() for item in items)
