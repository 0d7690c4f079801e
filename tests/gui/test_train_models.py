"""The list of trained models: metrics, rename, delete, use in the Draw tab, and opening a ``.keras`` from
anywhere only after it has been checked (a damaged file or another kind of model changes nothing)."""

import keras
import numpy as np
import pytest

from ae_models import architectures, store, zoo
from ae_models.library import ModelLibrary
from gui.hub import ModelHub
from gui.train.trained_models import TrainedModelsPanel


def save_model(folder, stem, variant="vanilla", **meta):
    """An untrained autoencoder of ``variant`` saved with a sidecar like the Train tab writes."""
    spec = zoo.REGISTRY[variant]
    model = architectures.build(spec).autoencoder
    history = [{"epoch": 1, "loss": 0.2, "val_loss": 0.19}]
    sidecar = {"variant": variant, "dataset": "mnist", "epochs_done": 1, "train": {"epochs": 5},
               "history": history, "test": {"test_bce": 0.1875}, **meta}
    path = folder / f"{stem}.keras"
    store.save(model, path, sidecar)
    return path


@pytest.fixture
def hub(qtbot, tmp_path):
    """A loaded hub with no shipped models (fast)."""
    loaded = ModelHub(models_dir=tmp_path / "shipped")
    with qtbot.waitSignal(loaded.modelsChanged, timeout=120_000):
        loaded.start_loading()
    return loaded


@pytest.fixture
def panel(qtbot, hub, tmp_path):
    widget = TrainedModelsPanel(hub, ModelLibrary(tmp_path / "models"))
    qtbot.addWidget(widget)
    widget.warnings = []
    widget.warn = lambda title, text: widget.warnings.append(text)
    return widget


def test_the_list_shows_each_models_metrics_newest_first(panel):
    save_model(panel.library.folder, "first")
    save_model(panel.library.folder, "second", variant="conv")
    panel.refresh()
    rows = [[panel.table.item(r, c).text() for c in range(panel.table.columnCount())] for r in range(2)]
    assert {row[0] for row in rows} == {"first", "second"}
    first = next(row for row in rows if row[0] == "first")
    assert first[1:7] == ["vanilla", "mnist", "1/5", "0.2000", "0.1900", "0.1875"] and first[8] == ""


def test_rename_moves_both_files_and_refuses_bad_or_taken_names(panel):
    path = save_model(panel.library.folder, "mine")
    save_model(panel.library.folder, "taken")
    panel.refresh(select=path)
    for bad, reason in (("../escape", "Use up to 80"), ("taken", "exists already")):
        panel.ask_name = lambda *args, name=bad: name
        panel.rename()
        assert reason in panel.warnings[-1] and path.exists()
    panel.ask_name = lambda *args: "best one"
    panel.rename()
    renamed = panel.library.folder / "best one.keras"
    assert renamed.exists() and not path.exists() and not store.sidecar_path(path).exists()
    assert store.read_sidecar(renamed)["file"] == "best one.keras" and panel.selected.path == renamed
    store.load(renamed)


def test_use_rename_and_delete_follow_the_model_into_the_draw_tab(panel, hub):
    path = save_model(panel.library.folder, "mine")
    panel.refresh(select=path)
    panel.use_next_to()
    assert hub.engine.names == ["mine"] and panel.table.item(0, 8).text() == "yes"
    panel.ask_name = lambda *args: "renamed"
    panel.rename()
    assert hub.engine.names == ["renamed"] and hub.engine["renamed"].path.name == "renamed.keras"
    panel.confirm = lambda *args: False
    panel.delete()
    assert panel.selected is not None and hub.engine.names == ["renamed"]
    panel.confirm = lambda *args: True
    panel.delete()
    assert hub.engine.names == [] and list(panel.library.folder.iterdir()) == [] and panel.table.rowCount() == 0


def open_and_wait(qtbot, panel, path):
    """Open ``path`` as "Open model…" does; the check runs in a thread, with the action disabled meanwhile."""
    with qtbot.waitSignal(panel.opener.idle, timeout=60_000):
        panel.open_file(path)
        assert not panel.open_action.isEnabled()  # busy while the file is checked
    assert panel.open_action.isEnabled()


