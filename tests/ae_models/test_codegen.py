"""The generated Keras scripts: self-contained, formatted, the spec's exact model, trained and measured as
the app does it, and saved so that the app opens the file."""

import ast
import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import keras
import numpy as np
import pytest

from ae_models import architectures, codegen, data, store, zoo
from ae_models.cli import train as train_cli
from ae_models.evaluation import measure_test_set
from ae_models.resources import MODELS_DIR, ROOT

ALL = [*zoo.REGISTRY, *zoo.RECIPES]
NOISE_LAYERS = ("ClippedGaussianNoise", "InputNoise")  # the same noise when InputNoise has only Gaussian
RUN = ["vanilla", "conv", "vae", "sparse", "denoising", "tutorial-vanilla-adadelta"]  # one of each kind


@pytest.fixture(scope="session")
def mnist_folder() -> Path:
    """The bundled MNIST when the project ships it, else the copy AE_STUDIO_DATA points at."""
    bundled = ROOT / "resources" / "datasets" / "mnist"
    if bundled.is_dir():
        return bundled
    found = data.locate("mnist", os.environ.get("AE_STUDIO_DATA"))
    if found is None:
        pytest.skip("no MNIST folder (resources/datasets/mnist or AE_STUDIO_DATA)")
    return found


@pytest.fixture
def load_script():
    """Exec a script as a module (its main() does not run); the app's registered classes are restored after."""
    registry = dict(keras.saving.get_custom_objects())

    def load(source: str) -> dict:
        namespace = {"__name__": "generated_script"}
        exec(compile(source, "<generated>", "exec"), namespace)
        return namespace

    yield load
    keras.saving.get_custom_objects().clear()
    keras.saving.get_custom_objects().update(registry)


def structure(model) -> list:
    """Every layer, nested models included: name, type, output shape, parameters and config."""
    rows = []
    for layer in model.layers:
        row = [layer.name, type(layer).__name__, layer.count_params()]
        if hasattr(layer, "layers"):
            rows.append(row + [structure(layer)])
        else:
            shapes = [tuple(t.shape) for t in keras.tree.flatten(layer.output)]
            rows.append(row + [shapes, _without_modules(layer.get_config())])
            if row[1] in NOISE_LAYERS:  # a Gaussian-only script writes the simpler layer of the two
                config = layer.get_config()
                rows[-1][1:] = ["noise", row[2], shapes, {k: config.get(k, ["gaussian"]) for k in ("factor", "kinds", "seed")}]
    return rows


def _without_modules(config):
    """A layer config without 'module' entries (a script's classes live in another module than the app's)."""
    if isinstance(config, dict):
        return {k: _without_modules(v) for k, v in config.items() if k != "module"}
    return [_without_modules(v) for v in config] if isinstance(config, list) else config


@pytest.mark.parametrize("name", ALL)
def test_script_imports_only_keras_numpy_and_the_standard_library(name):
    tree = ast.parse(codegen.script(zoo.get(name)))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "keras" in imported and imported <= {"keras", "numpy"} | sys.stdlib_module_names


