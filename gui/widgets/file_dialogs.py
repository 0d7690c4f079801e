"""Open and save dialogs that never start in the process's working directory.

The first dialog starts in Pictures or Documents when they exist, else in the home folder; after that,
every dialog starts in the last folder used (one remembered folder for all of them, kept in QSettings).
An export that writes several files asks once before overwriting any, naming each one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.settings import read

LAST_FOLDER_KEY = "dialogs/lastFolder"
FIRST_CHOICES = (QStandardPaths.StandardLocation.PicturesLocation, QStandardPaths.StandardLocation.DocumentsLocation)


def start_folder() -> Path:
    """The last folder used, else Pictures or Documents when they exist, else the home folder."""
    last = read(QSettings(), LAST_FOLDER_KEY, "")
    if last and Path(last).is_dir():
        return Path(last)
    for location in FIRST_CHOICES:
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def remember(path: str | Path) -> None:
    """Make the folder of ``path`` (or ``path`` itself, a folder) where the next dialog starts."""
    path = Path(path)
    QSettings().setValue(LAST_FOLDER_KEY, str(path if path.is_dir() else path.parent))


def save_path(parent: QWidget, title: str, name: str, filters: str, confirm: bool = True) -> Path | None:
    """Ask where to save ``name``; None when cancelled. ``confirm=False``: the caller asks about overwriting
    (an export of several files)."""
    options = QFileDialog.Option(0) if confirm else QFileDialog.Option.DontConfirmOverwrite
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / name), filters, options=options)
    if not path:
        return None
    remember(path)
    return Path(path)


def open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """Ask for a file to open; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if not path:
        return None
    remember(path)
    return Path(path)


def existing_folder(parent: QWidget, title: str, current: str | Path | None = None) -> Path | None:
    """Ask for a folder, starting at ``current`` when it exists; None when cancelled."""
    start = Path(current) if current and Path(current).is_dir() else start_folder()
    folder = QFileDialog.getExistingDirectory(parent, title, str(start))
    if not folder:
        return None
    remember(folder)
    return Path(folder)


def confirm_overwrite(parent: QWidget, paths: Sequence[Path]) -> bool:
    """True when none of ``paths`` exists, or the user agrees to replace every one that does."""
    existing = [p for p in paths if p.exists()]
    if not existing:
        return True
    names = "\n".join(f"  • {p.name}" for p in existing)
    text = QCoreApplication.translate("FileDialogs", "These files exist already in {0}:\n{1}\n\nReplace them?")
    text = text.format(existing[0].parent, names)
    answer = QMessageBox.question(parent, QCoreApplication.translate("FileDialogs", "Replace files?"), text)
    return answer == QMessageBox.StandardButton.Yes
