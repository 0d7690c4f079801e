"""Make the verdict's reference from the MNIST training set: ``python -m ae_models.cli.verdict_reference``.

A fixed shuffle of the 60,000 training digits (seed 0, the shipped models' own validation split) gives
REFERENCE_SIZE reference digits from its front and CALIBRATION_SIZE calibration digits from its end (the
digits the vanilla and deep models were validated on, never trained on). The calibration digits are judged
twice, as they are and as if drawn on the canvas (``ae_models.drawn``), so typicality covers drawings too.
The test set is never read. Writes ``resources/models/verdict.npz`` (or ``--out``).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from ae_models import data, drawn, store
from ae_models.verdict import DIGITS, MODELS, REFERENCE_FILE, Judge, Reference

log = logging.getLogger("ae_models.cli.verdict_reference")
SEED = 0
REFERENCE_SIZE = 6000
CALIBRATION_SIZE = 3000
RIDGE = 1e-3  # added to each class covariance: some code values hardly vary within a class


def split(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Training-set indices of the reference digits and of the calibration digits."""
    order = np.random.default_rng(SEED).permutation(n)
    return np.sort(order[:REFERENCE_SIZE]), np.sort(order[-CALIBRATION_SIZE:])


def class_statistics(codes: list[np.ndarray], labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per model and class: the mean and inverse covariance of the unit codes, zero-padded to one size."""
    width = max(c.shape[1] for c in codes)
    means = np.zeros((len(codes), DIGITS, width), np.float32)
    precisions = np.zeros((len(codes), DIGITS, width, width), np.float32)
    for m, c in enumerate(codes):
        d = c.shape[1]
        for digit in range(DIGITS):
            members = c[labels == digit].astype(np.float64)
            means[m, digit, :d] = members.mean(axis=0)
            precisions[m, digit, :d, :d] = np.linalg.inv(np.cov(members.T) + RIDGE * np.eye(d))
    return means, precisions


def build_reference(dataset: data.Dataset, models: dict, model_sha256: dict[str, str]) -> Reference:
    """The reference and calibration evidence of ``models`` (name -> keras.Model) from the training set."""
    ref_idx, cal_idx = split(len(dataset.x_train))
    x = data.to_float(dataset.x_train)
    sizes = np.zeros(len(MODELS), np.int64)
    empty = Reference(np.zeros((1, 1), np.float32), np.zeros(1, np.int64), np.zeros(1, np.int64),
                      np.zeros((len(MODELS), DIGITS, 1), np.float32),
                      np.zeros((len(MODELS), DIGITS, 1, 1), np.float32), sizes)
    codes, _ = Judge(models, empty).measure(x[ref_idx])
    means, precisions = class_statistics(codes, dataset.y_train[ref_idx])
    directions = np.concatenate(codes, axis=1)
    directions /= np.maximum(np.linalg.norm(directions, axis=1, keepdims=True), 1e-12)
    directions = directions.astype(np.float16).astype(np.float32)  # calibrate with what the file will hold
    reference = Reference(directions.astype(np.float32), dataset.y_train[ref_idx].astype(np.int64),
                          ref_idx.astype(np.int64), means, precisions,
                          np.array([c.shape[1] for c in codes], np.int64),
                          model_sha256=json.dumps(model_sha256, sort_keys=True))
    evidence, labels = calibration(Judge(models, reference), x[cal_idx], dataset.y_train[cal_idx])
    return replace(reference, calibration=evidence, calibration_labels=labels)


def calibration(judge: Judge, images: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The evidence of the calibration digits as they are, then as if drawn on the canvas, and their labels."""
    evidence, _, _ = judge.evidence(np.concatenate([images, drawn.drawn(images, seed=SEED + 1)]))
    return evidence, np.tile(labels, 2).astype(np.int64)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, default=REFERENCE_FILE.parent, help="folder of the model files")
    parser.add_argument("--out", type=Path, default=REFERENCE_FILE)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        dataset = data.load("mnist")
        paths = {name: args.models / f"{name}.keras" for name in MODELS}
        models = {name: store.load(path)[0] for name, path in paths.items()}
    except (data.DatasetError, store.ModelFileError) as exc:
        log.error("%s", exc)
        return 1
    reference = build_reference(dataset, models, {n: store.file_sha256(p) for n, p in paths.items()})
    reference.save(args.out)
    log.info("wrote %s: %d reference and %d calibration digits", args.out, len(reference.labels),
             len(reference.calibration_labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
