"""How well the verdict (``ae_models.verdict``) tells digits from non-digits, and names the digits.

Digits: MNIST test digits as they are, and the same digits drawn at a random size and place on a 280x280
canvas and brought back through the app's preprocessing (``ae_models.drawn``). Non-digits: DejaVu Sans
letters that look like no digit and random scribbles, drawn the same way (bench/nondigits.py). The
verdict's reference and thresholds come from the training set only, so all of these are unseen.

Prints the share of each set that gets a digit, the label accuracy, the curve of non-digits refused
against digits kept for other typicality thresholds, and what one judgement costs.
Needs the MNIST files (``AE_STUDIO_DATA`` or the cache); without them it says so and exits 0 (skipped).
Run: ``.venv/bin/python bench/verdict_accuracy.py [--digits 2000] [--nondigits 600]``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ae_models import data, drawn, verdict
from bench.nondigits import letters, scribbles

log = logging.getLogger("verdict_accuracy")
THRESHOLDS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2)  # minimum typicality for a digit


def sets(x_test: np.ndarray, y_test: np.ndarray, n_digits: int, n_other: int, seed: int) -> dict:
    """name -> (model inputs, labels or None for non-digits)."""
    pick = np.random.default_rng(seed).choice(len(x_test), n_digits, replace=False)
    return {
        "MNIST test digits": (x_test[pick], y_test[pick]),
        "test digits drawn on the canvas": (drawn.drawn(x_test[pick], seed + 1), y_test[pick]),
        "letters (DejaVu Sans)": (letters(n_other, seed + 2), None),
        "scribbles": (scribbles(n_other, seed + 3), None),
    }


def report(judge: verdict.Judge, named: dict) -> None:
    """Log, per set, the share that gets a digit and its label accuracy; then the threshold curve."""
    typical: dict[str, np.ndarray] = {}
    for name, (images, labels) in named.items():
        found = judge(images)
        kept = np.array([v.digit is not None for v in found])
        typical[name] = np.array([v.typicality for v in found])
        line = f"{name:34s} get a digit: {kept.mean():6.1%}"
        if labels is not None:
            right = np.array([v.nearest_digit == y for v, y in zip(found, labels)])
            line += f"   label right: {right[kept].mean():6.1%} of those, {right.mean():6.1%} of all"
        log.info("%s", line)
    digits = [n for n, (_, labels) in named.items() if labels is not None]
    others = [n for n in named if n not in digits]
    log.info("\nminimum typicality | digits kept: %s | non-digits refused: %s, all",
             ", ".join(digits), ", ".join(others))
    for t in THRESHOLDS:
        kept = "  ".join(f"{(typical[n] >= t).mean():6.1%}" for n in digits)
        refused = [(typical[n] < t) for n in others]
        both = np.concatenate(refused).mean()
        marker = "  <- shipped" if t == judge.min_typicality else ""
        log.info("%18.3f | %s | %s  %6.1f%%%s", t, kept,
                 "  ".join(f"{r.mean():6.1%}" for r in refused), 100 * both, marker)


def timing(judge: verdict.Judge, image: np.ndarray, repeats: int = 50) -> None:
    judge(image[None])
    start = time.perf_counter()
    for _ in range(repeats):
        judge(image[None])
    log.info("\none judgement: %.2f ms (off the GUI thread in the app)", 1000 * (time.perf_counter() - start) / repeats)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digits", type=int, default=2000, help="MNIST test digits (each also drawn)")
    parser.add_argument("--nondigits", type=int, default=600, help="letters, and as many scribbles")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        mnist = data.load("mnist")
    except data.DatasetError as exc:
        log.info("skipped: %s", exc)
        return 0
    x_test = data.to_float(mnist.x_test)
    start = time.perf_counter()
    judge = verdict.default_judge()
    log.info("judge built in %.1f s (3 models and the reference)", time.perf_counter() - start)
    report(judge, sets(x_test, mnist.y_test, args.digits, args.nondigits, args.seed))
    timing(judge, x_test[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
