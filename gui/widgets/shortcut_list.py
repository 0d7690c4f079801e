"""The Help menu's list of keyboard shortcuts, read from the menus themselves (so it cannot go stale)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenuBar

# A mnemonic: "&File", or "(&F)" after a label in a script without the letter (ja, zh); "&&" is a plain "&".
MNEMONIC = re.compile(r"\s*\(&[^&\s]\)|&(&?)")


def plain(label: str) -> str:
    """A menu's or action's label without its mnemonic marks."""
    return MNEMONIC.sub(r"\1", label)


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every menu action with a shortcut, in menu order."""
    rows = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys and not action.isSeparator():
                rows.append((plain(menu.title()), plain(action.text()), ", ".join(keys)))
    return rows


def shortcuts_html(menu_bar: QMenuBar) -> str:
    """The rows as an HTML table, with a line on reaching everything else by keyboard."""
    lines = "".join(f"<tr><td>{escape(m)}</td><td>{escape(a)}</td><td><b>{escape(k)}</b></td></tr>"
                    for m, a, k in shortcut_rows(menu_bar))
    tip = QCoreApplication.translate(
        "Shortcuts", "Alt and a menu's underlined letter opens it; Tab moves between the controls of a tab.")
    return f"<table cellpadding='3'>{lines}</table><p>{escape(tip)}</p>"
