"""The Explore tab: a look inside the models' code space.

Four pages share one ``CodeSpace`` (the MNIST test digits from the shared dataset service, asked for the
first time the tab is shown, and each model's codes of them): the latent map of 2-D models, the nearest digits with a PCA map, code
editing with sliders, and morphing between two digits. The tab's menu exports the session and the strip.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ae_models import session_export
from gui.datasets import DatasetService
from gui.explore.code_editor import CodeEditorPage
from gui.explore.code_space import CodeSpace
from gui.explore.latent_map import LatentMapPage
from gui.explore.morph import MorphPage
from gui.explore.neighbours import NeighboursPage
from gui.explore.page import ExplorePage
from gui.hub import ModelHub
from gui.i18n import error
from gui.settings import read
from gui.widgets.dataset_notice import DatasetNotice
from gui.widgets.file_dialogs import confirm_overwrite, save_path
from gui.widgets.messages import show_plain
from gui.widgets.written_notice import announce_written

log = logging.getLogger(__name__)


class ExploreTab(QWidget):
    """The Explore pages under one dataset banner; follows the drawing published on the hub."""

    def __init__(self, hub: ModelHub, parent: QWidget | None = None, datasets: DatasetService | None = None):
        super().__init__(parent)
        self.hub = hub
        self.datasets = datasets or DatasetService(self)
        self.space = CodeSpace(hub, self.datasets, self)
        self.banner = DatasetNotice(self.datasets, "mnist", self.tr(
            "The maps, nearest digits and test digits need it; everything else works without."))
        self.latent_map = LatentMapPage(hub, self.space)
        self.neighbours = NeighboursPage(hub, self.space)
        self.code_editor = CodeEditorPage(hub, self.space)
        self.morph = MorphPage(hub, self.space)
        self.morph.export_button.clicked.connect(self.export_strip)
        self.pages = QTabWidget(documentMode=True)
        for title, page in ((self.tr("Latent map"), self.latent_map), (self.tr("Nearest digits"), self.neighbours),
                            (self.tr("Code editor"), self.code_editor), (self.tr("Morph"), self.morph)):
            self.pages.addTab(page, title)
            page.picker.refresh()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self._actions = self._make_actions()

    def _make_actions(self) -> list[QAction]:
        export = QAction(self.tr("Export session…"), self, shortcut=QKeySequence("Ctrl+Shift+E"))
        export.setStatusTip(self.tr("Save the drawing, the model input and every model's code and reconstruction"))
        export.triggered.connect(self.export_session)
        strip = QAction(self.tr("Export morph strip…"), self, shortcut=QKeySequence("Ctrl+Shift+M"))
        strip.triggered.connect(self.export_strip)
        download = QAction(self.tr("Download MNIST"), self)
        download.triggered.connect(self.banner.download)
        folder = QAction(self.tr("Choose MNIST folder…"), self)
        folder.triggered.connect(self.banner.choose_folder)
        return [export, strip, download, folder]

    @property
    def page_list(self) -> list[ExplorePage]:
        return [self.pages.widget(i) for i in range(self.pages.count())]

    def menu_actions(self) -> list[QAction]:
        return self._actions

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.space.ensure_loaded()

    def _ask_path(self, title: str, name: str, filters: str, files: Callable[[Path], list[Path]]) -> Path | None:
        """Where to export; None when cancelled or when the user keeps files the export would replace."""
        path = save_path(self, title, name, filters, confirm=False)
        if path is None or not confirm_overwrite(self, files(path)):
            return None
        return path

    @Slot()
    def export_session(self) -> None:
        """Ask where, then write the session's NPZ and PNG files."""
        if not self.hub.ready:
            QMessageBox.information(self, self.tr("Nothing to export"), self.tr("The models are still loading."))
            return
        drawn = self.hub.current_drawing is not None
        path = self._ask_path(self.tr("Export session"), "session.npz", self.tr("NumPy archive (*.npz)"),
                              lambda p: session_export.session_paths(p, drawn))
        if path is not None:
            self.write_session(path)

    def write_session(self, path: Path) -> list[Path]:
        """Every model's code and reconstruction of the current input, with the drawing, into NPZ + PNG."""
        outputs = self.hub.run_all(self.hub.current_input)
        results = {n: session_export.ModelResult(o.code, o.reconstruction) for n, o in outputs.items()}
        return self._write(lambda: session_export.save_session(
            path, self.hub.current_drawing, self.hub.current_input, results))

    @Slot()
    def export_strip(self) -> None:
        """Ask where, then write the morph strip as PNG and animated GIF."""
        if self.morph.frames() is None:
            QMessageBox.information(self, self.tr("Nothing to export"),
                                    self.tr("Fill both morph slots (A and B) first."))
            return
        path = self._ask_path(self.tr("Export morph strip"), "morph.png", self.tr("PNG image (*.png)"),
                              session_export.strip_paths)
        if path is not None:
            self._write(lambda: session_export.save_strip(path, self.morph.frames()))

    def _write(self, save: Callable[[], list[Path]]) -> list[Path]:
        """Run one export, telling the user when the files could not be written."""
        try:
            written = save()
        except OSError as exc:
            log.exception("export failed")
            show_plain(self, self.tr("Export failed"), self.tr(
                "The files could not be written: {0}.\nChoose a folder you can write to, with free space.").format(
                    error(exc)))
            return []
        announce_written(self, written)
        return written

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("page", self.pages.currentIndex())
        for page in self.page_list:
            page.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.pages.setCurrentIndex(read(settings, "page", 0))
        for page in self.page_list:
            page.restore_state(settings)

    def confirm_close(self) -> bool:
        return True

    def shutdown(self) -> None:
        """Cancel a download and stop the worker threads (and the tab's own dataset service, when it has one)."""
        self.space.shutdown()
        self.neighbours.shutdown()
        if self.datasets.parent() is self:
            self.datasets.shutdown()
