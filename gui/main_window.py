"""The main window: tabs, menus, status bar and remembered layout.

Every tab is a QWidget that keeps the ``gui.tab.Tab`` protocol (menu actions, saved state, close and
shutdown). Nothing imported here may import Keras, TensorFlow or matplotlib: the window must show at once.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import NamedTuple, cast

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QTabWidget, QVBoxLayout, QWidget

import ae_models
from ae_models import data, zoo
from gui.datasets import DatasetService
from gui.draw.tab import DrawTab
from gui.explore.tab import ExploreTab
from gui.help.tour import Stop, Tour
from gui.hub import ModelHub
from gui.i18n import engine
from gui.language_menu import LanguageMenu
from gui.lessons.tab import LessonsTab
from gui.settings import read, read_state
from gui.tab import Tab
from gui.train.tab import TrainTab
from gui.widgets.focus_return import FocusReturn
from gui.widgets.messages import show_plain
from gui.widgets.shortcut_list import shortcuts_html
from gui.widgets.written_notice import WrittenNotice

DEFAULT_SIZE = (1280, 800)


class PageLabels(NamedTuple):
    """A page's names as shown: its tab, its menu (with its mnemonic) and its View menu item."""

    tab: str
    menu: str
    view: str


class MainWindow(QMainWindow):
    """Autoencoder Studio's window; ``hub`` holds the models all tabs share."""

    def __init__(self, hub: ModelHub | None = None, settings: QSettings | None = None):
        super().__init__()
        self.setWindowTitle(self.tr("Autoencoder Studio"))
        self.settings = settings or QSettings()
        self.hub = hub or ModelHub(parent=self)
        self.datasets = DatasetService(self)  # one for every tab: a folder chosen anywhere is used everywhere
        self.tabs = QTabWidget(documentMode=True)
        self.draw_tab = DrawTab(self.hub, datasets=self.datasets)
        self.train_tab = TrainTab(self.hub, datasets=self.datasets)
        self.explore_tab = ExploreTab(self.hub, datasets=self.datasets)
        self.lessons_tab = LessonsTab(self.hub, self.settings)
        # keyed by a name for the code (settings groups, lesson events); people see the translated labels
        self.pages: dict[str, Tab] = {"Draw": self.draw_tab, "Train": self.train_tab, "Explore": self.explore_tab,
                                      "Lessons": self.lessons_tab}
        labels = self.labels()
        for key, page in self.pages.items():
            self.tabs.addTab(cast(QWidget, page), labels[key].tab)
        self._build_central()
        self.tour: Tour | None = None
        self._build_menus()
        self._build_status_bar()
        self.focus_return = FocusReturn(self)
        self.hub.loadingStarted.connect(self._on_loading)
        self.hub.modelsChanged.connect(self._on_models_changed)
        self.hub.loadFailed.connect(self._on_load_failed)
        self._restore()

    def labels(self) -> dict[str, PageLabels]:
        """What people read for each page (by its key in ``pages``): its tab, its menu, its View menu item."""
        return {
            "Draw": PageLabels(self.tr("Draw"), self.tr("&Draw"), self.tr("Draw tab")),
            "Train": PageLabels(self.tr("Train"), self.tr("&Train"), self.tr("Train tab")),
            "Explore": PageLabels(self.tr("Explore"), self.tr("&Explore"), self.tr("Explore tab")),
            "Lessons": PageLabels(self.tr("Lessons"), self.tr("&Lessons"), self.tr("Lessons tab")),
        }

    def _build_menus(self) -> None:
        labels = self.labels()
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        for key, page in self.pages.items():
            actions = page.menu_actions()
            if actions:
                menu = self.menuBar().addMenu(labels[key].menu)
                menu.addActions(actions)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, key in enumerate(self.pages):
            action = QAction(labels[key].view, self, shortcut=QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addMenu(LanguageMenu(self, self.settings))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        tour = QAction(self.tr("Take the &tour"), self)
        tour.triggered.connect(self.start_tour)
        help_menu.addAction(tour)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self, shortcut=QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(self._show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About Autoencoder Studio"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_central(self) -> None:
        """The tabs, and under them the lesson bar, so the lesson being followed stays in view in every tab."""
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.lessons_tab.bar)
        self.setCentralWidget(central)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        self.hub.events.report("open_tab", tab=list(self.pages)[index].lower())

    def tour_stops(self) -> list[Stop]:
        draw = self.draw_tab
        show_draw = lambda: self.tabs.setCurrentWidget(draw)  # noqa: E731 (a stop's small set-up step)
        return [
            Stop(lambda: draw.canvas, self.tr("Draw a digit here with the mouse: left button draws, right "
                                              "button erases, Ctrl+Z undoes a stroke."), show_draw),
            Stop(lambda: draw.live, self.tr("Every model rebuilds your drawing while you draw. The numbers are "
                                            "their errors; click a model to look inside it."), show_draw),
            Stop(lambda: draw.code_view, self.tr("The code: the few numbers the selected model keeps of your "
                                                 "drawing. Its decoder draws the reconstruction from these "
                                                 "alone."), show_draw),
            Stop(lambda: draw.noise_panel.slider, self.tr("Add noise to your drawing and see the denoising model "
                                                          "clean it up while a plain model copies the noise."),
                 lambda: (show_draw(), draw.details.setCurrentWidget(draw.noise_panel))),
            Stop(lambda: self.tabs.tabBar(), self.tr("New to autoencoders? The Lessons tab walks you through "
                                                     "the tutorials step by step. Every \"?\" explains its panel."),
                 show_draw),
        ]

    @Slot()
    def start_tour(self) -> None:
        """Show the tour (Help › Take the tour); it is remembered as seen once it ends or is skipped."""
        if self.tour is None:
            self.tour = Tour(self, self.tour_stops())
            self.tour.finished.connect(lambda: self.settings.setValue("tour/seen", True))
        self.tour.start()

    def offer_tour(self) -> None:
        """At start-up: the tour, the first time only."""
        if not self.settings.value("tour/seen", False, type=bool):
            self.start_tour()

    def _build_status_bar(self) -> None:
        self.status_label = QLabel(self.tr("Starting…"), textFormat=Qt.TextFormat.PlainText)  # it names model files
        self.busy = QProgressBar(maximumWidth=160, maximumHeight=14, textVisible=False)
        self.busy.setRange(0, 0)
        self.status_label.setToolTip(self.tr("What the app is doing: how many models are loaded and how long "
                                             "that took."))
        self.busy.setToolTip(self.tr("Loading the models…"))
        self.busy.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.written = WrittenNotice()
        self.statusBar().addPermanentWidget(self.written)
        self.statusBar().addPermanentWidget(self.busy)

    @Slot()
    def _on_loading(self) -> None:
        self.status_label.setText(self.tr("Loading TensorFlow and the pretrained models…"))
        self.busy.show()

    @Slot()
    def _on_models_changed(self) -> None:
        self.busy.hide()
        text = self.tr("%n models ready (loaded in {0:.1f} s).", "", len(self.hub.names)).format(
            self.hub.load_seconds)
        if self.hub.errors:
            names = ", ".join(engine(zoo.REGISTRY[n].title) if n in zoo.REGISTRY else n for n in self.hub.errors)
            text = " ".join((text, self.tr("%n unavailable: {0}.", "", len(self.hub.errors)).format(names)))
        self.status_label.setText(text)

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        self.busy.hide()
        self.status_label.setText(self.tr("The models could not be loaded."))
        show_plain(self, self.tr("Models not loaded"), message, QMessageBox.Icon.Critical)

    def _show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcuts_html(self.menuBar()))

    def about_text(self) -> str:
        """The About box: what the app is, its version, where its files are, and the licences."""
        intro = self.tr("<b>Autoencoder Studio {0}</b><p>Draw a digit and watch a zoo of MNIST autoencoders "
                        "reconstruct it, live. Train your own in the Train tab, look inside their code "
                        "space in the Explore tab.</p>").format(ae_models.__version__)
        places = self.tr("<p><b>Where the files are</b><br>Program: {0}<br>Shipped models: {1}<br>"
                         "Bundled MNIST: {2}<br>Your trained models: {3}<br>Downloaded datasets: {4}<br>"
                         "Settings: {5}</p>").format(*(html.escape(str(place)) for place in (
            Path(ae_models.__file__).parent.parent, self.hub.models_dir, data.REGISTRY["mnist"].bundled,
            self.train_tab.library.folder, data.cache_dir(), self.settings.fileName())))
        licences = self.tr("<p>The code and the shipped weights are under the MIT licence. The MNIST "
                           "database is © Yann LeCun and Corinna Cortes, under CC BY-SA 3.0.</p>")
        return intro + places + licences

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Autoencoder Studio"), self.about_text())

    def _restore(self) -> None:
        s = self.settings
        geometry = read_state(s, "window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        self.tabs.setCurrentIndex(read(s, "window/tab", 0))
        # the data folder; before one service held it, the Explore and Train tabs each kept their own
        folder = read(s, "data/folder", "") or read(s, "explore/data_folder", "") or read(s, "train/data_folder", "")
        if folder:
            self.datasets.set_folder(folder)
        for key, page in self.pages.items():
            s.beginGroup(key.lower())
            page.restore_state(s)
            s.endGroup()

    def _save(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/tab", self.tabs.currentIndex())
        s.setValue("data/folder", str(self.datasets.folder or ""))
        for key, page in self.pages.items():
            s.beginGroup(key.lower())
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
        self.datasets.shutdown()
        self.hub.shutdown()
        event.accept()

