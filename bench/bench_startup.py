"""Start-up benchmark: how soon the window is visible, and when the models are ready.

    python bench/bench_startup.py [--runs 5]

Each run starts a fresh Python process (offscreen Qt unless DISPLAY is set) that builds the window as
``gui.app.main`` does, and reports the seconds from process launch to the window being exposed, whether
Keras, TensorFlow or matplotlib were imported by then, when the Draw tab painted its first model's
reconstruction and every model's, and when loading finished (all models fused into one call). A digit is
on the canvas from the start (an empty canvas shows no reconstruction), the settings are a fresh file (no
first-run tour) and the UI speaks ``--language`` (English unless asked). Medians over the runs, each beside
its goal.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

CHILD_TIMEOUT = 300  # s: a run that never paints every model fails instead of waiting forever
CHILD = """
import json, sys, tempfile, time
import numpy as np
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from gui import i18n
from gui.main_window import MainWindow
app = QApplication(sys.argv[:1])
app.setApplicationName("Autoencoder Studio Benchmark")
i18n.install(app, sys.argv[1])
settings = QSettings(tempfile.mkdtemp(prefix="bench-startup-") + "/bench.ini", QSettings.Format.IniFormat)
settings.setValue("tour/seen", True)  # a fresh settings file: no first-run tour over the window
window = MainWindow(settings=settings)
window.tabs.setCurrentWidget(window.draw_tab)
window.show()
QTest.qWaitForWindowExposed(window)
shown = time.time()
heavy = [m for m in ("keras", "tensorflow", "matplotlib") if m in sys.modules]
# A digit on the canvas from the start (a learner drawing while the models load): an empty canvas shows
# no reconstruction at all, only the invitation to draw.
rows, cols = np.mgrid[0:280, 0:280]
ring = np.abs(np.hypot((rows - 140) / 95, (cols - 140) / 60) - 1.0)
window.draw_tab.canvas.set_image(np.clip(1.5 - ring * 12, 0, 1))
painted = {}  # models with a reconstruction on screen -> first time

class Probe(QObject):
    def eventFilter(self, obj, event):
        if obj is window and event.type() == QEvent.Type.UpdateRequest:
            type(obj).event(obj, event)
            now = time.time()
            for name in window.draw_tab.results:
                painted.setdefault(name, now)
            if window.hub.ready and len(painted) >= len(window.hub.names):
                app.quit()
            return True
        return False

probe = Probe()
window.installEventFilter(probe)
window.hub.start_loading()
app.exec()
print(json.dumps({"shown": shown, "heavy": heavy, "ready": shown + window.hub.load_seconds,
                  "first": min(painted.values()), "all": max(painted.values()), "models": window.hub.names}))
window.close()
"""


def run_once(language: str) -> dict:
    env = dict(os.environ, KERAS_BACKEND="tensorflow", TF_CPP_MIN_LOG_LEVEL="3", OPENBLAS_NUM_THREADS="1")  # as gui.app
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, language], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).resolve().parent.parent, check=True, timeout=CHILD_TIMEOUT)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return {key: result[key] - start for key in ("shown", "first", "all", "ready")} | {
        "heavy": result["heavy"], "models": result["models"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--language", default="en", help="the UI language to measure (default: English)")
    args = parser.parse_args()
    print(f"UI language {args.language}; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")
    runs = [run_once(args.language) for _ in range(args.runs)]
    heavy = sorted({m for r in runs for m in r["heavy"]}) or "none"
    for key, label, goal in (("shown", "window visible after launch", f"heavy modules by then: {heavy}"),
                             ("first", "first reconstruction painted", "goal <= 4.5 s"),
                             ("all", "every model's reconstruction painted", "goal <= 5.0 s"),
                             ("ready", "all models fused (loading done)", "")):
        seconds = np.array([r[key] for r in runs])
        print(f"{label:<38} median {np.median(seconds):5.2f} s, max {seconds.max():5.2f} s   {goal}")
    print(f"{len(runs[-1]['models'])} models: {', '.join(runs[-1]['models'])}; "
          f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
