"""Draw tab benchmark: input handling, mouse-move-to-paint latency and memory, measured in the app.

Runs the real main window with every variant loaded (the shipped models when all seven ship, else
untrained stand-ins, which cost the same to run) and draws strokes with mouse events at a steady rate,
like a hand moving a mouse, the model card shown and the noise demo shown taking turns. For every move it
records:
  * handling: how long the canvas took to handle the event on the main thread;
  * delay: from the moment the move was due until it was handled (time the main thread was busy);
  * latency: from the moment the move was due until the window finished painting a frame whose views
    show a drawing at least that new (the reconstructions, errors, code, model input and canvas).
It also prints the process's CPU time per update (all its threads), which other jobs on the machine
inflate far less than the latencies, and resident memory before and after the updates, and a speed check
of the machine at the start and the end (``speed_check``). Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_draw.py [--updates 10000] [--language en]`` (the UI
speaks English unless asked).
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as gui.app sets it for the app, before NumPy loads

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QPointF, Qt, QTimer, Slot  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

log = logging.getLogger("bench_draw")


def rss_mb() -> float:
    """Resident memory of this process, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def models_folder(requested: str | None) -> Path:
    """The folder to load: as asked, the shipped one when complete, else fresh stand-ins."""
    from ae_models import shipped as shipped_files
    from ae_models import zoo
    from ae_models.resources import MODELS_DIR

    if requested:
        return Path(requested)
    shipped = shipped_files.check(MODELS_DIR).paths
    if set(zoo.REGISTRY) <= set(shipped):
        return MODELS_DIR
    from ae_models.standin import write_untrained

    log.info("only %s ship; using untrained stand-ins of all seven", ", ".join(shipped) or "none")
    return write_untrained(tempfile.mkdtemp(prefix="bench-draw-"))


def speed_check() -> float:
    """Milliseconds a fixed piece of the update's kind of work takes (small matrix products, element-wise
    NumPy, Python calls): printed at the start and the end, so runs on a machine whose speed drifts (a shared
    virtual machine) can be told apart from changes in the code. Lower is faster."""
    rng = np.random.default_rng(0)
    x, w = rng.random((392, 288), np.float32), rng.random((288, 32), np.float32)
    best = math.inf
    for _ in range(5):
        start = time.process_time()
        for _ in range(50):
            y = np.maximum(x @ w, 0.0)
            sum(float(v) for v in y[0])
        best = min(best, time.process_time() - start)
    return best * 1000


class PaintProbe(QObject):
    """Times the end of every window repaint and notes which drawing revision the views showed."""

    def __init__(self, window, tab):
        super().__init__()
        self.window, self.tab = window, tab
        self.frames: list[tuple[float, int]] = []

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.window and event.type() == QEvent.Type.UpdateRequest:
            revision = self.tab.shown_revision
            type(obj).event(obj, event)  # paint now, so the time taken next is after the paint
            self.frames.append((time.perf_counter(), revision))
            return True
        return False


def stroke_points(index: int, steps: int, side: float) -> list[QPointF]:
    """A loop-shaped stroke across the canvas (a different one each time)."""
    phase = index * 0.7
    t = np.linspace(0, 2 * math.pi, steps)
    x = side * (0.5 + 0.3 * np.sin(t + phase) * np.cos(0.5 * t))
    y = side * (0.5 + 0.35 * np.sin(2 * t + phase))
    return [QPointF(a, b) for a, b in zip(x, y)]


def mouse(kind: QEvent.Type, pos: QPointF, button: Qt.MouseButton, buttons: Qt.MouseButton) -> QMouseEvent:
    return QMouseEvent(kind, pos, pos, button, buttons, Qt.KeyboardModifier.NoModifier)


def wait_until(app: QApplication, moment: float) -> None:
    while time.perf_counter() < moment:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.005)


class Hand(QObject):
    """Moves the mouse over the canvas like a hand: a move falls due every 1/rate s. When the main thread
    was busy, the moves that fell due meanwhile arrive as one event, as the window system merges them."""

    def __init__(self, tab, rate: float, stroke_len: int, updates: int):
        super().__init__()
        self.tab, self.canvas, self.interval = tab, tab.canvas, 1.0 / rate
        self.stroke_len, self.updates = stroke_len, updates
        self.timer = QTimer(self, timerType=Qt.TimerType.PreciseTimer, interval=max(1, round(1000 / rate)))
        self.timer.timeout.connect(self._tick)
        self.loop = QEventLoop()
        self.handling: list[float] = []
        self.delay: list[float] = []
        self.moves: list[tuple[float, int]] = []  # (when the move fell due, drawing revision it produced)
        self.strokes, self.step, self.points = 0, 0, []

    def run(self) -> None:
        self.start, self.done, self.first_revision = time.perf_counter(), 0, self.tab.shown_revision
        self.timer.start()
        self.loop.exec()

    @Slot()
    def _tick(self) -> None:
        due_now = int((time.perf_counter() - self.start) / self.interval)
        if due_now <= self.done:
            return
        dues = [self.start + (k + 1) * self.interval for k in range(self.done, due_now)]
        self.done = due_now
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        if not self.points:
            self.points = stroke_points(self.strokes, self.stroke_len, min(self.canvas.width(), self.canvas.height()))
            QApplication.sendEvent(self.canvas, mouse(QEvent.Type.MouseButtonPress, self.points[0], left, left))
        self.step = min(self.step + len(dues), len(self.points) - 1)
        t0 = time.perf_counter()
        QApplication.sendEvent(self.canvas, mouse(QEvent.Type.MouseMove, self.points[self.step], none, left))
        self.handling.append(time.perf_counter() - t0)
        self.delay.append(t0 - dues[0])
        self.moves += [(due, self.canvas.revision) for due in dues]
        if self.step == len(self.points) - 1:
            QApplication.sendEvent(self.canvas, mouse(QEvent.Type.MouseButtonRelease, self.points[-1], left, none))
            self.strokes, self.step, self.points = self.strokes + 1, 0, []
            if self.strokes % 3 == 0:
                self.canvas.clear()
        if self.tab.shown_revision - self.first_revision >= self.updates:
            self.timer.stop()
            QTimer.singleShot(200, self.loop.quit)  # let the last frames paint


