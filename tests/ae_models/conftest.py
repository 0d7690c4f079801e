"""Engine fixtures: a tiny synthetic digit dataset (no files, no Qt)."""

import numpy as np
import pytest

from ae_models.data import Dataset


def blobs(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """n 28x28 uint8 images of a bright bar whose position encodes its label (0-9)."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 10, n).astype(np.uint8)
    images = np.zeros((n, 28, 28), np.uint8)
    for i, label in enumerate(labels):
        row = 4 + 2 * int(label)
        images[i, row : row + 3, 6:22] = rng.integers(150, 256)
    return images, labels


@pytest.fixture(scope="session")
def tiny_dataset() -> Dataset:
    x_train, y_train = blobs(400, 1)
    x_test, y_test = blobs(100, 2)
    y_test[:10] = np.arange(10)  # every class present for the sample strip
    for i in range(10):
        x_test[i] = 0
        x_test[i, 4 + 2 * i : 7 + 2 * i, 6:22] = 200
    return Dataset("tiny", x_train, y_train, x_test, y_test, source=None)
