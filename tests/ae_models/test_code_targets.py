"""What the retrained models claim, as engine pieces: a top-k code, a noise mix, and the measures of their targets."""

import dataclasses
from types import MappingProxyType

import keras
import numpy as np
import pytest

from ae_models import architectures, metrics, noise, store, zoo
from ae_models.cli.pretrain import shortfalls
from ae_models.codespace import map_range

MIX = ("gaussian", "salt-and-pepper", "masking")


def test_top_k_keeps_each_rows_k_largest_values_and_zeroes_the_rest():
    x = np.array([[1, 5, 2, 7, 3, 0], [9, 8, 0, 0, 1, 2]], np.float32)
    out = np.asarray(architectures.TopK(3)(x))
    np.testing.assert_array_equal(out, [[0, 5, 0, 7, 3, 0], [9, 8, 0, 0, 0, 2]])


def test_the_sparse_code_has_at_most_k_active_values_and_loads_in_safe_mode(tmp_path):
    spec = zoo.REGISTRY["sparse"]
    built = architectures.build(spec)
    x = np.random.default_rng(0).random((50, *spec.input_shape)).astype(np.float32)
    codes = np.asarray(built.encoder(x))
    assert np.count_nonzero(codes, axis=1).max() <= spec.arch["top_k"]
    store.save(built.autoencoder, tmp_path / "sparse.keras", {})
    loaded, _ = store.load(tmp_path / "sparse.keras")  # safe mode: only registered layers load
    assert loaded.get_layer("encoder").get_layer("top_k").k == spec.arch["top_k"]
    np.testing.assert_allclose(np.asarray(loaded(x)), np.asarray(built.autoencoder(x)), atol=1e-6)


def _kind_of(image: np.ndarray) -> str:
    """Which noise turned a uniform 0.5 image into this one."""
    values = set(np.unique(image).round(4))
    if values <= {0.0, 0.5}:
        return "masking"
    if values <= {0.0, 0.5, 1.0}:
        return "salt-and-pepper"
    return "gaussian"


def test_input_noise_gives_each_digit_one_of_its_kinds_and_only_while_training():
    layer = architectures.InputNoise(0.5, MIX, seed=3)
    x = np.full((90, 28, 28, 1), 0.5, np.float32)
    noisy = np.asarray(layer(x, training=True))
    kinds = [_kind_of(image) for image in noisy]
    assert set(kinds) == set(MIX) and min(kinds.count(k) for k in MIX) >= 15
    assert noisy.min() >= 0 and noisy.max() <= 1
    masked = noisy[kinds.index("masking")]
    assert 0.4 < np.mean(masked == 0) < 0.6  # level 0.5 masks half the pixels, as in the app
    np.testing.assert_array_equal(np.asarray(layer(x, training=False)), x)


def test_input_noise_round_trips_through_safe_serialisation():
    layer = architectures.InputNoise(0.3, ("masking",), seed=1, name="noise")
    again = keras.saving.deserialize_keras_object(keras.saving.serialize_keras_object(layer), safe_mode=True)
    assert isinstance(again, architectures.InputNoise)
    assert (again.factor, again.kinds, again.seed) == (0.3, ("masking",), 1)


def test_a_mixed_denoisers_trainer_saves_and_loads_with_its_noise_kinds(tmp_path):
    spec = zoo.REGISTRY["denoising"]
    built = architectures.build(dataclasses.replace(spec, train=dataclasses.replace(spec.refine, noise_factor=0.5)))
    store.save(built.trainer, tmp_path / "trainer.keras", {})
    trainer = store.load_keras(tmp_path / "trainer.keras")
    assert trainer.get_layer("noise").kinds == spec.refine.noise_kinds


def test_noise_kinds_are_checked_by_the_config():
    assert set(zoo.REGISTRY["denoising"].refine.noise_kinds) == set(MIX)  # the shipped denoiser's second stage
    assert "noise_kinds" in zoo.TrainConfig(noise_kinds=()).problems()
    assert "noise_kinds" in zoo.TrainConfig(noise_kinds=("gaussian", "hail")).problems()
    assert zoo.TrainConfig(noise_kinds=("masking",)).problems() == {}


def test_mixed_validation_noise_uses_each_kind_and_gaussian_alone_is_the_benchmark():
    x = np.full((60, 784), 0.5, np.float32)
    kinds = [_kind_of(row) for row in noise.mixed_noise(x, 0.5, MIX, seed=0)]
    assert set(kinds) == set(MIX)
    np.testing.assert_array_equal(noise.mixed_noise(x, 0.5, ("gaussian",)), noise.test_noise(x, 0.5, 0))
    np.testing.assert_array_equal(noise.benchmark_noise(x, "masking"),
                                  noise.NoisePattern.draw(x.shape, seed=0).apply(x, 0.5, "masking"))


def test_zero_share_counts_exact_zeros_per_digit():
    codes = np.array([[0, 0, 1, 2], [0, 0, 0, 1e-9]])
    assert metrics.zero_share(codes) == pytest.approx((2 + 3) / 8)


def test_spread_ratio_is_one_for_alike_classes_and_grows_with_a_wide_class():
    rng = np.random.default_rng(0)
    labels = np.repeat(np.arange(10), 500)
    codes = rng.standard_normal((5000, 2)) + labels[:, None] * 10
    assert metrics.spread_ratio(codes, labels) == pytest.approx(1.0, abs=0.15)
    codes[labels == 1] *= 10  # ten times as wide on both axes: sqrt(det) grows a hundredfold
    assert metrics.spread_ratio(codes, labels) == pytest.approx(100, rel=0.2)


def test_shortfalls_name_each_missed_target(monkeypatch):
    sparse = dataclasses.replace(zoo.REGISTRY["sparse"], target_bce=0.11, target_zero_share=0.5)
    monkeypatch.setattr(zoo, "REGISTRY", MappingProxyType({**zoo.REGISTRY, "sparse": sparse}))
    assert shortfalls("sparse", {"test_bce": 0.1, "code_zero_share": 0.6}) == []
    assert shortfalls("sparse", {"test_bce": 0.1, "code_zero_share": 0.4}) == ["zero share 0.400 < target 0.5"]
    latent = {"test_bce": 0.18, "code_spread_ratio": 3.5}
    assert shortfalls("latent2", latent) == ["spread ratio 3.50 > target 3.0"]
    test = {"test_bce": 0.09, "test_bce_gaussian": 0.09, "test_bce_masking": 0.2}
    assert "vanilla model must ship first" in shortfalls("denoising", test)[0]
    reference = {"test_bce_gaussian": 0.8, "test_bce_masking": 0.27}
    assert shortfalls("denoising", test, reference) == ["test_bce_masking 0.2000 > 0.5 × vanilla's 0.2700"]


def test_the_map_and_the_manifold_share_a_range_taken_from_the_codes():
    codes = np.random.default_rng(0).standard_normal((1000, 2)) * [1, 30] + [0, -100]
    (x0, x1), (y0, y1) = map_range(codes)
    assert -4 < x0 < -1 and 1 < x1 < 4
    assert -220 < y0 < -130 and -70 < y1 < 20
