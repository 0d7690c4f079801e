"""Test-set measures of a trained autoencoder, as the shipped-weights targets define them."""

from __future__ import annotations

import numpy as np

from ae_models import metrics
from ae_models.architectures import code_of
from ae_models.data import Dataset
from ae_models.noise import test_noise
from ae_models.training import reconstruct, shaped
from ae_models.zoo import ModelSpec


def measure_test_set(autoencoder, spec: ModelSpec, dataset: Dataset) -> dict[str, float]:
    """BCE and MSE against the clean test digits (inputs noised at the spec's factor for a denoiser,
    with ``default_rng(0)``), and the mean Hoyer sparsity of the codes of the clean test digits."""
    x = shaped(spec, dataset.x_test)
    noise = spec.train.noise_factor
    recon = reconstruct(autoencoder, test_noise(x, noise, 0) if noise else x)
    encoder = autoencoder.get_layer("encoder")
    codes = np.asarray(code_of(encoder.predict(x, batch_size=1000, verbose=0)))
    return {
        "test_bce": metrics.bce(x, recon),
        "test_mse": metrics.mse(x, recon),
        "code_hoyer": metrics.hoyer(codes),
        "code_mean": float(np.mean(codes)),
    }
