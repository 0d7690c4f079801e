"""The main window: tabs, menus, status bar and remembered layout.

Every tab is a QWidget built as ``Tab(hub)`` that provides:
  ``menu_actions() -> list[QAction]``  shown in a menu named after the tab (shortcuts live there);
  ``save_state(settings)`` / ``restore_state(settings)``  splitters and choices (QSettings group given);
  ``confirm_close() -> bool``  may ask the user (a run in progress) and return False to keep the window;
  ``shutdown()``  stops whatever the tab runs, before the window closes.
Nothing imported here may import Keras, TensorFlow or matplotlib: the window must show at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QTabWidget, QWidget

import ae_models
from ae_models import data
from gui.draw.tab import DrawTab
from gui.explore.tab import ExploreTab
from gui.hub import ModelHub
from gui.train.tab import TrainTab

DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    """Autoencoder Studio's window; ``hub`` holds the models all tabs share."""

    def __init__(self, hub: ModelHub | None = None, settings: QSettings | None = None):
        super().__init__()
        self.setWindowTitle("Autoencoder Studio")
        self.settings = settings or QSettings()
        self.hub = hub or ModelHub(parent=self)
        self.tabs = QTabWidget(documentMode=True)
        self.draw_tab = DrawTab(self.hub)
        self.train_tab = TrainTab(self.hub)
        self.explore_tab = ExploreTab(self.hub)
        self.pages: dict[str, QWidget] = {"Draw": self.draw_tab, "Train": self.train_tab, "Explore": self.explore_tab}
        for title, page in self.pages.items():
            self.tabs.addTab(page, title)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        self.hub.loadingStarted.connect(self._on_loading)
        self.hub.modelsChanged.connect(self._on_models_changed)
        self.hub.loadFailed.connect(self._on_load_failed)
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        for title, page in self.pages.items():
            actions = page.menu_actions()
            if actions:
                menu = self.menuBar().addMenu(f"&{title}")
                menu.addActions(actions)
        view_menu = self.menuBar().addMenu("&View")
        for index, title in enumerate(self.pages):
            action = QAction(f"{title} tab", self, shortcut=QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Autoencoder Studio", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.status_label = QLabel("Starting…")
        self.busy = QProgressBar(maximumWidth=160, maximumHeight=14, textVisible=False)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.busy)

    @Slot()
    def _on_loading(self) -> None:
        self.status_label.setText("Loading TensorFlow and the pretrained models…")
        self.busy.show()

    @Slot()
    def _on_models_changed(self) -> None:
        self.busy.hide()
        engine = self.hub.engine
        text = f"{len(engine.names)} models ready (loaded in {self.hub.load_seconds:.1f} s)."
        if self.hub.errors:
            text += f" {len(self.hub.errors)} unavailable: {', '.join(self.hub.errors)}."
        self.status_label.setText(text)

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        self.busy.hide()
        self.status_label.setText("The models could not be loaded.")
        QMessageBox.critical(self, "Models not loaded", message)

    def about_text(self) -> str:
        """The About box: what the app is, its version, where its files are, and the licences."""
        intro = self.tr("<b>Autoencoder Studio {0}</b><p>Draw a digit and watch a zoo of MNIST autoencoders "
                        "reconstruct it, live. Train your own in the Train tab, look inside their code "
                        "space in the Explore tab.</p>").format(ae_models.__version__)
        places = self.tr("<p><b>Where the files are</b><br>Program: {0}<br>Shipped models: {1}<br>"
                         "Bundled MNIST: {2}<br>Your trained models: {3}<br>Downloaded datasets: {4}<br>"
                         "Settings: {5}</p>").format(
            Path(ae_models.__file__).parent.parent, self.hub.models_dir, data.REGISTRY["mnist"].bundled,
            self.train_tab.library.folder, data.cache_dir(), self.settings.fileName())
        licences = self.tr("<p>The code and the shipped weights are under the MIT licence. The MNIST "
                           "database is © Yann LeCun and Corinna Cortes, under CC BY-SA 3.0.</p>")
        return intro + places + licences

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Autoencoder Studio"), self.about_text())

    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        self.tabs.setCurrentIndex(int(s.value("window/tab", 0)))
        for title, page in self.pages.items():
            s.beginGroup(title.lower())
            page.restore_state(s)
            s.endGroup()

    def _save(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/tab", self.tabs.currentIndex())
        for title, page in self.pages.items():
            s.beginGroup(title.lower())
            page.save_state(s)
            s.endGroup()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not all(page.confirm_close() for page in self.pages.values()):
            event.ignore()
            return
        self._save()
        for page in self.pages.values():
            page.shutdown()
        self.hub.shutdown()
        event.accept()

