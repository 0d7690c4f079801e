"""A settings file with wrong-typed values (made by the test) opens the window with the defaults and one
log line per bad value, instead of stopping the app at start."""

import logging

from PySide6.QtCore import QSettings

from gui import settings as app_settings
from gui.hub import ModelHub
from gui.main_window import DEFAULT_SIZE, MainWindow

BAD_INI = """[window]
geometry=garbage
tab=abc

[draw]
splitter=@Invalid()
rightSplitter=1, 2, 3
details=x
brushSize=1e300
hardness=soft
grid=maybe
noiseLevel=nan

[train]
form=[1, 2]
split=garbage
right_split=@ByteArray(not a state)
data_folder=1, 2

[explore]
page=two
LatentMapPage/grid=lots
"""


def test_wrong_typed_settings_fall_back_to_defaults(qtbot, tmp_path, caplog):
    path = tmp_path / "settings.ini"
    path.write_text(BAD_INI)
    caplog.set_level(logging.WARNING, logger="gui")
    window = MainWindow(ModelHub(models_dir=tmp_path), QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == 0
    assert (window.width(), window.height()) == DEFAULT_SIZE
    assert not window.draw_tab.commands.grid.isChecked()
    ignored = [r.getMessage() for r in caplog.records if r.getMessage().startswith("ignoring")]
    for key in ("window/geometry", "window/tab", "draw/details", "draw/brushSize", "draw/hardness",
                "draw/grid", "draw/noiseLevel", "draw/rightSplitter", "train/data_folder", "train/form",
                "train/split", "explore/page", "explore/LatentMapPage/grid"):
        assert sum(f" {key} = " in line for line in ignored) == 1, key
    assert "ignoring the damaged splitter state right_split" in ignored
    assert all("\n" not in line for line in ignored)


def test_good_values_are_read_as_their_types(tmp_path):
    path = tmp_path / "s.ini"
    path.write_text("[General]\nn=3\nf=0.5\nb=true\ns=text\n")
    s = QSettings(str(path), QSettings.Format.IniFormat)
    assert app_settings.read(s, "n", 0) == 3 and app_settings.read(s, "f", 1.0) == 0.5
    assert app_settings.read(s, "b", False) is True and app_settings.read(s, "s", "") == "text"
    assert app_settings.read(s, "missing", 7) == 7
