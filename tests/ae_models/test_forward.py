"""The NumPy forward pass gives Keras's outputs for every architecture the zoo builds, and refuses the rest."""

import json
import logging
import subprocess
import sys
import zipfile

import keras
import numpy as np
import pytest

from ae_models import architectures, forward, forward_layers, shipped, store, zoo
from ae_models.inference import InferenceEngine, open_instance
from ae_models.resources import MODELS_DIR


def digits(n=3, seed=0):
    return np.random.default_rng(seed).random((n, 28, 28)).astype(np.float32)


def keras_outputs(model, x):
    encoder, decoder = model.get_layer("encoder"), model.get_layer("decoder")
    code = architectures.code_of(encoder(x.reshape((len(x), *model.input_shape[1:]))))
    return np.asarray(code), np.asarray(decoder(code)).reshape(-1, 28, 28)


@pytest.mark.parametrize("name", list(zoo.REGISTRY))
def test_every_zoo_architecture_matches_keras(tmp_path, name):
    model = architectures.build(zoo.REGISTRY[name], seed=5).autoencoder
    store.save(model, tmp_path / f"{name}.keras", {"variant": name})
    fast = forward.load(tmp_path / f"{name}.keras")
    x = digits()
    code, recon = fast.run(x)
    want_code, want_recon = keras_outputs(model, x)
    assert code.shape == want_code.shape and fast.code_shape == zoo.REGISTRY[name].code_shape
    np.testing.assert_allclose(code, want_code, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(recon, want_recon, atol=1e-5)


def test_every_shipped_model_matches_keras():
    paths = shipped.check(MODELS_DIR).paths
    assert set(paths) == set(zoo.REGISTRY)
    x = digits(2, seed=1)
    for name, path in paths.items():
        model, _ = store.load(path)
        code, recon = forward.load(path).run(x)
        want_code, want_recon = keras_outputs(model, x)
        np.testing.assert_allclose(code, want_code, rtol=1e-5, atol=1e-5, err_msg=name)
        np.testing.assert_allclose(recon, want_recon, rtol=1e-5, atol=1e-5, err_msg=name)


def test_a_digit_gets_the_same_result_alone_and_in_a_batch_of_any_size():
    """Two to four digits go through a big dense layer one at a time (the noise demo's pair); more go at once."""
    x = digits(6, seed=2)
    for name in ("latent2", "conv"):
        fast = forward.load(shipped.check(MODELS_DIR).paths[name])
        alone = [fast.run(x[i : i + 1]) for i in range(len(x))]
        for n in (2, 4, 6):
            codes, recons = fast.run(x[:n])
            for i in range(n):
                np.testing.assert_allclose(codes[i], alone[i][0][0], rtol=1e-5, atol=1e-5, err_msg=f"{name} {n}")
                np.testing.assert_allclose(recons[i], alone[i][1][0], atol=1e-5, err_msg=f"{name} {n}")


@pytest.mark.parametrize("taps, size, padding", [(3, 2, "same"), (3, 2, "valid"), (5, 2, "same"), (5, 2, "valid"),
                                                 (3, 3, "same"), (4, 2, "same"), (2, 2, "same"), (1, 2, "valid")])
def test_an_upsampling_folded_into_its_convolution_draws_the_same_image(taps, size, padding):
    """The decoders' upsampling + convolution pairs run as one convolution of the small image, phase by phase."""
    rng = np.random.default_rng(taps * 10 + size)
    config = {"strides": [1, 1], "dilation_rate": [1, 1], "groups": 1, "data_format": "channels_last",
              "use_bias": True, "padding": padding, "activation": "linear"}
    upsampling = {"interpolation": "nearest", "data_format": "channels_last", "size": [size, size]}
    weights = [rng.standard_normal((taps, taps, 3, 5)).astype(np.float32), rng.standard_normal(5).astype(np.float32)]
    x = rng.random((2, 5, 6, 3)).astype(np.float32)
    upsampled = forward_layers.layer_op("UpSampling2D", upsampling, [])(x)
    apart = forward_layers.layer_op("Conv2D", config, weights)(upsampled)
    folded = forward_layers.upsampled_conv(upsampling, weights, config)(x)
    assert folded.shape == apart.shape
    np.testing.assert_allclose(folded, apart, rtol=1e-5, atol=1e-5)


def test_an_upsampling_whose_phases_would_differ_in_size_is_not_folded():
    config = {"strides": [1, 1], "data_format": "channels_last", "use_bias": False, "padding": "valid"}
    upsampling = {"interpolation": "nearest", "data_format": "channels_last", "size": [2, 2]}
    with pytest.raises(forward.UnsupportedError, match="phase"):
        forward_layers.upsampled_conv(upsampling, [np.ones((4, 4, 1, 1), np.float32)], config)


def test_reading_a_file_imports_no_keras():
    """At start-up the pass must not wait for TensorFlow."""
    path = shipped.check(MODELS_DIR).paths["conv"]
    code = ("import sys; from ae_models import forward; f = forward.load(sys.argv[1]); f.run(__import__('numpy')"
            ".zeros((1, 28, 28), 'float32')); print(sorted(m for m in ('keras', 'tensorflow', 'jax') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def a_model_with_dropout(path):
    inp = keras.Input((784,))
    code = keras.layers.Dropout(0.1)(keras.layers.Dense(8, activation="relu")(inp))
    encoder = keras.Model(inp, code, name="encoder")
    code_in = keras.Input((8,))
    decoder = keras.Model(code_in, keras.layers.Dense(784, activation="sigmoid")(code_in), name="decoder")
    store.save(architectures.assemble(encoder, decoder, "dropout"), path, {})


def test_an_unknown_layer_is_refused_and_the_engine_runs_it_in_keras(tmp_path):
    path = tmp_path / "dropout.keras"
    a_model_with_dropout(path)
    with pytest.raises(forward.UnsupportedError, match="Dropout"):
        forward.load(path)
    instance = open_instance("dropout", path)
    assert instance.forward is None
    engine = InferenceEngine()
    engine.put(instance)
    out = engine.run_all(digits(1)[0])["dropout"]
    np.testing.assert_allclose(out.reconstruction, keras_outputs(instance.model, digits(1))[1][0], atol=1e-5)


@pytest.mark.parametrize("damage", ["config", "weights", "not a zip"])
def test_a_damaged_file_is_refused_with_a_reason(tmp_path, damage):
    good = tmp_path / "good.keras"
    store.save(architectures.build(zoo.REGISTRY["vanilla"]).autoencoder, good, {})
    bad = tmp_path / "bad.keras"
    if damage == "not a zip":
        bad.write_bytes(b"garbage" * 100)
        with pytest.raises(store.ModelFileError):
            forward.load(bad)
        return
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if damage == "config" and item.filename == "config.json":
                data = json.dumps({"config": {"layers": []}}).encode()
            if damage == "weights" and item.filename == "model.weights.h5":
                data = data[:100]
            dst.writestr(item, data)
    with pytest.raises(forward.UnsupportedError):
        forward.load(bad)


def test_a_pass_that_disagrees_with_keras_is_not_used(tmp_path, monkeypatch, caplog):
    path = tmp_path / "vanilla.keras"
    store.save(architectures.build(zoo.REGISTRY["vanilla"]).autoencoder, path, {"variant": "vanilla"})
    real = forward.load

    def off_by_a_little(p):
        fast = real(p)
        return forward.Forward(fast.input_shape, fast.code_shape, fast.encoder, lambda c: fast.decoder(c) + 0.01)

    monkeypatch.setattr(forward, "load", off_by_a_little)
    with caplog.at_level(logging.WARNING):
        instance = open_instance("vanilla", path)
    assert instance.forward is None
    assert "disagrees with Keras" in caplog.text


def test_the_engine_runs_numpy_while_every_instance_has_a_pass_and_keras_otherwise(tmp_path):
    engine = InferenceEngine()
    for name in ("vanilla", "conv", "vae"):
        path = tmp_path / f"{name}.keras"
        store.save(architectures.build(zoo.REGISTRY[name], seed=2).autoencoder, path, {"variant": name})
        engine.load(name, path)
    assert all(engine[n].forward is not None for n in engine.names)
    x, noisy = digits(2, seed=4)
    fast = engine.run_all(x, noisy)
    unfilled = architectures.build(zoo.REGISTRY["deep"], seed=2).autoencoder
    engine.add("deep", unfilled)  # no file: no NumPy pass, so now every model runs through Keras
    assert engine["deep"].forward is None
    mixed = engine.run_all(x, noisy)
    assert list(mixed) == ["vanilla", "conv", "vae", "deep"]
    for name, out in fast.items():
        want_code, want_recon = keras_outputs(engine[name].model, np.stack([x, noisy]))
        np.testing.assert_allclose(out.code, want_code[0], atol=1e-5)
        np.testing.assert_allclose(out.reconstruction, want_recon[0], atol=1e-5)
        np.testing.assert_allclose(out.noisy_reconstruction, want_recon[1], atol=1e-5)
        np.testing.assert_allclose(mixed[name].reconstruction, out.reconstruction, atol=1e-5)
        np.testing.assert_allclose(mixed[name].noisy_reconstruction, out.noisy_reconstruction, atol=1e-5)
