"""The inference engine: fused results equal the models' own, per-instance errors, hot add/remove."""

import numpy as np
import pytest

from ae_models import architectures, store, zoo
from ae_models.inference import InferenceEngine, fuse


@pytest.fixture(scope="module")
def model_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zoo")
    paths = {}
    for name in ("vanilla", "conv", "vae"):
        paths[name] = folder / f"{name}.keras"
        store.save(architectures.build(zoo.REGISTRY[name], seed=3).autoencoder, paths[name], {"variant": name})
    return paths


@pytest.fixture(scope="module")
def engine(model_files):
    eng = InferenceEngine()
    assert eng.load_many(model_files) == {}
    return eng


def digit(seed=0):
    return np.random.default_rng(seed).random((28, 28)).astype(np.float32)


def test_run_all_matches_each_model(engine):
    x = digit()
    results = engine.run_all(x)
    assert list(results) == ["vanilla", "conv", "vae"]
    for name, out in results.items():
        inst = engine[name]
        expected = np.asarray(inst.model(x.reshape((1, *inst.input_shape)))).reshape(28, 28)
        np.testing.assert_allclose(out.reconstruction, expected, atol=1e-5)
        assert out.code.shape == inst.code_shape
        np.testing.assert_allclose(inst.encode(x), out.code, atol=1e-5)
        np.testing.assert_allclose(inst.decode(out.code), out.reconstruction, atol=1e-5)
        np.testing.assert_allclose(inst.reconstruct(x), out.reconstruction, atol=1e-5)


def test_one_call_also_runs_the_noisy_digit_before_and_after_fusing(model_files):
    eng = InferenceEngine()
    for name, path in model_files.items():  # models given without their files have no NumPy pass: Keras runs them
        eng.add(name, *store.load(path))
    assert eng.needs_fused
    x, noisy = digit(1), digit(2)
    unfused = eng.run_all(x, noisy)  # each model on its own, as while the loader is still fusing
    assert not eng.fused
    eng.warm()
    assert eng.fused and not eng.use(fuse([eng["vanilla"]]))  # a fused call over other models is refused
    fused = eng.run_all(x, noisy)
    for name, out in fused.items():
        inst = eng[name]
        np.testing.assert_allclose(out.reconstruction, inst.reconstruct(x), atol=1e-5)
        np.testing.assert_allclose(out.noisy_reconstruction, inst.reconstruct(noisy), atol=1e-5)
        np.testing.assert_allclose(unfused[name].noisy_reconstruction, out.noisy_reconstruction, atol=1e-5)
        np.testing.assert_allclose(unfused[name].code, out.code, atol=1e-5)
    assert all(out.noisy_reconstruction is None for out in eng.run_all(x).values())
    assert eng.use(fuse([eng[name] for name in eng.names], xla=True))  # what the loader ends with
    for name, out in eng.run_all(x, noisy).items():
        np.testing.assert_allclose(out.reconstruction, fused[name].reconstruction, atol=1e-5)
        np.testing.assert_allclose(out.noisy_reconstruction, fused[name].noisy_reconstruction, atol=1e-5)


def test_encode_batch_agrees_with_single_encode(engine):
    images = np.stack([digit(1), digit(2), digit(3)])
    codes = engine["vae"].encode_batch(images)
    assert codes.shape == (3, 2)
    np.testing.assert_allclose(codes[1], engine["vae"].encode(images[1]), atol=1e-5)


def test_damaged_and_missing_files_are_reported_per_instance(model_files, tmp_path):
    broken = tmp_path / "broken.keras"
    broken.write_bytes(model_files["conv"].read_bytes()[:500])
    eng = InferenceEngine()
    errors = eng.load_many({"vanilla": model_files["vanilla"], "conv": broken, "deep": tmp_path / "none.keras"})
    assert eng.names == ["vanilla"]
    assert "damaged" in errors["conv"] and "does not exist" in errors["deep"]
    assert set(eng.run_all(digit())) == {"vanilla"}


def test_add_replace_and_remove_at_run_time(model_files):
    eng = InferenceEngine()
    eng.load("vanilla", model_files["vanilla"])
    before = eng.run_all(digit())["vanilla"].reconstruction
    eng.add("vanilla", architectures.build(zoo.REGISTRY["vanilla"], seed=9).autoencoder, {"variant": "vanilla"})
    after = eng.run_all(digit())["vanilla"].reconstruction
    assert not np.allclose(before, after)
    eng.add("vanilla (mine)", architectures.build(zoo.REGISTRY["vanilla"].customized(arch={"code_size": 8})).autoencoder)
    assert eng.run_all(digit())["vanilla (mine)"].code.shape == (8,)
    eng.remove("vanilla")
    assert eng.names == ["vanilla (mine)"]
