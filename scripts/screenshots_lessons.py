"""Screenshots of the teaching screens: every explanation, the tour, and one step of each lesson.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_lessons.py`` (writes docs/screenshots/).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def settle(app, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    import numpy as np
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from ae_models import data
    from gui.help.button import HelpButton
    from gui.help.topics import TOPICS
    from gui.main_window import MainWindow

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(1280, 800)
    window.show()
    window.hub.start_loading()
    while not window.hub.ready:
        settle(app, 0.2)
    mnist = data.load("mnist")
    three = np.pad(mnist.x_test[np.flatnonzero(mnist.y_test == 3)[0]] / 255.0, 4)
    window.draw_tab.canvas.set_image(three)
    window.draw_tab.live.select("deep")
    settle(app, 3)
    for key in TOPICS:
        button = HelpButton(key, window.draw_tab._help_context)
        dialog = button.explain()
        dialog.adjustSize()
        settle(app, 0.3)
        dialog.grab().save(str(OUT / f"help_{key}.png"))
        dialog.close()
    window.start_tour()
    for stop in (1, 4, 5):
        while window.tour.index + 1 < stop:
            window.tour.advance()
        settle(app, 0.5)
        window.grab().save(str(OUT / f"tour_{stop}.png"))
    window.tour.finish()
    for number, lesson in enumerate(window.lessons_tab.guide.lessons, start=1):
        window.lessons_tab.guide.start(lesson.key, restart=True)
        window.lessons_tab.guide.walk.step = 1  # the second step: the first doing step in most lessons
        window.lessons_tab.guide.changed.emit()
        window.draw_tab.canvas.clear()  # the step asks for a drawing: show it still to be done
        tab = {1: window.draw_tab, 2: window.draw_tab, 3: window.draw_tab, 4: window.explore_tab,
               5: window.draw_tab}[number]
        window.tabs.setCurrentWidget(tab)
        settle(app, 2)
        window.grab().save(str(OUT / f"lesson_{number}.png"))
    window.lessons_tab.guide.stop()
    window.tabs.setCurrentWidget(window.lessons_tab)
    window.lessons_tab.list.setCurrentRow(0)
    settle(app, 0.5)
    window.grab().save(str(OUT / "lessons_tab.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
