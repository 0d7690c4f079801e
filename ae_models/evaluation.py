"""Test-set measures of a trained autoencoder, as the shipped-weights targets define them."""

from __future__ import annotations

import numpy as np

from ae_models import metrics
from ae_models.architectures import code_of
from ae_models.data import Dataset
from ae_models.noise import KINDS, benchmark_noise, test_noise
from ae_models.training import reconstruct, shaped
from ae_models.zoo import ModelSpec

NOISE_LEVEL = 0.5  # the level of each noise kind at which denoisers are compared


def noisy_bce(autoencoder, spec: ModelSpec, dataset: Dataset, level: float = NOISE_LEVEL) -> dict[str, float]:
    """BCE against the clean test digits when the inputs carry each of the app's noise kinds at ``level``."""
    x = shaped(spec, dataset.x_test)
    return {f"test_bce_{kind}": metrics.bce(x, reconstruct(autoencoder, benchmark_noise(x, kind, level)))
            for kind in KINDS}


def measure_test_set(autoencoder, spec: ModelSpec, dataset: Dataset) -> dict[str, float]:
    """BCE and MSE against the clean test digits (inputs noised at the spec's factor for a denoiser,
    with ``default_rng(0)``, plus its BCE under each noise kind), and measures of the clean digits' codes:
    mean Hoyer sparsity, share of exact zeros and, for a 2-D code, the classes' spread ratio."""
    x = shaped(spec, dataset.x_test)
    noise = spec.train.noise_factor
    recon = reconstruct(autoencoder, test_noise(x, noise, 0) if noise else x)
    encoder = autoencoder.get_layer("encoder")
    codes = np.asarray(code_of(encoder.predict(x, batch_size=1000, verbose=0)))
    out = {
        "test_bce": metrics.bce(x, recon),
        "test_mse": metrics.mse(x, recon),
        "code_hoyer": metrics.hoyer(codes),
        "code_mean": float(np.mean(codes)),
        "code_zero_share": metrics.zero_share(codes),
    }
    if spec.code_size == 2:
        out["code_spread_ratio"] = metrics.spread_ratio(codes, dataset.y_test)
    if noise:
        out.update(noisy_bce(autoencoder, spec, dataset))
    return out
