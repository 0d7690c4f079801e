"""How often the Explore tab's verdict ("looks like a 7: 4 of 5 neighbours") is right on drawn-like digits.

Digits are rendered from handwriting-style fonts onto a 280x280 canvas like the Draw tab's: random height
(uniform from a quarter to nearly all of the canvas), random place, random slant, the font's pen widened to
a 16-32 pixel brush (the Draw tab's is 24) and a slight blur (a soft brush). Fonts whose digits are
outlines (fonts-femkeklaver) are left out: nobody draws that way. Each goes through the app's preprocessing
(``ae_models.preprocess.to_mnist``); its k nearest MNIST test digits in a model's code space vote.

Needs: the MNIST files (``AE_STUDIO_DATA`` or the cache), trained models (``resources/models`` by default,
more with ``--model name=path.keras``), Pillow (installed with matplotlib) and handwriting fonts from
Debian packages::

    apt-get install fonts-humor-sans fonts-dkg-handwriting fonts-breip fonts-comic-neue \
        fonts-rufscript fonts-dancingscript fonts-kaushanscript fonts-bwht fonts-ecolier-court

Without fonts, data or models it says what is missing and exits 0 (skipped).
Run: ``.venv/bin/python bench/verdict_accuracy.py [--per-font 20] [--k 5]``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ae_models import codespace, data, shipped
from ae_models.preprocess import to_mnist
from ae_models.resources import MODELS_DIR

log = logging.getLogger("verdict_accuracy")
CANVAS = 280
BRUSH = (16, 32)  # brush diameters in canvas pixels
HEIGHTS = (0.25, 0.95)  # drawn digit heights, as a share of the canvas
SIZE_BUCKETS = (0.4, 0.6, 0.8)  # drawn heights (share of the canvas) the accuracy is broken down by
FONT_ROOT = Path("/usr/share/fonts")
FONT_PACKAGES = {  # Debian package -> its digit-capable font files under /usr/share/fonts
    "fonts-humor-sans": "truetype/humor-sans/*.ttf",
    "fonts-dkg-handwriting": "truetype/fifthhorseman/dkg*.ttf",
    "fonts-breip": "truetype/breip/*.ttf",
    "fonts-comic-neue": "opentype/comic-neue/*.otf",
    "fonts-rufscript": "truetype/rufscript/*.ttf",
    "fonts-dancingscript": "opentype/dancingscript/*.otf",
    "fonts-kaushanscript": "opentype/kaushanscript/*.otf",
    "fonts-bwht": "opentype/bwht/*.otf",
    "fonts-ecolier-court": "truetype/ecolier-court/*.ttf",
}


def font_files() -> list[Path]:
    return sorted(p for pattern in FONT_PACKAGES.values() for p in FONT_ROOT.glob(pattern))


def pen_width(mask: np.ndarray) -> float:
    """A glyph's stroke width in pixels: twice its ink area over its outline length."""
    ink = mask > 127
    inner = ink.copy()
    inner[1:-1, 1:-1] = ink[1:-1, 1:-1] & ink[:-2, 1:-1] & ink[2:, 1:-1] & ink[1:-1, :-2] & ink[1:-1, 2:]
    outline = int((ink & ~inner).sum())
    return 2.0 * ink.sum() / outline if outline else 0.0


def glyph_image(font, text: str, stroke: int):
    from PIL import Image, ImageDraw

    left, top, right, bottom = font.getbbox(text, stroke_width=stroke)
    image = Image.new("L", (right - left + 8, bottom - top + 8))
    ImageDraw.Draw(image).text((4 - left, 4 - top), text, fill=255, font=font, stroke_width=stroke, stroke_fill=255)
    return image


def render(font_path: Path, digit: int, rng: np.random.Generator) -> np.ndarray:
    """One digit drawn-like on the canvas (white on black, [0, 1]).

    Its ink height is drawn uniformly from HEIGHTS (a share of the canvas). The font's pen is widened to
    a brush of 16-32 canvas pixels (the Draw tab's brush is 24), as a person drawing with the app's
    brush would make it, whatever the font's own stroke weight.
    """
    from PIL import Image, ImageFilter, ImageFont

    probe = ImageFont.truetype(str(font_path), size=100).getbbox(str(digit))
    height = rng.uniform(*HEIGHTS) * CANVAS
    font = ImageFont.truetype(str(font_path), size=max(8, round(100 * height / max(probe[3] - probe[1], 1))))
    pen = pen_width(np.asarray(glyph_image(font, str(digit), 0)))
    glyph = glyph_image(font, str(digit), max(0, round((rng.uniform(*BRUSH) - pen) / 2)))
    glyph = glyph.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BILINEAR, expand=True)
    scale = min(1.0, (CANVAS - 4) / max(glyph.size))
    if scale < 1.0:
        glyph = glyph.resize((max(1, int(glyph.width * scale)), max(1, int(glyph.height * scale))))
    canvas = Image.new("L", (CANVAS, CANVAS))
    place = (int(rng.integers(0, CANVAS - glyph.width + 1)), int(rng.integers(0, CANVAS - glyph.height + 1)))
    canvas.paste(glyph, place)
    canvas = canvas.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 2.0)))
    return np.asarray(canvas, np.float32) / 255.0


