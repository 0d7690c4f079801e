"""Does a drawing look like a digit, which one, and how typical is it: three autoencoders judge together.

The shipped vanilla, deep and conv models each encode the drawing and redraw it. Four kinds of evidence
come from that: how far the nearest reference digits are (the directions of the three codes, side by
side), how far the drawing is from each digit class's usual codes (a Mahalanobis distance per model),
how badly each model redraws it, and how many of the nearest digits disagree with the majority. Each is
turned into the share of calibration digits *of the same class* that are at least as unusual, and the
shares' logs are summed: a 1 drawn with a stray bar is unusual for a 1 even where it would pass for an 8.

Every reference digit and threshold comes from the training set (``ae_models.cli.verdict_reference``
writes them to ``resources/models/verdict.npz``); ``typicality`` is the share of calibration digits that
are less typical than the drawing, and a drawing below ``MIN_TYPICALITY`` does not look like any digit.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np

from ae_models.codespace import Neighbours, unit
from ae_models.i18n import QT_TRANSLATE_NOOP, TranslatableError
from ae_models.preprocess import INK_THRESHOLD
from ae_models.resources import MODELS_DIR

MODELS = ("vanilla", "deep", "conv")  # settled weights: the reference file is made for exactly these
REFERENCE_FILE = MODELS_DIR / "verdict.npz"
REMAKE = "python -m ae_models.cli.verdict_reference"  # the command that makes the reference again
MAX_REFERENCE_BYTES = 16 * 2**20
K = 5
DIGITS = 10
MIN_TYPICALITY = 0.02  # shares of calibration digits: below it, "does not look like any digit"
UNUSUAL = 0.02  # a piece of evidence this rare among the class's digits is named as a reason
FEATURES = ("distance", *(f"shape:{m}" for m in MODELS), *(f"error:{m}" for m in MODELS), "agreement")
REASONS = ("distance", "shape", "error", "agreement")  # what a feature name before ':' can be


class VerdictError(TranslatableError, RuntimeError):
    """The verdict's reference is missing, damaged, or made for other model weights."""


@dataclass(frozen=True)
class Verdict:
    """One drawing's verdict: its digit (None: not like any digit), the neighbours' votes for the majority
    label, its typicality in [0, 1] and the nearest reference digits (training-set indices)."""

    digit: int | None
    votes: int
    typicality: float
    neighbours: Neighbours
    nearest_digit: int | None = None  # the neighbours' majority, even when refused
    unusual: tuple[str, ...] = ()  # which kinds of evidence (REASONS) were rare among that digit's kind
    usual_distance: tuple[float, float] = (0.0, 0.0)  # where 90% of digits have their neighbours (mean of K)

    @property
    def k(self) -> int:
        return len(self.neighbours.labels)


@dataclass(frozen=True)
class Reference:
    """Reference digits, per-class code statistics and calibration evidence, all from the training set."""

    directions: np.ndarray  # (R, D) the three unit codes side by side, scaled to unit length
    labels: np.ndarray  # (R,)
    indices: np.ndarray  # (R,) their places in the MNIST training set
    means: np.ndarray  # (models, 10, d_max) class means of each model's unit codes, zero-padded
    precisions: np.ndarray  # (models, 10, d_max, d_max) inverse class covariances, zero-padded
    sizes: np.ndarray  # (models,) each model's code size
    calibration: np.ndarray = field(default_factory=lambda: np.zeros((0, len(FEATURES)), np.float32))
    calibration_labels: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    model_sha256: str = "{}"  # JSON: model name -> the file hash the reference was made with

    def save(self, path: str | Path) -> None:
        """Write the reference as one .npz (atomically: written beside, then moved)."""
        path = Path(path)
        tmp = path.with_suffix(".tmp.npz")
        arrays = {f.name: getattr(self, f.name) for f in fields(self)}
        arrays["directions"] = self.directions.astype(np.float16)
        np.savez_compressed(tmp, **arrays)
        tmp.replace(path)

    @classmethod
    def load(cls, path: str | Path = REFERENCE_FILE) -> Reference:
        path = Path(path)
        if not path.is_file():
            raise VerdictError(QT_TRANSLATE_NOOP("Engine", "The verdict's reference {file} is missing: run {command}."),
                               file=path.name, command=REMAKE)
        if path.stat().st_size > MAX_REFERENCE_BYTES:
            raise VerdictError(QT_TRANSLATE_NOOP("Engine", "{file} is larger than a verdict reference can be."),
                               file=path.name)
        try:
            with np.load(path, allow_pickle=False) as npz:
                values = {f.name: npz[f.name] for f in fields(cls)}
        except (OSError, ValueError, KeyError) as exc:
            raise VerdictError(QT_TRANSLATE_NOOP("Engine", "The verdict's reference {file} is damaged ({reason})."),
                               file=path.name, reason=str(exc)) from exc
        values["directions"] = values["directions"].astype(np.float32)
        values["model_sha256"] = str(values["model_sha256"])
        return cls(**values)


