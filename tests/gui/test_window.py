"""The window shows before any heavy import, loads the models behind it and remembers its layout."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ae_models import shipped, store
from gui.hub import ModelHub
from gui.main_window import MainWindow


def test_window_module_imports_nothing_heavy():
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from gui.main_window import MainWindow; w = MainWindow(); w.show(); app.processEvents(); "
            "heavy = sorted(m for m in ('keras', 'tensorflow', 'matplotlib') if m in sys.modules); "
            "w.close(); print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_shipped_check_reports_variants_without_weights(tmp_path):
    (tmp_path / "vanilla.keras").write_bytes(b"weights")
    entry = {"file": "vanilla.keras", "sha256": store.file_sha256(tmp_path / "vanilla.keras")}
    (tmp_path / "manifest.json").write_text(json.dumps({"variants": {"vanilla": entry}}))
    found = shipped.check(tmp_path)
    assert found.paths == {"vanilla": (tmp_path / "vanilla.keras").resolve()}
    assert "deep" in found.unavailable and "vanilla" not in found.unavailable
    assert "make pretrain" in str(found.unavailable["deep"])


def test_models_load_in_the_background_and_errors_are_kept(qtbot, tmp_path):
    (tmp_path / "conv.keras").write_bytes(b"not a model")  # listed with its own hash: Keras itself refuses it
    entry = {"file": "conv.keras", "sha256": store.file_sha256(tmp_path / "conv.keras")}
    (tmp_path / "manifest.json").write_text(json.dumps({"variants": {"conv": entry}}))
    hub = ModelHub(models_dir=tmp_path)
    with qtbot.waitSignal(hub.modelsChanged, timeout=120_000):
        hub.start_loading()
    assert hub.engine.names == [] and "damaged" in hub.errors["conv"]
    assert "make pretrain" in hub.errors["vanilla"]


def test_window_remembers_size_and_tab(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    hub = ModelHub(models_dir=tmp_path)
    window = MainWindow(hub, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(window.size().width() - 40, window.size().height() - 30)
    chosen = window.size()
    window.tabs.setCurrentIndex(2)
    window.close()
    again = MainWindow(ModelHub(models_dir=tmp_path), settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.tabs.currentIndex() == 2 and again.size().height() == chosen.height()  # offscreen clamps widths to its 800-px screen
    again.close()


def test_main_py_parses_its_arguments_before_starting_anything():
    main_py = Path(__file__).resolve().parents[2] / "main.py"
    out = subprocess.run([sys.executable, main_py, "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "--verbose" in out.stdout and "usage: ae-studio" in out.stdout
    bad = subprocess.run([sys.executable, main_py, "--no-such-option"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "unrecognized arguments: --no-such-option" in bad.stderr


def test_the_about_box_names_the_version_the_folders_and_the_licences(qtbot, tmp_path):
    import ae_models
    from ae_models import data

    window = MainWindow(ModelHub(models_dir=tmp_path / "models"),
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    text = window.about_text()
    assert f"Autoencoder Studio {ae_models.__version__}" in text
    for folder in (tmp_path / "models", data.REGISTRY["mnist"].bundled, window.train_tab.library.folder):
        assert str(folder) in text
    assert "MIT" in text and "Yann LeCun and Corinna Cortes" in text and "CC BY-SA 3.0" in text


def test_a_damaged_manifest_is_named_and_the_intact_models_still_load(qtbot, tmp_path):
    import shutil

    from ae_models.library import ModelLibrary
    from ae_models.resources import MODELS_DIR
    from gui.train.tab import TrainTab

    for name in ("vanilla.keras", "vanilla.json", "conv.keras", "conv.json"):
        shutil.copy(MODELS_DIR / name, tmp_path / name)
    (tmp_path / "manifest.json").write_text('{"variants": ["garbage"')
    hub = ModelHub(models_dir=tmp_path)
    with qtbot.waitSignal(hub.modelsChanged, timeout=120_000):
        hub.start_loading()
    assert sorted(hub.engine.names) == ["conv", "vanilla"]
    assert str(tmp_path / "manifest.json") in hub.errors["deep"] and "damaged" in hub.errors["deep"]
    tab = TrainTab(hub, library=ModelLibrary(tmp_path / "library"))
    qtbot.addWidget(tab)
    assert tab.form.base.name == "vanilla" and tab.start_button.isEnabled()
    assert ("shipped model, test BCE", pytest.approx(0.0917, abs=5e-4)) in tab.references()  # from the sidecar
