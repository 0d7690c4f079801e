"""Model files: atomic save, identical outputs after load, clear errors for damaged or foreign files."""

import json
import zipfile

import keras
import numpy as np
import pytest

from ae_models import architectures, store, zoo


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    folder = tmp_path_factory.mktemp("models")
    model = architectures.build(zoo.REGISTRY["conv"]).autoencoder
    meta = store.save(model, folder / "conv.keras", {"variant": "conv", "epochs_done": 0})
    return model, folder / "conv.keras", meta


def test_save_then_load_gives_identical_outputs(saved):
    model, path, meta = saved
    loaded, sidecar = store.load(path)
    x = np.random.default_rng(0).random((4, 28, 28, 1)).astype(np.float32)
    np.testing.assert_array_equal(np.asarray(model(x)), np.asarray(loaded(x)))
    assert sidecar == meta and sidecar["sha256"] == store.file_sha256(path)
    assert sidecar["variant"] == "conv" and "keras" in sidecar["versions"]
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temporary leftovers


@pytest.mark.parametrize("every", ["vae", "sparse", "denoising", "latent2"])
def test_custom_layers_round_trip(tmp_path, every):
    built = architectures.build(zoo.REGISTRY[every])
    store.save(built.autoencoder, tmp_path / "m.keras", {})
    store.save(built.trainer, tmp_path / "t.keras", {})
    loaded, _ = store.load(tmp_path / "m.keras")
    x = np.random.default_rng(1).random((2, *zoo.REGISTRY[every].input_shape)).astype(np.float32)
    np.testing.assert_allclose(np.asarray(built.autoencoder(x)), np.asarray(loaded(x)), atol=1e-6)
    assert store.load_keras(tmp_path / "t.keras").get_layer("encoder") is not None


def damage(path, tmp_path, how):
    bad = tmp_path / f"{how}.keras"
    raw = path.read_bytes()
    if how == "truncated":
        bad.write_bytes(raw[: len(raw) // 2])
    elif how == "garbage":
        bad.write_bytes(b"\x00garbage" * 100)
    elif how == "bad-zip":
        bad.write_bytes(raw[:30] + b"\xff" * 200 + raw[230:])
    elif how == "bad-weights":
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(bad, "w") as dst:
            for item in src.infolist():
                content = src.read(item)
                dst.writestr(item, b"not hdf5" if item.filename.endswith(".h5") else content)
    return bad


@pytest.mark.parametrize("how", ["truncated", "garbage", "bad-zip", "bad-weights"])
def test_damaged_files_say_so(saved, tmp_path, how):
    with pytest.raises(store.ModelFileError, match="damaged"):
        store.load(damage(saved[1], tmp_path, how))


def test_missing_file(tmp_path):
    with pytest.raises(store.ModelFileError, match="does not exist"):
        store.load(tmp_path / "nothing.keras")


def test_foreign_models_are_refused_with_the_reason(tmp_path):
    plain = keras.Sequential([keras.Input((784,)), keras.layers.Dense(784)])
    plain.save(tmp_path / "plain.keras")
    with pytest.raises(store.ModelFileError, match="no decoder or encoder part"):
        store.load(tmp_path / "plain.keras")
    enc = keras.Sequential([keras.Input((10,)), keras.layers.Dense(2)], name="encoder")
    dec = keras.Sequential([keras.Input((2,)), keras.layers.Dense(10)], name="decoder")
    inp = keras.Input((10,))
    keras.Model(inp, dec(enc(inp))).save(tmp_path / "small.keras")
    with pytest.raises(store.ModelFileError, match="input shape"):
        store.load(tmp_path / "small.keras")


def test_sidecar_is_written_atomically_as_json(tmp_path):
    store.write_json(tmp_path / "a.json", {"x": np.float32(1.5), "t": (1, 2)})
    assert json.loads((tmp_path / "a.json").read_text()) == {"x": 1.5, "t": [1, 2]}
    with pytest.raises(TypeError):
        store.write_json(tmp_path / "a.json", {"x": object()})
    assert json.loads((tmp_path / "a.json").read_text()) == {"x": 1.5, "t": [1, 2]}  # old file intact