def has_digits(font_path: Path) -> bool:
    """A font whose ten digits render as ten different shapes (not one 'missing glyph' box)."""
    from PIL import ImageFont

    font = ImageFont.truetype(str(font_path), size=64)
    masks = {bytes(font.getmask(str(d))) for d in range(10)}
    return len(masks) == 10


def drawn_digits(fonts: list[Path], per_font: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Model inputs (N, 28, 28), their digits, and each drawing's ink height as a share of the canvas."""
    rng = np.random.default_rng(seed)
    images, labels, sizes = [], [], []
    for font in fonts:
        for digit in range(10):
            for _ in range(per_font):
                canvas = render(font, digit, rng)
                rows = np.flatnonzero(canvas.max(axis=1) > 0.1)
                images.append(to_mnist(canvas))
                labels.append(digit)
                sizes.append((rows[-1] - rows[0] + 1) / CANVAS)
    return np.stack(images), np.array(labels), np.array(sizes)


def model_paths(extra: list[str]) -> dict[str, Path]:
    """The shipped models (from the manifest) plus ``name=path`` pairs given on the command line."""
    paths = shipped.check(Path(os.environ.get("AE_STUDIO_MODELS") or MODELS_DIR)).paths
    paths.update({name: Path(path) for name, path in (item.split("=", 1) for item in extra)})
    return paths


def verdicts_right(stats: codespace.CodeStats, codes: np.ndarray, labels: np.ndarray, k: int,
                   by_direction: bool = True) -> np.ndarray:
    """Whether each code's verdict is its label: by direction as the Explore tab does, or by plain distance."""
    codes = codespace.flatten(codes)
    if by_direction:
        found = (codespace.neighbours(stats, c, k) for c in codes)
    else:
        found = (codespace.nearest(stats.codes, stats.labels, c, k) for c in codes)
    return np.array([codespace.verdict(f).digit for f in found]) == labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-font", type=int, default=20, help="renderings of each digit per font file")
    parser.add_argument("--k", type=int, default=5, help="neighbours that vote (the tab's default is 5)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", action="append", default=[], metavar="NAME=PATH", help="another model file")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    fonts = [f for f in font_files() if has_digits(f)]
    if not fonts:
        log.info("skipped: no handwriting fonts found. Install: apt-get install %s", " ".join(FONT_PACKAGES))
        return 0
    try:
        mnist = data.load("mnist")
    except data.DatasetError as exc:
        log.info("skipped: %s", exc)
        return 0
    paths = model_paths(args.model)
    if not paths:
        log.info("skipped: no trained models (make pretrain, or --model name=path.keras)")
        return 0
    x_test = data.to_float(mnist.x_test)
    images, labels, sizes = drawn_digits(fonts, args.per_font, args.seed)
    log.info("%d drawn-like digits from %d font files; verdict of the %d nearest of %d MNIST test digits",
             len(images), len(fonts), args.k, len(x_test))
    report(paths, x_test, mnist.y_test, images, labels, sizes, args.k)
    return 0


def report(paths: dict[str, Path], x_test, y_test, images, labels, sizes, k: int) -> None:
    """Log the verdict accuracy of every model with a code of more than two values (and of raw pixels)."""
    from ae_models.inference import InferenceEngine

    engine = InferenceEngine()
    engine.load_many(paths)
    sets = {"pixels (no model, for reference)": (x_test, images)}
    for name in engine.names:
        if engine[name].code_size > 2:
            title = f"{name} ({engine[name].code_size}-value code)"
            sets[title] = (engine[name].encode_batch(x_test), engine[name].encode_batch(images))
    buckets = np.digitize(sizes, SIZE_BUCKETS)
    log.info("%-34s %9s %9s   %s", "", "direction", "distance",
             "by drawn height (share of the canvas): " + " ".join(_bucket_names()))
    for title, (reference, drawn) in sets.items():
        stats = codespace.code_stats(reference, y_test)
        right = verdicts_right(stats, drawn, labels, k)
        plain = verdicts_right(stats, drawn, labels, k, by_direction=False)
        per_size = " ".join(f"{right[buckets == b].mean():6.1%}" for b in range(len(SIZE_BUCKETS) + 1))
        log.info("%-34s %8.1f%% %8.1f%%   %s", title, 100 * right.mean(), 100 * plain.mean(), per_size)


def _bucket_names() -> list[str]:
    edges = [0.0, *SIZE_BUCKETS, 1.0]
    return [f"{a:.0%}-{b:.0%}" for a, b in zip(edges, edges[1:])]


if __name__ == "__main__":
    sys.exit(main())