def test_opening_a_damaged_file_or_another_model_says_why_and_changes_nothing(qtbot, panel, hub, tmp_path):
    garbage = tmp_path / "garbage.keras"
    garbage.write_bytes(b"PK\x03\x04 definitely not a model")
    classifier = tmp_path / "classifier.keras"
    inputs = keras.Input((784,))
    keras.Model(inputs, keras.layers.Dense(10)(inputs)).save(classifier)
    for path, reason in ((garbage, "is damaged"), (classifier, "not an autoencoder")):
        open_and_wait(qtbot, panel, path)
        assert reason in panel.warnings[-1]
        assert hub.engine.names == []
    good = save_model(tmp_path, "found elsewhere")
    names = []
    panel.opened.connect(names.append)
    open_and_wait(qtbot, panel, good)
    open_and_wait(qtbot, panel, good)
    assert names == ["found elsewhere", "found elsewhere (2)"]  # never silently replaces a live model
    assert hub.engine.names == ["found elsewhere", "found elsewhere (2)"]
    digit = np.zeros((28, 28), np.float32)
    assert hub.engine["found elsewhere"].reconstruct(digit).shape == (28, 28)


def test_incomplete_and_damaged_models_are_listed_with_delete_and_keep(panel):
    folder = panel.library.folder
    good = save_model(folder, "good")
    orphan = save_model(folder, "orphan")
    store.sidecar_path(orphan).unlink()  # a save cut off between the two renames
    bad = save_model(folder, "bad")
    store.sidecar_path(bad).write_text('{"saved": 5, "variant": "vanilla"}')  # one wrong-typed field
    panel.refresh()
    states = {panel.table.item(r, 0).text(): panel.table.item(r, 1).text() for r in range(3)}
    assert states == {"good": "vanilla", "orphan": "incomplete", "bad": "damaged"}
    panel.refresh(select=orphan)
    assert panel.keep_action.isEnabled() and panel.delete_action.isEnabled()
    assert not panel.use_action.isEnabled() and not panel.rename_action.isEnabled()
    assert "it has no metadata file" in panel.table.item(panel.table.currentRow(), 0).toolTip()
    panel.keep_without_metadata()
    panel.confirm = lambda title, text: True
    panel.refresh(select=bad)
    panel.delete()
    assert sorted(p.name for p in folder.iterdir()) == ["good.json", "good.keras", "orphan.json", "orphan.keras"]
    assert all(e.problem is None for e in panel.library.entries()) and good.exists()
    assert not panel.keep_action.isEnabled()


def test_a_zip_bomb_opened_as_a_model_is_refused_by_name(qtbot, panel, tmp_path):
    bomb = save_model(tmp_path, "bomb")
    raw = bytearray(bomb.read_bytes())
    at = raw.find(b"PK\x01\x02")  # every central-directory entry now declares 4 GiB uncompressed
    while at != -1:
        raw[at + 24 : at + 28] = (0xFFFF_FFF0).to_bytes(4, "little")
        at = raw.find(b"PK\x01\x02", at + 4)
    bomb.write_bytes(bytes(raw))
    open_and_wait(qtbot, panel, bomb)
    assert panel.warnings and "bomb.keras is refused: it would inflate to" in panel.warnings[-1]
    assert "bomb" not in panel.hub.engine.names


def test_the_train_tab_removes_stale_temporaries_at_start(qtbot, tmp_path):
    import os
    import time

    from gui.train.tab import TrainTab

    folder = tmp_path / "models"
    folder.mkdir()
    stale, live = folder / ".m.99999999-0123abcd.tmp.keras", folder / f".n.{os.getpid()}-0123abcd.tmp.keras"
    for path in (stale, live):
        path.write_bytes(b"half a model")
        os.utime(path, (time.time() - 2 * 86400,) * 2)
    tab = TrainTab(ModelHub(models_dir=tmp_path / "none"), library=ModelLibrary(folder))
    qtbot.addWidget(tab)
    assert not stale.exists() and live.exists()  # a running instance's file is never touched
def test_a_model_used_in_place_of_another_follows_its_renamed_file_with_a_signal(qtbot, panel, hub):
    path = save_model(panel.library.folder, "mine")
    panel.refresh(select=path)
    with qtbot.waitSignal(hub.modelChanged, timeout=1_000) as added:
        panel.use_instead()
    assert added.args == ["vanilla", "added"] and hub.name_for_file(path) == "vanilla"
    panel.ask_name = lambda *args: "better"
    with qtbot.waitSignal(hub.modelChanged, timeout=1_000) as renamed:
        panel.rename()
    assert renamed.args == ["vanilla", "renamed"] and hub.names == ["vanilla"]
    assert hub.name_for_file(panel.library.folder / "better.keras") == "vanilla"
    assert panel.table.item(0, 8).text() == "instead of vanilla"
