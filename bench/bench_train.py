"""Benchmark of training inside the app: throughput against the same fit run headless, how late a
main-thread timer fires while a run goes on, cancel-to-idle time, and exit time after closing mid-run.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_train.py`` with MNIST found by the usual
search (``AE_STUDIO_DATA``). Goals: in-app throughput ≥ 0.95× headless; timer lateness p95 ≤ 50 ms;
exit ≤ 2 s after the close is confirmed. The machine's load is printed with the numbers: other jobs
on the same cores make every figure noisy.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
_HOME = tempfile.mkdtemp(prefix="ae-bench-")  # saved models and settings go to throw-away folders
os.environ.setdefault("XDG_DATA_HOME", os.path.join(_HOME, "data"))
os.environ.setdefault("XDG_CONFIG_HOME", os.path.join(_HOME, "config"))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, Qt, QTimer, Slot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ae_models import data  # noqa: E402
from gui.hub import ModelHub  # noqa: E402
from gui.train.tab import TrainTab  # noqa: E402

log = logging.getLogger("bench_train")
TICK_MS = 20


class LatenessProbe(QObject):
    """A main-thread timer that records how late each tick fires."""

    def __init__(self) -> None:
        super().__init__()
        self.late: list[float] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer(self, interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.late.clear()
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def tick(self) -> None:
        self.late.append(max(0.0, self.clock.restart() - TICK_MS))


def steady_rate(history: list[dict], digits: int) -> float:
    """Training digits per second over the epochs after the first (which includes tracing)."""
    seconds = sum(h["seconds"] for h in history[1:])
    return digits * (len(history) - 1) / seconds


def configure(tab: TrainTab, epochs: int) -> None:
    form = tab.form
    form.variant.setCurrentIndex(form.variant.findData("vanilla"))
    form.epochs.setValue(epochs)
    form.digits.setValue(60_000)


def wait_idle(tab: TrainTab) -> None:
    loop = QEventLoop()
    tab.runner.idle.connect(loop.quit)
    loop.exec()
    tab.runner.idle.disconnect(loop.quit)


def in_app(tab: TrainTab, probe: LatenessProbe, epochs: int) -> tuple[list[dict], list[float]]:
    configure(tab, epochs)
    probe.start()
    tab.start()
    wait_idle(tab)
    probe.stop()
    return tab.outcome.result.history, list(probe.late)


def headless(tab: TrainTab, mnist: data.Dataset) -> list[dict]:
    from ae_models.training import train

    return train(tab.form.spec(), mnist).history


def cancel_to_idle(tab: TrainTab, epoch: int, fraction: float) -> float:
    """Seconds from pressing Cancel at ``fraction`` of epoch ``epoch`` of a run until the tab is idle again."""
    configure(tab, 20)
    loop = QEventLoop()
    bars = tab.progress

    def reached() -> None:
        done = bars.epoch_bar.value()
        if bars.run_bar.value() == epoch - 1 and done > 0 and done >= fraction * bars.epoch_bar.maximum():
            loop.quit()

    poll = QTimer(interval=5, timeout=reached)
    poll.start()
    tab.start()
    loop.exec()
    poll.stop()
    t0 = time.monotonic()
    tab.cancel()
    wait_idle(tab)
    return time.monotonic() - t0


def close_to_exit() -> tuple[int, float]:
    """Exit code and seconds from the confirmed close to the end of the process (real window, mid-run)."""
    script = ROOT / "tests" / "gui" / "close_mid_training.py"
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    ended = time.time()
    confirmed = [float(line.split()[1]) for line in out.stdout.splitlines() if line.startswith("confirmed")]
    return out.returncode, ended - confirmed[0] if confirmed else float("nan")


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min) / {five:.2f} (5 min) on {os.cpu_count()} cores"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3, help="epochs per throughput run (the first is not timed)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating headless / in-app pairs")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    app = QApplication(sys.argv)
    app.setApplicationName("Autoencoder Studio Bench")
    mnist = data.load("mnist")
    tab = TrainTab(ModelHub())
    tab.resize(1280, 760)
    tab.show()
    probe = LatenessProbe()
    print(f"before: {load_note()}")
    digits = 60_000 - 5_000
    rates: dict[str, list[float]] = {"headless": [], "in-app": []}
    late: list[float] = []
    configure(tab, args.epochs)
    for _ in range(args.rounds):
        rates["headless"].append(steady_rate(headless(tab, mnist), digits))
        history, lateness = in_app(tab, probe, args.epochs)
        rates["in-app"].append(steady_rate(history, digits))
        late += lateness
    for kind, values in rates.items():
        print(f"{kind:>8}: {', '.join(f'{v:,.0f}' for v in values)} digits/s (median {statistics.median(values):,.0f})")
    ratio = statistics.median(rates["in-app"]) / statistics.median(rates["headless"])
    p95, p99 = statistics.quantiles(late, n=20)[-1], statistics.quantiles(late, n=100)[-1]
    print(f"in-app / headless throughput: {ratio:.3f} (goal ≥ 0.95)")
    print(f"main-thread timer lateness while training: p95 {p95:.1f} ms, p99 {p99:.1f} ms, max {max(late):.1f} ms over "
          f"{len(late)} ticks of {TICK_MS} ms (goal p95 ≤ 50 ms)")
    points = ((1, 0.3), (2, 0.05), (2, 0.5), (2, 0.95))
    cancels = [cancel_to_idle(tab, epoch, fraction) for epoch, fraction in points]
    print("cancel to idle: " + ", ".join(f"{c:.2f} s (at {f:.0%} of epoch {e})" for (e, f), c in zip(points, cancels)))
    tab.close()
    exits = [close_to_exit() for _ in range(2)]
    print(f"close mid-run to process exit: {', '.join(f'{s:.2f} s (exit code {code})' for code, s in exits)} "
          "(goal ≤ 2 s)")
    print(f"after: {load_note()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
