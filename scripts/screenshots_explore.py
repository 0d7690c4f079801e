"""Screenshots of the Explore tab in the real main window, into ``docs/screenshots/explore_*.png``.

Uses the shipped models and the MNIST test digits (``AE_STUDIO_DATA`` or the cache). A digit is drawn on
the Draw tab's canvas (rendered from a handwriting font when one is installed, else an enlarged MNIST
digit), then each Explore page is shown at 1280x800, the latent map also at 1024x640. The run starts
as a person without the dataset would: the banner shows, then the dataset's folder is chosen.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_explore.py``.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

log = logging.getLogger("screenshots_explore")
OUT = ROOT / "docs" / "screenshots"
HANDWRITING_FONT = Path("/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf")  # Debian: fonts-humor-sans


def pump(app, seconds: float = 0.3, until: Callable[[], bool] | None = None, timeout: float = 120.0) -> None:
    """Process events for a while, or until a condition holds."""
    end = time.monotonic() + (timeout if until else seconds)
    while time.monotonic() < end and not (until and until()):
        app.processEvents()
        time.sleep(0.01)


def drawing(fallback: np.ndarray) -> np.ndarray:
    """A 280x280 drawing of a 4 (handwriting font, thick stroke), or the fallback digit enlarged."""
    if not HANDWRITING_FONT.is_file():
        return np.kron(fallback, np.ones((10, 10), np.float32))
    from PIL import Image, ImageDraw, ImageFont

    canvas = Image.new("L", (280, 280))
    ImageDraw.Draw(canvas).text((140, 145), "4", fill=255, font=ImageFont.truetype(str(HANDWRITING_FONT), 210),
                                anchor="mm", stroke_width=6, stroke_fill=255)
    return np.asarray(canvas, np.float32) / 255.0


def shoot(window, name: str) -> None:
    path = OUT / f"explore_{name}.png"
    window.grab().save(str(path))
    log.info("wrote %s", path.relative_to(ROOT))


def click_map(app, page, fraction: tuple[float, float]) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    page.map.canvas.draw()
    (x0, x1), (y0, y1) = page.map.limits()
    point = (x0 + fraction[0] * (x1 - x0), y0 + fraction[1] * (y1 - y0))
    QTest.mouseClick(page.map.canvas, Qt.MouseButton.LeftButton, pos=QPoint(*page.map.data_to_widget(point)))
    pump(app)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ae_models import data
    from gui.main_window import MainWindow

    real = data.locate("mnist")
    if real is None:
        log.info("skipped: the MNIST files are needed (set AE_STUDIO_DATA)")
        return 0
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ[data.ENV_DATA] = os.environ[data.ENV_CACHE] = str(Path(folder) / "empty")
        window = MainWindow(settings=QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 800)
        window.show()
        window.hub.start_loading()
        explore = window.explore_tab
        window.tabs.setCurrentWidget(explore)
        explore.pages.setCurrentWidget(explore.neighbours)
        pump(app, until=lambda: window.hub.engine is not None and window.datasets.state("mnist") == "missing")
        pump(app, 1.0)
        shoot(window, "missing_data")
        window.datasets.set_folder(real)  # what "Choose folder…" does
        pump(app, until=lambda: explore.space.ready)
        window.draw_tab.new_drawing(drawing(explore.space.images[4]))
        pump(app, 1.0)
        take_pages(app, window, explore)
        window.resize(1024, 640)
        explore.pages.setCurrentWidget(explore.latent_map)
        pump(app, 1.5)
        shoot(window, "map_1024x640")
        window.close()
    return 0


def take_pages(app, window, explore) -> None:
    """One screenshot per page, each in a state that shows what it does."""
    pages = ((explore.latent_map, "map"), (explore.neighbours, "neighbours"), (explore.code_editor, "code_editor"))
    for page, name in pages:
        explore.pages.setCurrentWidget(page)
        pump(app, until=lambda p=page: p.instance is None or p.stats is not None)
        pump(app, 1.5)
        if page is explore.latent_map and page.instance is not None:
            click_map(app, page, (0.62, 0.7))
        if page is explore.code_editor and page.sliders:
            page.sliders[int(page.stats.order[0])].setValue(900)
        shoot(window, name)
    explore.pages.setCurrentWidget(explore.morph)
    explore.morph.slots["A"].from_drawing.click()
    explore.morph.slots["B"].test_index.setValue(18)
    explore.morph.slider.setValue(45)
    pump(app, 1.0)
    shoot(window, "morph")


if __name__ == "__main__":
    sys.exit(main())