def run(window, tab, updates: int, rate: float, stroke_len: int) -> dict[str, list[float]]:
    """Draw until the views have shown ``updates`` new drawings; returns the per-move measurements."""
    probe = PaintProbe(window, tab)
    window.installEventFilter(probe)
    hand = Hand(tab, rate, stroke_len, updates)
    cpu = time.process_time()
    hand.run()
    cpu = time.process_time() - cpu
    window.removeEventFilter(probe)
    return {"handling": hand.handling, "delay": hand.delay, "latency": latencies(hand.moves, probe.frames),
            "cpu_per_update": [cpu / (tab.shown_revision - hand.first_revision)]}


def latencies(moves: list[tuple[float, int]], frames: list[tuple[float, int]]) -> list[float]:
    """For each move, the time until the first painted frame showing its revision (or a newer one)."""
    out, f = [], 0
    for due, revision in moves:
        while f < len(frames) and (frames[f][1] < revision or frames[f][0] < due):
            f += 1
        if f < len(frames):
            out.append(frames[f][0] - due)
    return out


def summary(name: str, seconds: list[float]) -> str:
    ms = np.asarray(seconds) * 1000
    return (f"{name:<34} n={len(ms):>6}  p50 {np.percentile(ms, 50):6.2f} ms  p95 {np.percentile(ms, 95):6.2f} ms  "
            f"p99 {np.percentile(ms, 99):6.2f} ms  max {ms.max():7.2f} ms")


def open_window(app: QApplication, models: str | None):
    """The main window at 1280x800 on the Draw tab, every model loaded, settings in a temporary file."""
    from PySide6.QtCore import QSettings

    from gui.hub import ModelHub
    from gui.main_window import MainWindow

    settings = QSettings(str(Path(tempfile.mkdtemp(prefix="bench-draw-")) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ModelHub(models_folder(models)), settings)
    window.resize(1280, 800)
    window.show()
    window.hub.start_loading()
    while not window.hub.ready:
        wait_until(app, time.perf_counter() + 0.05)
    window.tabs.setCurrentWidget(window.draw_tab)
    return window


def report(label: str, result: dict[str, list[float]], cpu_goal: str) -> None:
    """The figures over all of a mode's blocks; CPU per update as the median of the blocks' (each listed)."""
    print(f"-- {label}")
    print(summary("input event handling", result["handling"]), "  goal p95 <= 1 ms")
    print(summary("input delay (due -> handled)", result["delay"]))
    print(summary("mouse move -> painted result", result["latency"]), "  goal p95 <= 16 ms")
    blocks = ", ".join(f"{cpu * 1000:.2f}" for cpu in result["cpu_per_update"])
    print(f"{'CPU time per update (all threads)':<34} {np.median(result['cpu_per_update']) * 1000:.2f} ms "
          f"(median of blocks {blocks})   {cpu_goal}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=10_000, help="model updates to run for the memory figure")
    parser.add_argument("--rate", type=float, default=125.0, help="mouse moves per second")
    parser.add_argument("--stroke", type=int, default=60, help="moves per stroke")
    parser.add_argument("--models", help="models folder (default: shipped if complete, else stand-ins)")
    parser.add_argument("--language", default="en", help="the UI language to measure (default: English)")
    parser.add_argument("--blocks", type=int, default=3, help="turns each mode takes (1,500 updates in all)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Autoencoder Studio Benchmark")
    from gui import i18n

    i18n.install(app, args.language)
    window = open_window(app, args.models)
    tab, names = window.draw_tab, window.hub.engine.names
    print(f"{len(names)} models: {', '.join(names)}; platform {app.platformName()}; UI language "
          f"{i18n.current()}; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start; "
          f"speed check {speed_check():.1f} ms")
    run(window, tab, 500, args.rate, args.stroke)  # warm-up: caches, first paints, allocator
    modes = ((tab.card, "model card shown", ""), (tab.noise_panel, "noise demo shown", "goal <= 5 ms"))
    results: list[dict[str, list[float]]] = [{} for _ in modes]
    for _ in range(args.blocks):  # the modes take turns, so a change in the machine's speed touches both
        for (page, _, _), result in zip(modes, results):
            tab.details.setCurrentWidget(page)
            for key, values in run(window, tab, 1500 // args.blocks, args.rate, args.stroke).items():
                result.setdefault(key, []).extend(values)
    for (_, label, goal), result in zip(modes, results):
        report(label, result, goal)
    tab.details.setCurrentWidget(tab.card)
    before, started = rss_mb(), time.perf_counter()
    run(window, tab, args.updates, args.rate, args.stroke)
    after = rss_mb()
    print(f"-- memory: RSS {before:.1f} MB -> {after:.1f} MB over {args.updates} updates "
          f"({time.perf_counter() - started:.0f} s): {after - before:+.1f} MB   goal < 20 MB")
    print(f"load average {os.getloadavg()[0]:.2f} at the end; speed check {speed_check():.1f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
