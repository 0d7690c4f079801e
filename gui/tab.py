"""What the main window needs of a tab: the contract every tab folder (draw, train, explore, …) keeps."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction


@runtime_checkable
class Tab(Protocol):
    """A tab page (also a QWidget) built as ``Tab(hub, datasets=…)``; the window calls only these."""

    def menu_actions(self) -> list[QAction]:
        """Shown in a menu named after the tab (the shortcuts live there)."""
        ...

    def save_state(self, settings: QSettings) -> None:
        """Splitters and choices, into the QSettings group the window opened for the tab."""
        ...

    def restore_state(self, settings: QSettings) -> None:
        """The counterpart of ``save_state``; unknown or stale values are ignored."""
        ...

    def confirm_close(self) -> bool:
        """May ask the user (a run in progress); False keeps the window open."""
        ...

    def shutdown(self) -> None:
        """Stop whatever the tab runs, before the window closes."""
        ...
