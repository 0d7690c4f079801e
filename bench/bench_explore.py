"""Latency of the Explore tab's live interactions, from the input event to the repainted image.

Goal: dragging on the latent map or moving a slider updates the image within 33 ms at p95. Each sample
sends one real Qt event (a mouse move with the button held on the map canvas, through matplotlib; a
slider step) and then repaints the image view synchronously, so the time covers decode + paint + the
marker's blit. Models are freshly built from the zoo specs (untrained weights cost the same as trained
ones); the map needs the MNIST test digits (``AE_STUDIO_DATA`` or the cache).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_explore.py [--samples 300]``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

log = logging.getLogger("bench_explore")
VARIANTS = ("latent2", "vanilla", "deep", "conv")


def build_models(folder: Path) -> None:
    """Save untrained models of the benchmarked variants with a manifest of their hashes, as the app ships
    them (the loader refuses a file its manifest does not vouch for)."""
    from ae_models.standin import write_untrained

    write_untrained(folder, VARIANTS)


def wait(app, done: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the Explore tab did not get ready in time")
        app.processEvents()
        time.sleep(0.005)


def timed(samples: int, step: Callable[[int], None]) -> np.ndarray:
    """Milliseconds for each of ``samples`` calls of ``step(i)``."""
    out = np.empty(samples)
    for i in range(samples):
        t0 = time.perf_counter()
        step(i)
        out[i] = (time.perf_counter() - t0) * 1000
    return out


def drag_on_map(tab, samples: int) -> np.ndarray:
    """Mouse moves with the left button held, along a circle through the map."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    page = tab.latent_map
    canvas = page.map.canvas
    canvas.draw()
    (x0, x1), (y0, y1) = page.map.limits()
    centre, radius = np.array([(x0 + x1) / 2, (y0 + y1) / 2]), 0.35 * min(x1 - x0, y1 - y0)

    def send(kind, i: int) -> None:
        angle = 2 * np.pi * i / 97
        pos = QPointF(*page.map.data_to_widget(centre + radius * np.array([np.cos(angle), np.sin(angle)])))
        event = QMouseEvent(kind, pos, canvas.mapToGlobal(pos), Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(canvas, event)

    send(QEvent.Type.MouseButtonPress, 0)

    def step(i: int) -> None:
        send(QEvent.Type.MouseMove, i + 1)
        page.decoded.repaint()

    times = timed(samples, step)
    send(QEvent.Type.MouseButtonRelease, 0)
    return times


def slide(slider, view, samples: int) -> np.ndarray:
    """Slider steps back and forth over its whole range, each followed by a repaint of the image."""
    span = slider.maximum() - slider.minimum()

    def step(i: int) -> None:
        slider.setValue(slider.minimum() + (i * 37) % (span + 1))
        view.repaint()

    return timed(samples, step)


def run(samples: int) -> dict[str, np.ndarray]:
    from PySide6.QtWidgets import QApplication

    from gui.explore.tab import ExploreTab
    from gui.hub import ModelHub

    app = QApplication.instance() or QApplication([])
    results: dict[str, np.ndarray] = {}
    with tempfile.TemporaryDirectory() as folder:
        build_models(Path(folder))
        hub = ModelHub(Path(folder))
        tab = ExploreTab(hub)
        tab.resize(1280, 760)
        tab.show()
        hub.start_loading()
        wait(app, lambda: hub.ready and tab.space.ready)
        hub.set_input(tab.space.images[0])
        page = tab.latent_map
        wait(app, lambda: page.stats is not None)
        results["map drag (latent2)"] = drag_on_map(tab, samples)
        results["drawing marker on the map"] = timed(samples, lambda i: (
            page.input_changed(tab.space.images[i % 100]), page.map.repaint()))
        for name, model in (("code slider", "vanilla"), ("code slider", "deep")):
            tab.pages.setCurrentWidget(tab.code_editor)
            tab.code_editor.picker.select(model)
            wait(app, lambda: tab.code_editor.stats is not None)
            slider = tab.code_editor.sliders[int(tab.code_editor.stats.order[0])]
            results[f"{name} ({model})"] = slide(slider, tab.code_editor.decoded, samples)
        tab.pages.setCurrentWidget(tab.morph)
        for model in ("vanilla", "conv"):
            tab.morph.picker.select(model)
            results[f"morph slider ({model})"] = slide(tab.morph.slider, tab.morph.morphed, samples)
        tab.pages.setCurrentWidget(tab.neighbours)
        wait(app, lambda: tab.neighbours.stats is not None)
        results["neighbours + verdict + PCA marker (vanilla)"] = timed(samples // 3, lambda i: (
            tab.neighbours.input_changed(tab.space.images[i]), tab.neighbours.repaint()))
        tab.close()
        tab.shutdown()
        hub.shutdown()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    from ae_models import data

    if data.locate("mnist") is None:
        log.info("skipped: the MNIST files are needed for the map (set AE_STUDIO_DATA)")
        return 0
    results = run(args.samples)
    log.info("load average over 1, 5, 15 min: %s (on %d cores)", " ".join(f"{v:.2f}" for v in os.getloadavg()),
             os.cpu_count())
    log.info("%-46s %7s %7s %7s  (goal: p95 <= 33 ms)", "interaction, ms", "p50", "p95", "max")
    for title, ms in results.items():
        p50, p95 = np.percentile(ms, [50, 95])
        log.info("%-46s %7.2f %7.2f %7.2f", title, p50, p95, ms.max())
    return 0


if __name__ == "__main__":
    sys.exit(main())
