"""The verdict: digits get a digit, non-digits get None, typicality ranks, and the shipped reference is
what its script makes. Uses the bundled MNIST and the shipped vanilla, deep and conv."""

import json

import numpy as np
import pytest

from ae_models import data, drawn, store, verdict
from ae_models.cli import verdict_reference
from ae_models.codespace import unit
from ae_models.resources import MODELS_DIR
from bench.nondigits import letters, scribbles

DIGITS, NON_DIGITS = 600, 150  # sample sizes: each rate within about 2 points of the benchmark's


@pytest.fixture(scope="module")
def mnist():
    return data.load("mnist")


@pytest.fixture(scope="module")
def judge():
    return verdict.default_judge()


@pytest.fixture(scope="module")
def test_digits(mnist):
    pick = np.random.default_rng(11).choice(len(mnist.x_test), DIGITS, replace=False)
    return data.to_float(mnist.x_test[pick]), mnist.y_test[pick]


def kept(verdicts: list[verdict.Verdict]) -> float:
    return float(np.mean([v.digit is not None for v in verdicts]))


def test_mnist_test_digits_get_a_digit_and_the_right_one(judge, test_digits):
    images, labels = test_digits
    found = judge(images)
    assert kept(found) >= 0.95
    assert np.mean([v.digit == y for v, y in zip(found, labels) if v.digit is not None]) >= 0.9


def test_digits_drawn_anywhere_on_the_canvas_get_a_digit_and_the_right_one(judge, test_digits):
    images, labels = test_digits
    found = judge(drawn.drawn(images, seed=12))
    assert kept(found) >= 0.95
    assert np.mean([v.nearest_digit == y for v, y in zip(found, labels)]) >= 0.85


def test_most_letters_and_scribbles_look_like_no_digit(judge):
    """The shipped operating point refuses about two thirds of them (the curve is in docs/MODELS.md)."""
    refused_letters = 1 - kept(judge(letters(NON_DIGITS, seed=13)))
    refused_scribbles = 1 - kept(judge(scribbles(NON_DIGITS, seed=14)))
    assert refused_letters >= 0.45 and refused_scribbles >= 0.7
    assert (refused_letters + refused_scribbles) / 2 >= 0.6


def test_a_blank_image_gets_none(judge):
    (blank,) = judge(np.zeros((1, 28, 28), np.float32))
    assert blank.digit is None and blank.nearest_digit is None and blank.typicality == 0.0


def test_verdict_fields(judge, test_digits):
    (found,) = judge(test_digits[0][:1])
    assert found.k == verdict.K and np.all(np.diff(found.neighbours.distances) >= 0)
    assert found.votes == int(np.sum(found.neighbours.labels == found.nearest_digit))
    assert 0.0 <= found.typicality <= 1.0 and found.usual_distance[0] < found.usual_distance[1]


def test_typicality_falls_as_any_evidence_grows(judge, test_digits):
    """Each kind of evidence, made more unusual step by step, can only lower the typicality."""
    evidence, labels, _ = judge.evidence(test_digits[0][:20])
    steps = np.linspace(0.0, 6.0, 13)
    for feature in range(len(verdict.FEATURES)):
        moved = np.repeat(evidence, len(steps), axis=0)
        moved[:, feature] += np.tile(steps, len(evidence))
        typical = judge.typicality(judge.scores(moved, np.repeat(labels, len(steps)))).reshape(len(evidence), -1)
        assert np.all(np.diff(typical, axis=1) <= 0), verdict.FEATURES[feature]
        assert np.all(typical[:, -1] < typical[:, 0] + 1e-9)
    assert judge.typicality(np.array([-1.0]))[0] == 1.0 and judge.typicality(np.array([1e9]))[0] == 0.0


def test_a_digit_worn_away_becomes_less_typical(judge, test_digits):
    """Covering more and more of a digit with random blobs of ink makes it steadily less typical."""
    image = test_digits[0][0]
    rng = np.random.default_rng(3)
    blobs = rng.random((28, 28)) < 0.15
    found = judge(np.stack([np.where(blobs & (rng.random((28, 28)) < share), 1.0, image)
                            for share in (0.0, 0.5, 1.0)]))
    assert found[0].typicality > found[1].typicality > found[2].typicality


def test_the_script_reproduces_the_shipped_reference(mnist, judge):
    """The reference digits, class statistics and the first calibration digits are what the script makes."""
    shipped = judge.reference
    made_for = json.loads(shipped.model_sha256)
    assert made_for == {n: store.file_sha256(MODELS_DIR / f"{n}.keras") for n in verdict.MODELS}
    ref_idx, cal_idx = verdict_reference.split(len(mnist.x_train))
    assert np.array_equal(shipped.indices, ref_idx) and np.array_equal(shipped.labels, mnist.y_train[ref_idx])
    codes, _ = judge.measure(data.to_float(mnist.x_train[ref_idx]))
    means, precisions = verdict_reference.class_statistics(codes, mnist.y_train[ref_idx])
    assert np.allclose(shipped.means, means, atol=1e-4) and np.allclose(shipped.precisions, precisions, rtol=1e-3,
                                                                          atol=1e-2)
    directions = unit(np.concatenate(codes, axis=1))
    assert np.abs(shipped.directions - directions).max() < 2e-3  # stored as float16
    few = cal_idx[:100]
    evidence, labels = verdict_reference.calibration(judge, data.to_float(mnist.x_train[few]), mnist.y_train[few])
    rows = np.r_[0:100, len(cal_idx) : len(cal_idx) + 100]
    assert np.array_equal(shipped.calibration_labels[rows], labels)
    assert np.allclose(shipped.calibration[rows], evidence, atol=1e-3)
