"""Hostile or unusual drawings made by the test: a tiny PNG declaring an absurd size, a very long thin
one, black ink on a transparent sheet."""

import struct
import tracemalloc
import zlib

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from gui.draw.canvas import RESOLUTION
from gui.draw.drawing_io import DrawingFileError, read_png


def png(width: int, height: int, rows: bytes = b"") -> bytes:
    """A minimal 8-bit grey PNG: its header declares ``width`` × ``height``; ``rows`` is the pixel data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


@pytest.mark.parametrize("width, height", [(30_000, 1), (30_000, 30_000), (7_000, 7_000)])
def test_an_absurd_declared_size_is_refused_before_decoding(tmp_path, width, height):
    path = tmp_path / "bomb.png"
    path.write_bytes(png(width, height))
    assert path.stat().st_size < 120
    with pytest.raises(DrawingFileError, match=rf"bomb\.png declares {width:,} × {height:,} pixels"):
        read_png(path)


def test_a_long_thin_picture_is_scaled_down_before_it_is_padded(tmp_path):
    path = tmp_path / "line.png"
    path.write_bytes(png(6_000, 1, b"\x00" + bytes(2_000) + b"\xff" * 2_000 + bytes(2_000)))
    tracemalloc.start()
    try:
        image = read_png(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert image.shape == (RESOLUTION, RESOLUTION)  # never a 6000 × 6000 working square (144 MB)
    assert peak < 10_000_000 and image.max() > 0.5


def test_black_ink_on_a_transparent_sheet_is_ink(tmp_path):
    sheet = QImage(100, 100, QImage.Format.Format_ARGB32)
    sheet.fill(QColor(0, 0, 0, 0))
    painter = QPainter(sheet)
    painter.fillRect(40, 20, 20, 60, QColor(0, 0, 0, 255))
    painter.end()
    sheet.save(str(tmp_path / "ink.png"))
    image = read_png(tmp_path / "ink.png")
    assert image[50, 50] == pytest.approx(1.0) and image[5, 5] == 0.0
    assert np.count_nonzero(image > 0.5) == 20 * 60
