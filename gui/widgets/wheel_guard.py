"""Wheel guard: a combo box, spin box or slider inside a scroll area takes the wheel only when it has focus.

Over an unfocused one the wheel scrolls the area instead (the common desktop convention), so scrolling a
long form never changes a value by accident. The widgets get ``Qt.StrongFocus``: a click or Tab focuses
them, and then the wheel changes them as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area around ``widget`` (not a combo box's own popup list), or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Event filter: a wheel event over an unfocused guarded widget goes to its scroll area instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area(watched)
        if area is None:
            return False
        QCoreApplication.sendEvent(area.viewport(), event)
        return True


def guard_wheels(root: QWidget, guard: WheelGuard | None = None) -> WheelGuard:
    """Install one guard on every combo box, spin box and slider under ``root`` that sits in a scroll area.

    Call it again after adding widgets (it installs each widget once); returns the guard, owned by ``root``.
    """
    guard = guard or root.findChild(WheelGuard) or WheelGuard(root)
    for widget in root.findChildren(QWidget):
        if isinstance(widget, GUARDED) and _scroll_area(widget) is not None and not widget.property("wheelGuarded"):
            if isinstance(widget, QScrollBar) or isinstance(widget.parentWidget(), GUARDED):
                continue  # the area's own scroll bars, a spin box's line edit or a combo box's parts
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(guard)
            widget.setProperty("wheelGuarded", True)
    return guard
