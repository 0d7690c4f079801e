"""Screenshots of the screens issue 13 changed ("every control tells the truth"), into
``docs/screenshots/truth_*.png``.

The real window with the shipped models and MNIST (``AE_STUDIO_DATA``): the Draw tab while loading and
with a blank canvas (its empty state), the Train form of the conv preset (both stages), a short real run
with a learning rate of 10 (flagged beside the field, "(edited)", marked diverged), a 2-epoch run used
instead of the shipped vanilla model (tile and card say whose it is), the morph slot filled from the
drawing, an export's status line with "Show folder", the exported strip, and Help's shortcut list.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_truth.py``.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
home = tempfile.mkdtemp(prefix="ae-studio-truth-shots-")
os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")  # an empty list of trained models to start with
os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QScrollArea  # noqa: E402

from scripts.screenshots import draw, pump, two_strokes  # noqa: E402

log = logging.getLogger("screenshots_truth")
OUT = ROOT / "docs" / "screenshots"


def shoot(app: QApplication, widget, name: str) -> None:
    pump(app, 0.4)
    path = OUT / f"truth_{name}.png"
    widget.grab().save(str(path))
    log.info("wrote %s", path.relative_to(ROOT))


def train(app: QApplication, window, epochs: int, rate: str, digits: int) -> None:
    """A real run through the Train tab's form (the vanilla recipe with a few changes)."""
    tab, form = window.train_tab, window.train_tab.form
    form.variant.setCurrentIndex(form.variant.findData("vanilla"))
    form.epochs.setValue(epochs)
    form.learning_rate.setText(rate)
    form.digits.setValue(digits)
    tab.start()
    pump(app, until=lambda: not tab.running, timeout=600)


def draw_and_train_screens(app: QApplication, window) -> None:
    draw_tab, train_tab = window.draw_tab, window.train_tab
    window.tabs.setCurrentWidget(draw_tab)
    draw_tab.live.select("vanilla")
    shoot(app, window, "draw_blank")
    window.tabs.setCurrentWidget(train_tab)
    form = train_tab.form
    form.variant.setCurrentIndex(form.variant.findData("conv"))
    pump(app, 0.3)  # the stage row has just appeared: let the form lay it out first
    train_tab.findChild(QScrollArea).ensureWidgetVisible(form.refine_hint, 0, 24)
    shoot(app, window, "train_conv_stages")
    train(app, window, epochs=3, rate="10", digits=6000)
    shoot(app, window, "train_diverged")
    train(app, window, epochs=2, rate="0.002", digits=60_000)
    train_tab.models.refresh(select=train_tab.outcome.path)
    train_tab.models.use_instead()
    shoot(app, window, "train_replaced")
    window.tabs.setCurrentWidget(draw_tab)
    draw(draw_tab.canvas, two_strokes())
    pump(app, until=lambda: draw_tab.shown_revision == draw_tab.canvas.revision)
    draw_tab.live.select("vanilla")
    shoot(app, window, "draw_replaced")


def explore_and_help_screens(app: QApplication, window, folder: Path) -> None:
    explore = window.explore_tab
    window.tabs.setCurrentWidget(explore)
    pump(app, until=lambda: explore.space.ready, timeout=120)
    explore.pages.setCurrentWidget(explore.morph)
    explore.morph.picker.select("vanilla")
    explore.morph.fill_from_drawing("A")
    QFileDialog.getSaveFileName = lambda *a, **k: (str(folder / "morph.png"), "")
    explore.export_strip()
    shoot(app, window, "explore_exported")
    shutil.copy(folder / "morph.png", OUT / "truth_exported_strip.png")  # the strip's panels, labelled

    def grab_dialog() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                shoot(app, widget, "help_shortcuts")
                widget.accept()

    QTimer.singleShot(500, grab_dialog)
    window._show_shortcuts()


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Autoencoder Studio")
    app.setOrganizationName("Autoencoder Studio")
    from gui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow(settings=QSettings(str(Path(home) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    window.hub.start_loading()
    shoot(app, window, "draw_loading")
    pump(app, until=lambda: window.hub.ready)
    window.train_tab.models.confirm = lambda title, text: True
    draw_and_train_screens(app, window)
    exports = Path(home) / "Pictures"
    exports.mkdir()
    explore_and_help_screens(app, window, exports)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