def test_scripts_are_ruff_formatted_and_pass_ruff(tmp_path):
    ruff = shutil.which("ruff") or shutil.which("ruff", path=str(Path(sys.executable).parent))
    if ruff is None:
        pytest.skip("ruff is not installed")
    for name in ALL:
        (tmp_path / f"{name}.py").write_text(codegen.script(zoo.get(name)))
    custom = zoo.get("sparse").customized(arch={"hidden": (512, 256, 128, 64), "code_size": 1000}, epochs=3)
    (tmp_path / "custom.py").write_text(codegen.script(custom, custom.train, subset=1234))
    wide = zoo.get("conv").customized(arch={"filters": (128, 128, 64, 32)})
    (tmp_path / "wide.py").write_text(codegen.script(wide, dataset="fashion-mnist"))
    formatted = subprocess.run([ruff, "format", "--isolated", "--diff", "--no-cache", str(tmp_path)], capture_output=True, text=True, check=False)
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr
    checked = subprocess.run([ruff, "check", "--isolated", "--extend-select", "E501", "--no-cache", str(tmp_path)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout


@pytest.mark.parametrize("name", ALL)
def test_script_builds_exactly_the_specs_models(name, load_script):
    spec = zoo.get(name)
    script = load_script(codegen.script(spec))
    encoder, decoder = script["build_encoder"](), script["build_decoder"]()
    built = architectures.build(spec)
    assert structure(script["assemble"](encoder, decoder)) == structure(built.autoencoder)
    assert script["assemble"](encoder, decoder).name == spec.name
    if "make_trainer" in script:
        trainer = script["make_trainer"](encoder, decoder, script["STAGES"][0])
        assert structure(trainer) == structure(built.trainer)
    else:
        assert [type(layer).__name__ for layer in built.trainer.layers] == ["InputLayer", "Functional", "Functional"]
    assert [dataclasses.asdict(cfg) for cfg in codegen.stages(spec)] == script["STAGES"]


def test_tutorial_recipes_read_like_their_tutorials():
    expected = {
        "tutorial-vanilla-adadelta": ['"optimizer": "adadelta"', '"learning_rate": 1.0', '"schedule": "constant"',
                                      '"epochs": 50', '"batch_size": 256', "keras.optimizers.Adadelta",
                                      'layers.Dense(32, activation="relu", name="code")(pixels)'],
        "tutorial-vanilla64-mse": ['"loss": "mse"', 'layers.Dense(64, activation="relu", name="code")(pixels)'],
        "tutorial-multilayer-mse": ['"loss": "mse"', 'layers.Dense(128, activation="relu", name="enc_dense_0")',
                                    'layers.Dense(64, activation="relu", name="code")(x)'],
        "tutorial-denoise-32-32-16": ['"noise_factor": 0.5', "ClippedGaussianNoise(", "Conv2D(32, 3,",
                                      'name="enc_conv_1"', "Conv2D(16, 3,", 'padding="valid"'],
        "tutorial-latent2": ['"epochs": 10', '"batch_size": 32', 'layers.Dense(2, activation="relu", name="code")'],
        "tutorial-sparse-l1": ['"optimizer": "adadelta"', '"epochs": 100', "sparsity = PerSampleL1(0.0001)",
                               "activity_regularizer=sparsity"],
    }
    assert set(zoo.RECIPES) <= set(expected)
    for name in zoo.RECIPES:
        fragments, source = expected[name], codegen.script(zoo.get(name))
        assert [f for f in fragments if f not in source] == [], name
        assert ("CosineDecay" in source) == (zoo.get(name).train.schedule == "cosine")
        assert source.count('\n        "epochs": ') == 1  # one stage: recipes have no refine cycle


def test_stages_follow_pretrain_and_the_shipped_sidecar():
    conv = zoo.REGISTRY["conv"]
    first, refine = codegen.stages(conv)
    assert first == conv.train and refine.seed == conv.train.seed + 1 and refine.learning_rate == conv.refine.learning_rate
    assert codegen.stages(conv, conv.train) == [conv.train]
    shipped = json.loads((MODELS_DIR / "conv.json").read_text())
    from_sidecar = codegen.spec_from_sidecar(shipped)
    assert codegen.stages(from_sidecar) == [zoo.TrainConfig(**s["train"]) for s in shipped["stages"]]
    assert codegen.script(from_sidecar).count('\n        "epochs": ') == 2


def test_sidecar_values_never_become_code():
    base = {"name": "vanilla", "variant": "vanilla", "train": dataclasses.asdict(zoo.REGISTRY["vanilla"].train)}
    bad = [{**base, "arch": {"code_size": "8); import os  #"}},
           {**base, "arch": {"code_activation": 'relu"); import os  #'}},
           {**base, "train": {**base["train"], "epochs": "2); import os  #"}},
           {**base, "train": {**base["train"], "unknown": 1}},
           {"variant": "no-such-variant", "train": {}}]
    for meta in bad:
        with pytest.raises(ValueError):
            codegen.script(codegen.spec_from_sidecar(meta))
    with pytest.raises(ValueError):
        codegen.script(zoo.get("vanilla"), subset="100); import os  #")


def test_print_code_prints_the_script_without_training(capsys, tmp_path):
    code = train_cli.main(["--variant", "denoising", "--epochs", "3", "--subset", "500", "--print-code",
                           "--data", str(tmp_path / "nowhere"), "--out", str(tmp_path / "m.keras")])
    spec = zoo.get("denoising").customized(epochs=3)
    assert code == 0 and capsys.readouterr().out == codegen.script(spec, spec.train, subset=500)
    assert not (tmp_path / "m.keras").exists()


def test_script_reads_mnist_and_measures_like_the_app(mnist_folder, load_script):
    mnist = data.load("mnist", mnist_folder)
    for name in ("vanilla", "denoising"):
        spec = zoo.get(name)
        script = load_script(codegen.script(spec))
        x_train, x_test = script["load_images"](mnist_folder.parent)  # DIR holding mnist/ works as well
        assert np.array_equal(x_train, mnist.x_train) and np.array_equal(x_test, mnist.x_test)
        model, _ = store.load(MODELS_DIR / f"{name}.keras")
        ours = script["evaluate"](model, script["to_inputs"](x_test))
        app = measure_test_set(model, spec, mnist)
        assert ours == pytest.approx((app["test_bce"], app["test_mse"]), rel=1e-6)


@pytest.mark.parametrize("name", RUN)
def test_script_trains_and_saves_a_model_the_app_opens(name, mnist_folder, tmp_path):
    spec = zoo.get(name)
    path, out = tmp_path / f"{name}.py", tmp_path / f"{name}.keras"
    path.write_text(codegen.script(spec))
    env = {**os.environ, "KERAS_BACKEND": "tensorflow", "TF_CPP_MIN_LOG_LEVEL": "3"}
    run = subprocess.run([sys.executable, str(path), "--epochs", "1", "--data", str(mnist_folder), "--subset", "300",
                          "--test-subset", "200", "--out", str(out)],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    assert 0 < float(re.search(r"test BCE (\d+\.\d+)", run.stdout).group(1)) < 1
    assert run.stdout.count("Stage ") == len(codegen.stages(spec))
    model, _ = store.load(out)
    built = architectures.build(spec).autoencoder
    assert model.count_params() == built.count_params()
    assert [r[:3] for r in structure(model)] == [r[:3] for r in structure(built)]
    assert structure(model.get_layer("encoder")) == structure(built.get_layer("encoder"))
    assert tuple(architectures.code_of(model.get_layer("encoder").output).shape[1:]) == spec.code_shape


MIXED = [n for n in ALL if codegen.noise_of(codegen.stages(zoo.get(n))) == "mixed"]


@pytest.mark.skipif(not MIXED, reason="no model of this zoo trains on a mix of noise kinds")
def test_noise_mix_is_drawn_as_the_app_draws_it(load_script):
    from ae_models.noise import mixed_noise

    script = load_script(codegen.script(zoo.get(MIXED[0])))
    kinds = codegen.stages(zoo.get(MIXED[0]))[-1].noise_kinds
    x = np.random.default_rng(1).random((64, 28, 28, 1), dtype=np.float32)
    assert np.array_equal(script["mixed_noise"](x, 0.5, kinds, 3), mixed_noise(x, 0.5, kinds, 3))
    ours = script["InputNoise"](0.5, kinds, seed=4)(x, training=True)
    app = architectures.InputNoise(0.5, kinds, seed=4)(x, training=True)
    assert np.allclose(keras.ops.convert_to_numpy(ours), keras.ops.convert_to_numpy(app))
