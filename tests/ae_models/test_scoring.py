"""The live views' scores: every model measured in one pass gives each its own error."""

import numpy as np
import pytest

from ae_models.forward import Output
from ae_models.scoring import denoise, score_all, scored


def reference_errors(target, reconstruction):
    """BCE and MSE written out pixel by pixel, as the metrics define them."""
    bce = mse = 0.0
    for x, p in zip(np.ravel(target).tolist(), np.clip(np.ravel(reconstruction), 1e-7, 1 - 1e-7).tolist()):
        bce -= x * np.log(p) + (1 - x) * np.log(1 - p)
    for x, p in zip(np.ravel(target).tolist(), np.ravel(reconstruction).tolist()):
        mse += (x - p) ** 2
    return bce / target.size, mse / target.size


@pytest.fixture
def digits():
    rng = np.random.default_rng(3)
    clean = (rng.random((28, 28)) > 0.7).astype(np.float32)
    outputs = {name: Output(rng.normal(size=4).astype(np.float32), rng.random((28, 28), np.float32),
                            rng.random((28, 28), np.float32) if name != "plain" else None)
               for name in ("denoiser", "plain", "wide")}
    outputs["exact"] = Output(np.zeros(4, np.float32), clean.copy(), clean.copy())
    return clean, outputs


def test_every_model_gets_its_own_error_from_one_pass(digits):
    clean, outputs = digits
    results = score_all(outputs, clean)
    assert list(results) == list(outputs)
    for name, result in results.items():
        assert result.reconstruction is outputs[name].reconstruction and result.code is outputs[name].code
        assert (result.bce, result.mse) == pytest.approx(reference_errors(clean, outputs[name].reconstruction), abs=1e-8)
    assert results["exact"].mse == 0 and results["exact"].bce < 1e-6
    assert len({result.bce for result in results.values()}) == len(results)  # not one figure for all
    single = scored("wide", clean, outputs["wide"].reconstruction)
    assert (single.bce, single.mse) == (results["wide"].bce, results["wide"].mse)


def test_the_noise_demo_scores_noisy_reconstructions_against_the_clean_digit(digits):
    clean, outputs = digits
    denoised, missing, absent, none = denoise(outputs, ["denoiser", "plain", "gone", None], clean)
    assert missing is None and absent is None and none is None  # no noisy output, not loaded, no such model
    assert denoised.name == "denoiser" and denoised.reconstruction is outputs["denoiser"].noisy_reconstruction
    assert (denoised.bce, denoised.mse) == pytest.approx(
        reference_errors(clean, outputs["denoiser"].noisy_reconstruction))
    assert denoise(outputs, [], clean) == [] and score_all({}, clean) == {}
