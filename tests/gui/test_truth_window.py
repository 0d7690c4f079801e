"""The window by keyboard: focus comes back after a dialog, every tab and the Draw tab's models can be
reached without a mouse, the Help menu lists the shortcuts, and Esc's clear says how to undo it."""

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ae_models.standin import write_untrained
from gui.main_window import MainWindow
from gui.widgets.shortcut_list import shortcut_rows
from tests.gui.test_draw_tab import draw_seven, loaded_hub, settle


@pytest.fixture
def window(qtbot, tmp_path):
    hub = loaded_hub(write_untrained(tmp_path / "models", ["vanilla", "latent2"]))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(hub, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    for page in win.pages.values():
        page.shutdown()


def close_message_boxes():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.accept()


def test_focus_returns_to_the_window_after_a_modal_dialog(qtbot, window):
    window.draw_tab.canvas.setFocus()
    QTimer.singleShot(50, close_message_boxes)
    QMessageBox.information(window, "A dialog", "Closed by the test.")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.draw_tab.canvas
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # a shortcut works, no click
    assert window.tabs.currentWidget() is window.train_tab


def test_every_tab_and_every_model_is_reachable_by_keyboard(qtbot, window):
    for key, page in ((Qt.Key.Key_3, window.explore_tab), (Qt.Key.Key_2, window.train_tab),
                      (Qt.Key.Key_1, window.draw_tab)):
        QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentWidget() is page
    live = window.draw_tab.live
    seen = {live.current}
    for _ in range(len(live.tiles)):
        QTest.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        seen.add(live.current)
    assert seen == set(live.tiles)
    train_menu = [a.text() for a in window.train_tab.menu_actions()]
    assert "Use in Draw tab" in train_menu and "Use instead of the shipped model" in train_menu


def test_the_help_menu_lists_the_shortcuts(window):
    rows = shortcut_rows(window.menuBar())
    listed = {(action, keys) for _, action, keys in rows}
    for action, keys in (("Undo stroke", "Ctrl+Z"), ("Start training", "F5"), ("Draw tab", "Ctrl+1"),
                         ("Next model", "Ctrl+Down"), ("Keyboard shortcuts", "F1")):
        assert (action, keys) in listed, (action, keys)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert "&Keyboard shortcuts" in [a.text() for a in help_menu.actions()]


def test_esc_clears_undoably_and_says_so(qtbot, window):
    tab = window.draw_tab
    draw_seven(qtbot, tab)
    QTest.keyClick(tab.canvas, Qt.Key.Key_Escape)
    settle(qtbot, tab)
    assert tab.canvas.is_empty()
    assert window.statusBar().currentMessage() == "Cleared. Ctrl+Z brings it back."
    QTest.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tab)
    assert not tab.canvas.is_empty()
