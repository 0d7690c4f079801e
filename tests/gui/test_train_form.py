"""The training form: invalid values block Start and say why next to the field; presets fill it; a
missing dataset is explained and can be downloaded (with progress) or located; the form is remembered."""

import dataclasses
from pathlib import Path
from types import MappingProxyType

import pytest
from PySide6.QtCore import QSettings

from ae_models import data, zoo
from ae_models.library import ModelLibrary
from gui.hub import ModelHub
from gui.train.form import TrainForm
from gui.train.tab import TrainTab

BUNDLED = data.REGISTRY["mnist"].bundled  # the copy that ships with the app, read before a test hides it


@pytest.fixture
def tab(qtbot, tmp_path):
    widget = TrainTab(ModelHub(models_dir=tmp_path / "no-models"), library=ModelLibrary(tmp_path / "models"))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def no_datasets(monkeypatch, tmp_path):
    """Every searched folder is empty: the bundled MNIST and Debian's Fashion-MNIST folder are hidden too."""
    monkeypatch.setattr(data, "REGISTRY", MappingProxyType(
        {name: dataclasses.replace(info, system_dirs=(), bundled=None) for name, info in data.REGISTRY.items()}))
    monkeypatch.setenv(data.ENV_DATA, str(tmp_path / "data"))
    monkeypatch.setenv(data.ENV_CACHE, str(tmp_path / "cache"))


def error_of(form: TrainForm, key: str) -> str:
    label = form._errors[key]
    return label.text() if label.isVisibleTo(form) else ""


def test_invalid_values_are_explained_next_to_the_field_and_block_start(tab):
    form = tab.form
    assert form.valid and tab.start_button.isEnabled()
    for key, text, expected in (("learning_rate", "fast", "a number"), ("learning_rate", "0", "(0, 10]")):
        getattr(form, key).setText(text)
        assert error_of(form, key) and expected in error_of(form, key)
        assert not tab.start_button.isEnabled() and not tab.start_action.isEnabled()
    tab.start()
    assert not tab.running
    form.learning_rate.setText("1e-3")
    form.arch_edits["hidden"].setText("128, lots")
    assert error_of(form, "hidden") == "whole numbers separated by commas" and not tab.start_button.isEnabled()
    form.arch_edits["hidden"].setText("128, 64")
    assert form.valid and tab.start_button.isEnabled() and form.spec().arch["hidden"] == (128, 64)
    form.variant.setCurrentIndex(form.variant.findData("conv"))
    form.arch_edits["filters"].setText("16, 8, 8, 8, 8")
    assert error_of(form, "filters") == "1 to 4 numbers" and not tab.start_button.isEnabled()
    form.arch_edits["filters"].setText("16, 8")
    form.warmup.setValue(3)
    form.epochs.setValue(3)  # the warm-up must end before the run does
    assert error_of(form, "warmup_epochs") == "from 0 to fewer than the epochs" and not form.valid
    form.epochs.setValue(4)
    assert form.valid and form.spec().train.warmup_epochs == 3
    form.tensorboard.setChecked(True)
    assert error_of(form, "tensorboard") == "choose a folder for the logs" and not form.valid
    form.tensorboard_dir.setText("/tmp/logs")
    assert form.valid and form.tensorboard_folder == Path("/tmp/logs")


def test_presets_fill_the_form_and_only_the_variants_fields_show(qtbot):
    form = TrainForm()
    qtbot.addWidget(form)
    form.preset.setCurrentIndex(form.preset.findData("tutorial-vanilla-adadelta"))
    assert form.variant.currentData() == "vanilla"
    assert (form.optimizer.currentData(), form.learning_rate.text(), form.epochs.value(), form.batch.value()) == (
        "adadelta", "1", 50, 256)
    assert form.spec() == zoo.RECIPES["tutorial-vanilla-adadelta"]
    form.variant.setCurrentIndex(form.variant.findData("denoising"))
    assert form.preset.currentIndex() == 0 and form.noise.value() == 0.5
    assert form.spec() == zoo.REGISTRY["denoising"]
    layout, row = form._forms["filters"]
    assert layout.isRowVisible(row) and not layout.isRowVisible(form._forms["hidden"][1])


def test_a_missing_dataset_is_disabled_with_where_it_looked_and_how_to_get_it(qtbot, no_datasets, tab, tmp_path):
    tab.form.dataset.refresh()
    picker = tab.form.dataset
    mnist_item = picker.combo.model().item(picker.combo.findData("mnist"))
    assert not mnist_item.isEnabled() and "not found" in mnist_item.text()
    assert str(tmp_path / "data" / "mnist") in picker.notice.details.text().replace("\u200b", "")
    assert picker.notice.details.isVisibleTo(picker) and not tab.start_button.isEnabled()
    assert "MNIST was not found: download it or choose its folder" in error_of(tab.form, "dataset")
    fashion = picker.combo.model().item(picker.combo.findData("fashion-mnist"))
    assert not fashion.isEnabled() and "apt install dataset-fashion-mnist" in fashion.toolTip()
    picker.service.set_folder(BUNDLED)  # "Choose folder…"
    assert mnist_item.isEnabled() and tab.start_button.isEnabled()
    assert not picker.notice.details.isVisibleTo(picker)


