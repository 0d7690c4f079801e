"""The Draw tab's typicality meter: a cross drawn with the mouse does not look like any digit, a 3 looks like
a 3; the verdict comes from a worker thread and the newest drawing wins. Uses the shipped judge (vanilla,
deep and conv and their training-set reference); the tab's own models never load here."""

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from ae_models.resources import MODELS_DIR
from gui.draw.tab import DrawTab
from gui.hub import ModelHub

LEFT = Qt.MouseButton.LeftButton
JUDGE_TIMEOUT = 180_000  # the first verdict loads TensorFlow and three models in the worker thread

pytestmark = pytest.mark.skipif(not (MODELS_DIR / "verdict.npz").is_file(), reason="needs the shipped verdict")


@pytest.fixture
def tab(qtbot, tmp_path):
    tab = DrawTab(ModelHub(tmp_path))  # an empty, unloaded hub: only the meter judges
    tab.resize(1100, 700)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.shutdown()


def stroke(qtbot, tab, points):
    """One mouse stroke through canvas points (0..280), with a few moves between each pair."""
    canvas = tab.canvas
    side = min(canvas.width(), canvas.height())
    left, top = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    at = [QPoint(round(left + x * side / 280), round(top + y * side / 280)) for x, y in points]
    QTest.mousePress(canvas, LEFT, Qt.KeyboardModifier.NoModifier, at[0])
    for a, b in itertools.pairwise(at):
        for t in np.linspace(0.25, 1.0, 4):
            QTest.mouseMove(canvas, QPoint(round(a.x() + t * (b.x() - a.x())), round(a.y() + t * (b.y() - a.y()))))
    QTest.mouseRelease(canvas, LEFT, Qt.KeyboardModifier.NoModifier, at[-1])


def three() -> list[tuple[float, float]]:
    """A 3 as one stroke: an upper bowl into the middle, then a larger lower bowl."""
    upper = [(140 + 50 * np.cos(t), 90 + 50 * np.sin(t)) for t in np.radians(np.linspace(-160, 90, 14))]
    lower = [(140 + 55 * np.cos(t), 190 + 55 * np.sin(t)) for t in np.radians(np.linspace(-90, 160, 14))]
    return upper + lower


def judged(qtbot, tab):
    """Wait until the meter shows the verdict of the drawing as it is now; return the meter's text."""
    qtbot.waitUntil(lambda: tab.shown_revision == tab.canvas.revision, timeout=5000)
    meter = tab.typicality
    qtbot.waitUntil(lambda: meter.verdict is not None and not meter.service.busy, timeout=JUDGE_TIMEOUT)
    return meter.message


def test_a_cross_does_not_look_like_any_digit(qtbot, tab):
    assert tab.typicality.message == "Draw a digit to see how typical it is."
    stroke(qtbot, tab, [(70, 70), (210, 210)])
    stroke(qtbot, tab, [(210, 70), (70, 210)])
    assert judged(qtbot, tab).startswith("Does not look like any digit")
    assert tab.typicality.verdict.digit is None and tab.typicality.bar.value < 0.02


def test_a_three_looks_like_a_three_and_clearing_empties_the_meter(qtbot, tab):
    stroke(qtbot, tab, three())
    assert judged(qtbot, tab).startswith("Looks like a 3")
    assert tab.typicality.verdict.digit == 3 and tab.typicality.bar.value >= 0.02
    tab.new_drawing(None)
    qtbot.waitUntil(lambda: tab.shown_revision == tab.canvas.revision, timeout=5000)
    assert tab.typicality.verdict is None and tab.typicality.bar.value is None


def test_the_newest_drawing_wins(qtbot, tab, monkeypatch):
    """Requests made while a judgement runs are not queued up: only the newest one is judged next."""
    requests, submitted = [], []
    service = tab.typicality.service
    request, submit = service.request, service._submit
    monkeypatch.setattr(service, "request", lambda image: requests.append(image) or request(image))
    monkeypatch.setattr(service, "_submit", lambda image: submitted.append(image) or submit(image))
    stroke(qtbot, tab, three())
    for _ in range(5):
        tab._refresh()  # five more updates at once: the worker is still busy with an earlier one
    assert judged(qtbot, tab).startswith("Looks like a 3")
    assert len(requests) >= 6 and len(submitted) < len(requests)
    np.testing.assert_array_equal(submitted[-1], tab.model_input)
