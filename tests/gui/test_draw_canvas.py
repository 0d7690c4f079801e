"""The drawing canvas (mouse strokes, brush, undo and redo) and drawing files, without any model."""

import sys

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from gui.draw.canvas import RESOLUTION, UNDO_DEPTH, DrawingCanvas, stroke_coverage
from gui.draw.drawing_io import DrawingFileError, read_png, write_png

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


@pytest.fixture
def canvas(qtbot):
    widget = DrawingCanvas()
    widget.resize(RESOLUTION * 2, RESOLUTION * 2)  # two screen pixels per canvas pixel
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stroke(canvas, points, button=LEFT):
    """Press at the first point, move through the rest, release at the last (widget coordinates)."""
    QTest.mousePress(canvas, button, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(canvas, QPoint(x, y))
    QTest.mouseRelease(canvas, button, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def test_coverage_is_full_at_the_centre_and_zero_beyond_the_radius():
    block, alpha = stroke_coverage((50.0, 50.0), (50.0, 50.0), 10.0, 0.5, (100, 100))
    full = np.zeros((100, 100), np.float32)
    full[block] = alpha
    assert full[50, 50] == pytest.approx(1.0, abs=0.01)
    assert full[50, 62] == 0.0 and full[50, 38] == 0.0
    np.testing.assert_allclose(full, full.T, atol=1e-6)  # round
    soft = np.zeros_like(full)
    soft_block, soft_alpha = stroke_coverage((50.0, 50.0), (50.0, 50.0), 10.0, 0.0, (100, 100))
    soft[soft_block] = soft_alpha
    assert soft[50, 56] < full[50, 56]  # a softer brush fades earlier


def test_coverage_follows_the_segment_and_clips_to_the_image():
    block, alpha = stroke_coverage((10.0, 10.0), (90.0, 10.0), 4.0, 1.0, (100, 100))
    image = np.zeros((100, 100), np.float32)
    image[block] = alpha
    assert image[10, 10:90].min() > 0.99 and image[30].max() == 0.0
    assert stroke_coverage((-50.0, -50.0), (-40.0, -40.0), 4.0, 1.0, (100, 100)) is None
    block, _ = stroke_coverage((98.0, 98.0), (98.0, 98.0), 5.0, 1.0, (100, 100))
    assert block[0].stop == 100 and block[1].stop == 100


def test_left_button_draws_during_the_stroke_and_right_button_erases(qtbot, canvas):
    changes = []
    canvas.imageChanged.connect(lambda: changes.append(canvas.image().sum()))
    QTest.mousePress(canvas, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(100, 280))
    for x in range(110, 460, 10):
        QTest.mouseMove(canvas, QPoint(x, 280))
    assert len(changes) > 10 and changes[-1] > changes[0]  # updates while drawing, not only on release
    QTest.mouseRelease(canvas, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(450, 280))
    image = canvas.image()
    assert image.dtype == np.float32 and image.shape == (RESOLUTION, RESOLUTION)
    assert image[140, 60:220].min() > 0.9 and image[40].max() == 0.0
    stroke(canvas, [(270, 200), (270, 360)], RIGHT)
    erased = canvas.image()
    assert erased[140, 135] == 0.0 and erased[140, 60] > 0.9


def test_brush_size_sets_the_stroke_width(canvas):
    widths = []
    for size in (10, 40):
        canvas.clear()
        canvas.set_brush(size, 1.0)
        stroke(canvas, [(100, 280), (460, 280)])
        widths.append(int((canvas.image()[:, 140] > 0.5).sum()))
    assert widths[0] == pytest.approx(10, abs=2) and widths[1] == pytest.approx(40, abs=2)


def test_undo_and_redo_go_stroke_by_stroke(canvas):
    history = []
    canvas.historyChanged.connect(lambda: history.append((canvas.can_undo(), canvas.can_redo())))
    assert not canvas.can_undo() and not canvas.can_redo()
    stroke(canvas, [(100, 100), (300, 100)])
    one = canvas.image()
    stroke(canvas, [(100, 400), (300, 400)])
    two = canvas.image()
    canvas.undo()
    np.testing.assert_array_equal(canvas.image(), one)
    canvas.undo()
    assert canvas.is_empty() and not canvas.can_undo()
    canvas.redo()
    canvas.redo()
    np.testing.assert_array_equal(canvas.image(), two)
    canvas.undo()
    stroke(canvas, [(400, 100), (400, 300)])  # a new stroke drops the redo history
    assert not canvas.can_redo() and history[-1] == (True, False)


def test_clear_is_undoable_and_does_nothing_on_an_empty_canvas(canvas):
    canvas.clear()
    assert not canvas.can_undo()
    stroke(canvas, [(100, 100), (300, 300)])
    drawn = canvas.image()
    canvas.clear()
    assert canvas.is_empty()
    canvas.undo()
    np.testing.assert_array_equal(canvas.image(), drawn)


def test_history_is_bounded(canvas):
    for i in range(UNDO_DEPTH + 10):
        stroke(canvas, [(20 + i * 4, 100), (20 + i * 4, 120)])
    undone = 0
    while canvas.can_undo():
        canvas.undo()
        undone += 1
    assert undone == UNDO_DEPTH and not canvas.is_empty()


def test_position_maps_to_the_canvas_at_any_widget_size(qtbot, canvas):
    stroke(canvas, [(280, 280)])
    centre_big = np.argwhere(canvas.image() > 0.5).mean(axis=0)
    canvas.clear()
    canvas.resize(300, 200)  # not square: the drawing square is centred, 200 pixels across
    stroke(canvas, [(150, 100)])
    centre_small = np.argwhere(canvas.image() > 0.5).mean(axis=0)
    np.testing.assert_allclose(centre_big, [140, 140], atol=1)
    np.testing.assert_allclose(centre_small, [140, 140], atol=1)


def test_set_image_scales_any_size_and_grid_is_only_an_overlay(canvas):
    small = np.zeros((28, 28), np.float32)
    small[10:18, 12:16] = 1.0
    canvas.set_image(small)
    image = canvas.image()
    assert image[140, 140] == pytest.approx(1.0) and image[20, 20] == 0.0
    before = canvas.grab().toImage()
    canvas.set_show_grid(True)
    after = canvas.grab().toImage()
    np.testing.assert_array_equal(canvas.image(), image)
    assert before != after


def test_png_round_trip(tmp_path):
    image = np.zeros((RESOLUTION, RESOLUTION), np.float32)
    image[50:200, 100:140] = 1.0
    write_png(tmp_path / "digit.png", image)
    np.testing.assert_allclose(read_png(tmp_path / "digit.png"), image, atol=1 / 255)


def test_dark_ink_on_paper_is_inverted_and_padded_square(tmp_path):
    paper = np.full((100, 50), 255, np.uint8)
    paper[20:80, 20:30] = 0
    QImage(paper.data, 50, 100, 50, QImage.Format.Format_Grayscale8).save(str(tmp_path / "scan.png"))
    image = read_png(tmp_path / "scan.png")
    assert image.shape == (100, 100)
    assert image[50, 25 + 25] == pytest.approx(1.0) and image[5, 50] == 0.0 and image[50, 5] == 0.0


def test_unreadable_files_raise_a_clear_error(tmp_path):
    (tmp_path / "broken.png").write_bytes(b"not an image")
    with pytest.raises(DrawingFileError, match="broken.png could not be read"):
        read_png(tmp_path / "broken.png")
    with pytest.raises(DrawingFileError, match="could not be written"):
        write_png(tmp_path / "missing-folder" / "x.png", np.zeros((4, 4), np.float32))


def test_long_drawing_sessions_keep_reference_counts(canvas):
    """Every mouse move emits a signal; PySide6 6.12.0's ``emit`` dropped a reference to True each time,
    which killed the app (bool_dealloc) after about a thousand moves. The pinned version must not."""
    before = sys.getrefcount(True)
    for _ in range(200):
        canvas.imageChanged.emit()
        canvas.historyChanged.emit()
    assert abs(sys.getrefcount(True) - before) < 50


def test_the_brush_outline_follows_the_mouse_and_leaves_no_trace(canvas, qtbot):
    radius = canvas.brush_size / 2 * 2  # two screen pixels per canvas pixel

    def ring_pixels(image, x, y):
        """How many pixels on the outline's circle around (x, y) are the outline's orange."""
        def orange(px, py):
            colour = image.pixelColor(round(px), round(py))
            return colour.red() > 120 and colour.green() < colour.red() * 0.7 and colour.blue() < colour.red() * 0.5

        return sum(any(orange(x + r * np.cos(angle), y + r * np.sin(angle)) for r in (radius - 1, radius, radius + 1))
                   for angle in np.linspace(0, 2 * np.pi, 24, endpoint=False))

    def grab():
        qtbot.wait(1)  # the queued repaint
        return canvas.grab().toImage()

    QTest.mouseMove(canvas, QPoint(150, 150))
    first = grab()
    assert ring_pixels(first, 150, 150) >= 20  # the brush's size, centred on the mouse
    assert ring_pixels(first, 150, 150 + 10) < 10
    QTest.mouseMove(canvas, QPoint(400, 380))
    moved = grab()
    assert ring_pixels(moved, 400, 380) >= 20
    assert ring_pixels(moved, 150, 150) == 0  # its old place repainted: no trail of outlines
    canvas.set_brush(40, 0.5)  # a bigger brush: a bigger outline
    QTest.mouseMove(canvas, QPoint(300, 300))
    radius = 40
    assert ring_pixels(grab(), 300, 300) >= 20
