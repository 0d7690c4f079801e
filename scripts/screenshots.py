"""Screenshots of the Draw tab in the real main window, into ``docs/screenshots/draw_*.png``.

Uses the shipped models (a variant that does not ship yet shows why in its place). A "2" is drawn on the
canvas with mouse events, as a person would, then the window is captured: at a fresh start, with the
drawn digit (the vanilla model's code as bars, the 2-D model's as a point, the convolutional model's as
feature maps), with the noise demo, and at the smallest supported size.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py``. With ``--language CODE`` it
shows the window in that language and takes one picture, the drawn digit: ``draw_language_<CODE>.png``.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as gui.app sets it

from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

log = logging.getLogger("screenshots")
OUT = ROOT / "docs" / "screenshots"


def pump(app: QApplication, seconds: float = 0.3, until: Callable[[], bool] | None = None,
         timeout: float = 180.0) -> None:
    """Process events for a while, or until a condition holds."""
    end = time.monotonic() + (timeout if until else seconds)
    while time.monotonic() < end and not (until and until()):
        app.processEvents()
        time.sleep(0.01)


def two_strokes() -> list[list[tuple[float, float]]]:
    """A handwritten '2' in canvas coordinates (280 across): a hook over the top, a diagonal, a base."""
    hook = [(140 + 52 * math.cos(a), 105 + 48 * math.sin(a)) for a in [math.radians(d) for d in range(200, 375, 8)]]
    body = [*hook, (165, 150), (130, 185), (100, 218), (150, 214), (205, 216)]
    return [body]


def draw(canvas, strokes: list[list[tuple[float, float]]]) -> None:
    """Draw strokes with the left mouse button, moving in small steps like a hand."""
    side = min(canvas.width(), canvas.height())
    left, top = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    to_widget = lambda x, y: QPoint(round(left + x * side / 280), round(top + y * side / 280))  # noqa: E731
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for stroke in strokes:
        QTest.mousePress(canvas, button, none, to_widget(*stroke[0]))
        for (x0, y0), (x1, y1) in zip(stroke, stroke[1:]):
            for t in (0.25, 0.5, 0.75, 1.0):
                QTest.mouseMove(canvas, to_widget(x0 + t * (x1 - x0), y0 + t * (y1 - y0)))
                QApplication.processEvents()
        QTest.mouseRelease(canvas, button, none, to_widget(*stroke[-1]))


def shoot(app: QApplication, window, name: str) -> None:
    pump(app, 0.4)
    path = OUT / f"draw_{name}.png"
    window.grab().save(str(path))
    log.info("wrote %s", path.relative_to(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", help="one picture of the Draw tab in this language")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Autoencoder Studio Screenshots")
    from gui import i18n
    from gui.main_window import MainWindow

    if args.language:
        i18n.install(app, args.language)

    OUT.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(Path(tempfile.mkdtemp(prefix="screenshots-")) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(1280, 800)
    window.show()
    window.hub.start_loading()
    pump(app, until=lambda: window.hub.ready)  # every model in, the fused call compiled
    tab = window.draw_tab
    window.tabs.setCurrentWidget(tab)
    tab.live.select("vanilla")
    if not args.language:
        shoot(app, window, "fresh")
    draw(tab.canvas, two_strokes())
    pump(app, until=lambda: tab.shown_revision == tab.canvas.revision and tab.typicality.bar.value is not None)
    if args.language:
        shoot(app, window, f"language_{args.language}")
        window.close()
        return 0
    shoot(app, window, "digit")
    for name in ("latent2", "conv"):  # the code as a point on the plane, and as feature maps
        tab.live.select(name)
        shoot(app, window, name)
    tab.live.select("vanilla")
    tab.details.setCurrentWidget(tab.noise_panel)
    tab.noise_panel.set_level(0.5)
    shoot(app, window, "noise")
    window.resize(1024, 640)
    tab.details.setCurrentWidget(tab.card)
    shoot(app, window, "digit_1024x640")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