class Judge:
    """Judges N x 28 x 28 model inputs with its models (name -> keras.Model) and a training-set reference."""

    def __init__(self, models: Mapping[str, Any], reference: Reference, min_typicality: float = MIN_TYPICALITY):
        from ae_models.inference import compile_fn

        self.models = {name: models[name] for name in MODELS}
        self.reference = reference
        self.min_typicality = min_typicality
        self._measure = compile_fn(self._measure_tensor, (None, 28, 28))
        cal, cal_labels = reference.calibration, reference.calibration_labels
        self._tails = [np.sort(cal[cal_labels == c], axis=0) for c in range(DIGITS)]
        self._scores = np.sort(self.scores(cal, cal_labels)) if len(cal) else np.zeros(0)
        distances = np.exp(cal[:, 0]) if len(cal) else np.zeros(1)
        low, high = np.percentile(distances, (5, 95))
        self.typical_distance = (float(low), float(high))

    @classmethod
    def shipped(cls, folder: Path = MODELS_DIR) -> Judge:
        """The judge of the shipped models and reference; raises VerdictError if they do not belong together."""
        from ae_models import store

        reference = Reference.load(folder / REFERENCE_FILE.name)
        made_for = json.loads(reference.model_sha256)
        models = {}
        for name in MODELS:
            path = folder / f"{name}.keras"
            if path.is_file() and store.file_sha256(path) != made_for.get(name):
                raise VerdictError(QT_TRANSLATE_NOOP("Engine", "{file} is not the model the verdict's reference was "
                                                               "made for: run {command}."),
                                   file=path.name, command=REMAKE)
            models[name] = store.load(path)[0]
        return cls(models, reference)

    def _measure_tensor(self, x):
        import keras

        from ae_models.architectures import code_of

        out = []
        for model in self.models.values():
            shape = (-1, *model.input_shape[1:])
            code = code_of(model.get_layer("encoder")(keras.ops.reshape(x, shape), training=False))
            redrawn = keras.ops.reshape(model.get_layer("decoder")(code, training=False), (-1, 28, 28))
            out += [keras.ops.reshape(code, (keras.ops.shape(x)[0], -1)),
                    keras.ops.mean((redrawn - x) ** 2, axis=(1, 2))]
        return out

    def measure(self, images: np.ndarray, batch: int = 500) -> tuple[list[np.ndarray], np.ndarray]:
        """Each model's unit codes (a list of (N, d)) and redrawing errors (N, models)."""
        images = np.asarray(images, np.float32).reshape(-1, 28, 28)
        parts = [[np.asarray(v) for v in self._measure(images[i : i + batch])] for i in range(0, len(images), batch)]
        if not parts:
            return [np.zeros((0, size), np.float32) for size in self.reference.sizes], np.zeros((0, len(MODELS)))
        codes = [unit(np.concatenate([p[2 * m] for p in parts])) for m in range(len(MODELS))]
        errors = np.stack([np.concatenate([p[2 * m + 1] for p in parts]) for m in range(len(MODELS))], axis=1)
        return codes, errors

    def evidence(self, images: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[Neighbours]]:
        """The (N, FEATURES) evidence, majority labels and nearest reference digits of N model inputs."""
        codes, errors = self.measure(images)
        ref = self.reference
        query = unit(np.concatenate(codes, axis=1)) if len(codes[0]) else np.zeros((0, ref.directions.shape[1]))
        found = nearest_many(ref.directions, ref.labels, ref.indices, query, K)
        majority = [_vote(n) for n in found]
        shape = [class_distance(c, ref.means[m, :, : c.shape[1]], ref.precisions[m, :, : c.shape[1], : c.shape[1]])
                 for m, c in enumerate(codes)]
        evidence = np.column_stack([
            np.log(np.array([n.distances.mean() for n in found]) + 1e-3),
            *(np.log(s.min(axis=1) + 1e-6) for s in shape),
            np.log(errors + 1e-6),
            np.array([K - votes for _, votes in majority], np.float32),
        ]).astype(np.float32)
        return evidence, np.array([digit for digit, _ in majority], np.int64), found

    def tail_shares(self, evidence: np.ndarray, labels: np.ndarray) -> np.ndarray:
        """(N, FEATURES): the share of calibration digits of each one's class at least as unusual, per feature."""
        shares = np.ones(evidence.shape, np.float64)
        for c in range(DIGITS):
            rows, tails = labels == c, self._tails[c]
            for f in range(evidence.shape[1]):
                at_least = len(tails) - np.searchsorted(tails[:, f], evidence[rows, f], side="left")
                shares[rows, f] = (at_least + 1) / (len(tails) + 1)
        return shares

    def scores(self, evidence: np.ndarray, labels: np.ndarray) -> np.ndarray:
        """How unusual each drawing is for its class: the sum of the negative logs of its tail shares."""
        return -np.log(self.tail_shares(evidence, labels)).sum(axis=1)

    def typicality(self, scores: np.ndarray) -> np.ndarray:
        """The share of calibration digits less typical (higher score) than each score: falls as scores rise."""
        if not len(self._scores):
            raise VerdictError(QT_TRANSLATE_NOOP("Engine", "This verdict's reference has no calibration digits."))
        return 1.0 - np.searchsorted(self._scores, scores, side="right") / len(self._scores)

    def __call__(self, images: np.ndarray) -> list[Verdict]:
        """The verdict of each of N model inputs (N x 28 x 28 in [0, 1], as ``to_mnist`` makes them)."""
        images = np.asarray(images, np.float32).reshape(-1, 28, 28)
        evidence, labels, found = self.evidence(images)
        shares = self.tail_shares(evidence, labels)
        typical = self.typicality(-np.log(shares).sum(axis=1))
        inked = images.max(axis=(1, 2)) > INK_THRESHOLD
        out = []
        for i, neighbours in enumerate(found):
            kept = bool(inked[i] and typical[i] >= self.min_typicality)
            rare = tuple(dict.fromkeys(FEATURES[f].split(":")[0] for f in np.flatnonzero(shares[i] < UNUSUAL)))
            out.append(Verdict(int(labels[i]) if kept else None, int(np.sum(neighbours.labels == labels[i])),
                               float(typical[i]) if inked[i] else 0.0, neighbours,
                               int(labels[i]) if inked[i] else None, rare, self.typical_distance))
        return out


