"""Drawings that are not digits, made on a 280x280 canvas like the Draw tab's and preprocessed as it does.

Letters come from DejaVu Sans (matplotlib ships it), widened to a 16-32 pixel brush, at a random height
and place. Letters a person could write as a digit are left out: O o D Q (0), I l i j J (1), Z z (2),
S s (5), G b (6), B (8), g q p (9). Scribbles are two or three random strokes of four to six points each.
Used by bench/verdict_accuracy.py and the verdict's tests; needs Pillow (installed with matplotlib).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ae_models.drawn import CANVAS, HEIGHTS
from ae_models.preprocess import to_mnist

LETTERS = "ACEFHKLMNPRTUVWXYacdefhkmnrtuvwxy"
BRUSH = (16, 32)  # brush diameters in canvas pixels (the Draw tab's is 24)


def dejavu_sans() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


def letter(char: str, rng: np.random.Generator) -> np.ndarray:
    """One letter drawn on the canvas at a random height and place, as a 28x28 model input."""
    from PIL import Image, ImageDraw, ImageFont

    height = rng.uniform(*HEIGHTS) * CANVAS
    probe = ImageFont.truetype(str(dejavu_sans()), 100).getbbox(char)
    font = ImageFont.truetype(str(dejavu_sans()), max(8, round(100 * height / max(probe[3] - probe[1], 1))))
    # DejaVu's pen is about a tenth of the font size; widen it to the brush.
    stroke = max(0, round((rng.uniform(*BRUSH) - 0.1 * font.size) / 2))
    left, top, right, bottom = font.getbbox(char, stroke_width=stroke)
    glyph = Image.new("L", (right - left + 8, bottom - top + 8))
    ImageDraw.Draw(glyph).text((4 - left, 4 - top), char, fill=255, font=font, stroke_width=stroke,
                               stroke_fill=255)
    scale = min(1.0, (CANVAS - 4) / max(glyph.size))
    if scale < 1.0:
        glyph = glyph.resize((max(1, int(glyph.width * scale)), max(1, int(glyph.height * scale))))
    canvas = Image.new("L", (CANVAS, CANVAS))
    canvas.paste(glyph, (int(rng.integers(0, CANVAS - glyph.width + 1)), int(rng.integers(0, CANVAS - glyph.height + 1))))
    return to_mnist(np.asarray(canvas, np.float32) / 255.0)


def letters(n: int, seed: int) -> np.ndarray:
    """n letters, going round LETTERS."""
    rng = np.random.default_rng(seed)
    return np.stack([letter(LETTERS[i % len(LETTERS)], rng) for i in range(n)])


def scribble(rng: np.random.Generator) -> np.ndarray:
    """Two or three random strokes with a round brush, as a 28x28 model input."""
    from PIL import Image, ImageDraw

    canvas = Image.new("L", (CANVAS, CANVAS))
    pen = ImageDraw.Draw(canvas)
    for _ in range(int(rng.integers(2, 4))):
        points = [tuple(rng.uniform(20, CANVAS - 20, 2)) for _ in range(int(rng.integers(4, 7)))]
        pen.line(points, fill=255, width=int(rng.uniform(*BRUSH)), joint="curve")
    return to_mnist(np.asarray(canvas, np.float32) / 255.0)


def scribbles(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.stack([scribble(rng) for _ in range(n)])