def test_a_missing_mnist_stays_selected_even_when_another_dataset_is_there(qtbot, no_datasets, tmp_path,
                                                                           dataset_info):
    fashion_dir = tmp_path / "fashion"
    fashion_dir.mkdir()
    for stem in data.SPLIT_FILES.values():
        (fashion_dir / f"{stem}.gz").write_bytes(b"")  # present (locate looks for files, loading checks them)
    dataset_info("fashion-mnist", system_dirs=(str(fashion_dir),))
    tab = TrainTab(ModelHub(models_dir=tmp_path / "no-models"), library=ModelLibrary(tmp_path / "models"))
    qtbot.addWidget(tab)
    picker = tab.form.dataset
    assert picker.name == "mnist", "the presets are made for MNIST: never switch to another dataset silently"
    assert picker.notice.text.text() == "MNIST was not found." and picker.notice.details.isVisibleTo(picker)
    assert not tab.start_button.isEnabled() and "MNIST was not found" in tab.start_button.toolTip()


def test_download_shows_progress_and_makes_the_dataset_available(qtbot, no_datasets, tab, tmp_path):
    source = BUNDLED
    picker = tab.form.dataset
    picker.refresh()
    picker.service.mirrors = (source.as_uri() + "/",)  # the real fetch, from a local mirror
    bar, maxima = picker.notice.progress, []
    bar.valueChanged.connect(lambda value: maxima.append(bar.maximum()))
    picker.notice.download_button.click()
    assert not tab.start_button.isEnabled() and bar.isVisibleTo(picker)
    qtbot.waitUntil(lambda: picker.service.state("mnist") != "downloading", timeout=60_000)
    assert maxima and max(maxima) > 1_000_000  # the training images' size in bytes
    assert data.locate("mnist") == tmp_path / "cache" / "mnist"
    assert picker.name == "mnist" and tab.form.valid and not bar.isVisibleTo(picker)


def test_a_failed_download_is_explained_and_leaves_nothing(qtbot, no_datasets, tab, tmp_path):
    picker = tab.form.dataset
    picker.refresh()
    picker.service.mirrors = ((tmp_path / "nowhere").as_uri() + "/",)
    picker.notice.download_button.click()
    qtbot.waitUntil(lambda: picker.service.state("mnist") != "downloading", timeout=60_000)
    assert "Could not download MNIST" in picker.notice.details.text() and not tab.form.valid
    assert list((tmp_path / "cache" / "mnist").iterdir()) == []


def test_the_noise_mix_shows_and_can_be_changed(qtbot):
    form = TrainForm()
    qtbot.addWidget(form)
    assert not any(box.isEnabled() for box in form.noise_kinds.values())  # no noise, nothing to mix
    form.variant.setCurrentIndex(form.variant.findData("denoising"))
    ticked = [k for k, box in form.noise_kinds.items() if box.isChecked()]
    assert ticked == list(zoo.REGISTRY["denoising"].train.noise_kinds)
    assert all(box.isEnabled() for box in form.noise_kinds.values())
    for box in form.noise_kinds.values():
        box.setChecked(True)
    assert form.valid and form.spec().train.noise_kinds == ("gaussian", "salt-and-pepper", "masking")
    form.noise_kinds["gaussian"].setChecked(False)
    assert form.valid and form.spec().train.noise_kinds == ("salt-and-pepper", "masking")
    for box in form.noise_kinds.values():
        box.setChecked(False)
    assert not form.valid and "one or more of" in error_of(form, "noise_kinds")
    form.preset.setCurrentIndex(form.preset.findData("tutorial-denoise-32-32-16"))
    assert [k for k, box in form.noise_kinds.items() if box.isChecked()] == ["gaussian"] and form.valid


def test_the_form_is_remembered(qtbot, tab, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    tab.form.preset.setCurrentIndex(tab.form.preset.findData("tutorial-denoise-32-32-16"))
    tab.form.epochs.setValue(7)
    tab.form.noise_kinds["masking"].setChecked(True)
    tab.form.learning_rate.setText("0.0005")
    tab.save_state(settings)
    again = TrainTab(ModelHub(models_dir=tmp_path / "no-models"), library=tab.library)
    qtbot.addWidget(again)
    again.restore_state(settings)
    assert again.form.values() == tab.form.values()
    assert again.form.spec() == tab.form.spec()
