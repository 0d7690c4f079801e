"""Keyboard focus goes back to the main window when a dialog of the app closes.

Without this, closing a message box or a file dialog could leave no window active, and the window's
shortcuts did nothing until the user clicked into it. Focus is taken back only when a window that had
focus (a dialog) is hidden and no other visible window of the app has focus by then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget


class FocusReturn(QObject):
    """Watches the application's focus window on behalf of ``window`` (its parent)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        QGuiApplication.instance().focusWindowChanged.connect(self._on_focus_window)

    @Slot(QWindow)
    def _on_focus_window(self, focused: QWindow | None) -> None:
        if focused is not None and focused is not self.window.windowHandle():
            focused.visibleChanged.connect(self._on_dialog_visible, Qt.ConnectionType.UniqueConnection)

    @Slot(bool)
    def _on_dialog_visible(self, visible: bool) -> None:
        if not visible:
            QTimer.singleShot(0, self.restore)  # after the dialog has finished closing

    @Slot()
    def restore(self) -> None:
        """Activate the window and give focus back to the widget that last had it."""
        focused = QGuiApplication.focusWindow()
        if (focused is not None and focused.isVisible()) or not self.window.isVisible():
            return  # another dialog is open, or the window is gone
        self.window.activateWindow()
        (self.window.focusWidget() or self.window).setFocus()
