"""The headless training command writes a loadable model with its sidecar."""

from ae_models import store
from ae_models.cli import train


def test_recipe_with_overrides_trains_and_saves(tmp_path):
    out = tmp_path / "m.keras"
    code = train.main(["--recipe", "tutorial-vanilla-adadelta", "--epochs", "1", "--subset", "600",
                       "--code-size", "8", "--batch-size", "64", "--out", str(out)])
    assert code == 0
    model, meta = store.load(out)
    assert meta["name"] == "tutorial-vanilla-adadelta" and meta["variant"] == "vanilla"
    assert meta["train"]["optimizer"] == "adadelta" and meta["train"]["epochs"] == 1
    assert meta["arch"]["code_size"] == 8 and model.get_layer("decoder").input_shape == (None, 8)
    assert 0 < meta["test"]["test_bce"] < 1 and meta["epochs_done"] == 1


def test_invalid_settings_are_refused(tmp_path, caplog):
    assert train.main(["--variant", "vanilla", "--learning-rate", "-1", "--out", str(tmp_path / "x.keras")]) == 2
    assert "--learning-rate must be" in caplog.text and not (tmp_path / "x.keras").exists()
    assert train.main(["--variant", "vanilla", "--filters", "8,8"]) == 2
    assert "no architecture parameter filters" in caplog.text


def test_noise_kinds_and_top_k_can_be_set_from_the_command_line():
    spec = train.build_spec(train.parse(["--variant", "denoising", "--noise-kinds", "masking, gaussian"]))
    assert spec.train.noise_kinds == ("masking", "gaussian") and spec.train.problems() == {}
    spec = train.build_spec(train.parse(["--variant", "sparse", "--top-k", "8"]))
    assert spec.arch["top_k"] == 8
    bad = train.build_spec(train.parse(["--variant", "denoising", "--noise-kinds", "hail"]))
    assert "noise_kinds" in bad.train.problems()
