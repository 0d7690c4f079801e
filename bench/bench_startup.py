"""Start-up benchmark: how soon the window is visible, and when the models are ready.

    python bench/bench_startup.py [--runs 5]

Each run starts a fresh Python process (offscreen Qt unless DISPLAY is set) that builds the window as
``gui.app.main`` does, and reports the seconds from process launch to the window being exposed, whether
Keras, TensorFlow or matplotlib were imported by then, and the seconds until every model is loaded.
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

CHILD = """
import json, sys, time
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from gui.main_window import MainWindow
app = QApplication(sys.argv)
window = MainWindow()
window.show()
QTest.qWaitForWindowExposed(window)
shown = time.time()
heavy = [m for m in ("keras", "tensorflow", "matplotlib") if m in sys.modules]
window.hub.modelsChanged.connect(app.quit)
window.hub.start_loading()
app.exec()
print(json.dumps({"shown": shown, "heavy": heavy, "ready": time.time(), "models": window.hub.engine.names}))
window.close()
"""


def run_once() -> dict:
    env = dict(os.environ, KERAS_BACKEND="tensorflow", TF_CPP_MIN_LOG_LEVEL="3")
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).resolve().parent.parent, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return {"shown": result["shown"] - start, "ready": result["ready"] - start,
            "heavy": result["heavy"], "models": result["models"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = [run_once() for _ in range(args.runs)]
    shown = np.array([r["shown"] for r in runs])
    ready = np.array([r["ready"] for r in runs])
    print(f"window visible after launch: median {np.median(shown):.2f} s, max {shown.max():.2f} s "
          f"(heavy modules imported by then: {sorted({m for r in runs for m in r['heavy']}) or 'none'})")
    print(f"all models ready: median {np.median(ready):.2f} s, max {ready.max():.2f} s "
          f"({len(runs[-1]['models'])} models: {', '.join(runs[-1]['models'])})")


if __name__ == "__main__":
    main()
