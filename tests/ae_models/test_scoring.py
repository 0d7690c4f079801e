"""The live views' scores: every model measured in one pass gives each its own error."""

import numpy as np
import pytest

from ae_models.forward import Output
from ae_models.scoring import score_views


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
    results = score_views(outputs, clean).results
    assert list(results) == list(outputs)
    for name, result in results.items():
        assert result.reconstruction is outputs[name].reconstruction and result.code is outputs[name].code
        assert (result.bce, result.mse) == pytest.approx(reference_errors(clean, outputs[name].reconstruction), abs=1e-8)
    assert results["exact"].mse == 0 and results["exact"].bce < 1e-6
    assert len({result.bce for result in results.values()}) == len(results)  # not one figure for all
    assert score_views(outputs, clean).noisy is None and score_views({}, clean).results == {}


def test_the_noise_demo_scores_noisy_reconstructions_against_the_clean_digit(digits):
    clean, outputs = digits
    noisy = np.clip(clean + 0.3, 0, 1)
    scores = score_views(outputs, clean, noisy, ["denoiser", "plain", "gone", None])
    denoised, missing, absent, none = scores.denoised
    assert missing is None and absent is None and none is None  # no noisy output, not loaded, no such model
    assert denoised.name == "denoiser" and denoised.reconstruction is outputs["denoiser"].noisy_reconstruction
    assert (denoised.bce, denoised.mse) == pytest.approx(
        reference_errors(clean, outputs["denoiser"].noisy_reconstruction))
    assert scores.noisy.reconstruction is noisy
    assert (scores.noisy.bce, scores.noisy.mse) == pytest.approx(reference_errors(clean, noisy))
    for name, result in scores.results.items():  # the clean figures are those measured without the demo
        assert (result.bce, result.mse) == (score_views(outputs, clean).results[name].bce,
                                            score_views(outputs, clean).results[name].mse)
    assert score_views(outputs, clean, noisy, []).denoised == ()
