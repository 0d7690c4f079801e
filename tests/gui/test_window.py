"""The window shows before any heavy import, loads the models behind it and remembers its layout."""

import json
import subprocess
import sys

from PySide6.QtCore import QSettings

from gui.hub import ModelHub, shipped_paths
from gui.main_window import MainWindow


def test_window_module_imports_nothing_heavy():
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from gui.main_window import MainWindow; w = MainWindow(); w.show(); app.processEvents(); "
            "heavy = sorted(m for m in ('keras', 'tensorflow', 'matplotlib') if m in sys.modules); "
            "w.close(); print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_shipped_paths_report_variants_without_weights(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"variants": {"vanilla": {"file": "vanilla.keras"}}}))
    paths, missing = shipped_paths(tmp_path)
    assert paths == {"vanilla": tmp_path / "vanilla.keras"}
    assert "deep" in missing and "vanilla" not in missing
    assert "make pretrain" in missing["deep"]


def test_models_load_in_the_background_and_errors_are_kept(qtbot, tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"variants": {"conv": {"file": "conv.keras"}}}))
    (tmp_path / "conv.keras").write_bytes(b"not a model")
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
