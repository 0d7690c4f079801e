"""Every variant and recipe builds with the code shape its spec declares."""

import keras
import numpy as np
import pytest

from ae_models import architectures, zoo

ALL = {**zoo.REGISTRY, **zoo.RECIPES}


@pytest.mark.parametrize("name", list(ALL))
def test_builds_with_declared_shapes(name):
    spec = ALL[name]
    built = architectures.build(spec)
    assert built.autoencoder.get_layer("encoder") is built.encoder
    assert built.autoencoder.get_layer("decoder") is built.decoder
    assert tuple(built.decoder.input_shape[1:]) == spec.code_shape
    assert tuple(built.autoencoder.input_shape[1:]) == spec.input_shape
    assert tuple(built.autoencoder.output_shape[1:]) == spec.input_shape
    x = np.random.default_rng(0).random((2, *spec.input_shape)).astype(np.float32)
    y = np.asarray(built.autoencoder(x))
    assert y.shape == x.shape and (y >= 0).all() and (y <= 1).all()


def test_vanilla_has_the_tutorials_parameter_count():
    assert architectures.build(zoo.REGISTRY["vanilla"]).autoencoder.count_params() == 50_992
    assert zoo.REGISTRY["vanilla"].compression == pytest.approx(24.5)


def test_conv_code_shapes_follow_the_tutorials():
    assert zoo.REGISTRY["conv"].code_shape == (4, 4, 8)
    assert zoo.REGISTRY["denoising"].code_shape == (7, 7, 32)
    assert zoo.RECIPES["tutorial-denoise-32-32-16"].code_shape == (4, 4, 16)


def test_latent2_code_is_linear_but_the_tutorial_recipe_keeps_relu():
    assert zoo.REGISTRY["latent2"].arch["code_activation"] == "linear"
    assert zoo.RECIPES["tutorial-latent2"].arch["code_activation"] == "relu"


def test_vae_is_deterministic_from_z_mean():
    built = architectures.build(zoo.REGISTRY["vae"])
    x = np.random.default_rng(1).random((3, 784)).astype(np.float32)
    np.testing.assert_array_equal(np.asarray(built.autoencoder(x)), np.asarray(built.autoencoder(x)))


def test_customized_overrides_architecture_and_training():
    spec = zoo.REGISTRY["vanilla"].customized(arch={"code_size": 16}, epochs=3, learning_rate=0.01)
    assert spec.code_shape == (16,) and spec.train.epochs == 3 and spec.train.learning_rate == 0.01
    with pytest.raises(ValueError, match="no architecture parameter filters"):
        zoo.REGISTRY["vanilla"].customized(arch={"filters": (8,)})


def test_config_problems_name_the_field():
    bad = zoo.TrainConfig(epochs=0, learning_rate=-1, optimizer="nadam", noise_factor=2)
    assert set(bad.problems()) == {"epochs", "learning_rate", "optimizer", "noise_factor"}
    assert zoo.TrainConfig().problems() == {}


def test_sparse_penalty_does_not_depend_on_batch_size():
    # Measured as Keras applies it (an activity penalty is divided by the batch it saw): per sample.
    layer = keras.layers.Activation("linear", activity_regularizer=architectures.PerSampleL1(0.03))
    codes = np.random.default_rng(2).random((8, 32)).astype(np.float32)

    def penalty(batch):
        layer(batch)
        return float(layer.losses[-1])

    small, large = penalty(codes), penalty(np.concatenate([codes, codes, codes, codes]))
    assert small == pytest.approx(large, rel=1e-6)
    assert small == pytest.approx(0.03 * np.abs(codes).sum(axis=1).mean(), rel=1e-5)
    code_layer = architectures.build(zoo.RECIPES["tutorial-sparse-l1"]).encoder.get_layer("code")
    assert isinstance(code_layer.activity_regularizer, architectures.PerSampleL1)
    assert code_layer.activity_regularizer.strength == pytest.approx(10e-5)  # the Keras blog's sparse model