def class_distance(codes: np.ndarray, means: np.ndarray, precisions: np.ndarray) -> np.ndarray:
    """(N, 10) squared Mahalanobis distances of unit codes from each class's mean."""
    centred = codes[:, None, :] - means[None]
    return np.einsum("ncd,cde,nce->nc", centred, precisions, centred)


def nearest_many(directions: np.ndarray, labels: np.ndarray, indices: np.ndarray, queries: np.ndarray,
                 k: int, chunk: int = 1000) -> list[Neighbours]:
    """The ``k`` reference digits nearest each query, nearest first (``Neighbours.indices`` are training indices)."""
    out = []
    squares = np.einsum("ij,ij->i", directions, directions)
    for start in range(0, len(queries), chunk):
        q = queries[start : start + chunk]
        # A few queries (a drawing) skip BLAS: its threads cost 50 ms on a busy machine, einsum 0.3 ms.
        products = np.einsum("rd,nd->nr", directions, q) if len(q) <= 8 else q @ directions.T
        d2 = squares[None, :] - 2.0 * products + np.einsum("ij,ij->i", q, q)[:, None]
        part = np.argpartition(d2, k - 1, axis=1)[:, :k]
        order = np.take_along_axis(part, np.argsort(np.take_along_axis(d2, part, 1), axis=1, kind="stable"), 1)
        dist = np.sqrt(np.maximum(np.take_along_axis(d2, order, 1), 0.0))
        out += [Neighbours(indices[o], labels[o], dd) for o, dd in zip(order, dist)]
    return out


def _vote(neighbours: Neighbours) -> tuple[int, int]:
    """Majority label and its votes; a tie goes to the label whose nearest member is closest."""
    counts = np.bincount(neighbours.labels.astype(int), minlength=DIGITS)
    best = np.flatnonzero(counts == counts.max())
    digit = next(int(label) for label in neighbours.labels if label in best)
    return digit, int(counts[digit])


class _Default:
    """The shipped judge, made on first use (thread-safe: the GUI asks from a worker thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._judge: Judge | None = None

    def get(self) -> Judge:
        with self._lock:
            if self._judge is None:
                self._judge = Judge.shipped()
            return self._judge


_DEFAULT = _Default()


def default_judge() -> Judge:
    """The judge made from the shipped models and reference (loaded once, on first use)."""
    return _DEFAULT.get()


def judge(images: np.ndarray) -> list[Verdict]:
    """Verdicts of N x 28 x 28 float32 model inputs in [0, 1] by the shipped judge."""
    return default_judge()(images)
