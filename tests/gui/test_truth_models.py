"""A user's model is labelled as the user's wherever it runs: "yours, instead of Vanilla dense" on its tile
and card (with its own history and no shipped target), the shipped model comes back in one click, the
models in use return after a restart, and a diverged run is marked and used only when confirmed."""

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEventLoop, QTimer, QUrl

from ae_models import zoo
from ae_models.library import ModelLibrary
from ae_models.standin import write_untrained
from gui.draw.tab import DrawTab
from gui.hub import ModelHub
from gui.train.run import RunOutcome
from gui.train.run_banner import RunBanner
from gui.train.trained_models import TrainedModelsPanel
from tests.gui.test_train_models import save_model

HISTORY = [{"epoch": e, "loss": 0.3 - 0.05 * e, "val_loss": 0.29 - 0.05 * e} for e in (1, 2, 3)]
DIVERGED = [{"epoch": 1, "loss": 0.28, "val_loss": 0.27}, {"epoch": 2, "loss": 290.0, "val_loss": 288.0}]


def loaded_hub(folder) -> ModelHub:
    hub = ModelHub(folder)
    loop = QEventLoop()
    hub.modelsChanged.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    hub.start_loading()
    loop.exec()
    assert hub.engine is not None
    return hub


@pytest.fixture
def shipped(tmp_path):
    return write_untrained(tmp_path / "shipped", ["vanilla"])


@pytest.fixture
def panel(qtbot, shipped, tmp_path):
    widget = TrainedModelsPanel(loaded_hub(shipped), ModelLibrary(tmp_path / "models"))
    qtbot.addWidget(widget)
    widget.messages = []
    widget.message.connect(widget.messages.append)
    return widget


def test_a_replaced_model_is_labelled_as_the_users_and_the_shipped_one_comes_back(qtbot, panel):
    hub = panel.hub
    path = save_model(panel.library.folder, "mine", epochs_done=3, history=HISTORY,
                      target_bce=zoo.REGISTRY["vanilla"].target_bce)  # TrainResult.sidecar names the variant's target
    panel.refresh(select=path)
    panel.use_instead()
    assert hub.replaced == {"vanilla": path} and hub.engine["vanilla"].path == path
    assert panel.messages[-1] == "mine now runs in the Draw tab instead of the shipped Vanilla dense."
    assert panel.unuse_action.text() == "Restore the shipped Vanilla dense"
    tab = DrawTab(hub)
    qtbot.addWidget(tab)
    tile = tab.live.tiles["vanilla"]
    assert tile.entry.title == "mine"  # the file's name, whole
    assert tile.entry.description == "Yours, trained 3 epochs on MNIST. Runs instead of the shipped Vanilla dense."
    tab.live.select("vanilla")
    assert tab.code_title.text().startswith("<b>mine (yours, instead of Vanilla dense)</b>")
    card = tab.card.toPlainText()
    assert "Yours, trained 3 epochs" in card and "loss 0.2500 after epoch 1, 0.1500 after epoch 3" in card
    assert "target" not in card and zoo.REGISTRY["vanilla"].description not in card
    assert "Restore the shipped model" in card
    tab._on_card_link(QUrl("restore:vanilla"))  # the card's link: one click
    assert hub.replaced == {} and hub.engine["vanilla"].path.name == "vanilla.keras"
    assert tab.live.tiles["vanilla"].entry.title == "Vanilla dense"
    assert "Yours" not in tab.card.toPlainText() and "Restore" not in tab.card.toPlainText()


def test_models_in_use_come_back_after_a_restart(qtbot, panel, shipped):
    path = save_model(panel.library.folder, "mine")
    other = save_model(panel.library.folder, "beside")
    panel.refresh(select=path)
    panel.use_instead()
    panel.refresh(select=other)
    panel.use_next_to()
    saved = panel.in_use()
    assert sorted(saved) == [["beside", str(other), False], ["vanilla", str(path), True]]
    restarted = TrainedModelsPanel(ModelHub(shipped), panel.library)  # not loaded yet, as at start-up
    qtbot.addWidget(restarted)
    restarted.restore_in_use(saved)
    with qtbot.waitSignal(restarted.hub.modelsChanged, timeout=120_000):
        restarted.hub.start_loading()
    hub = restarted.hub
    assert hub.replaced == {"vanilla": path} and hub.engine["beside"].path == other
    assert sorted(restarted.in_use()) == sorted(saved)


def test_a_new_model_is_scrolled_into_view_and_its_name_is_whole(qtbot, panel):
    for n in range(30):
        save_model(panel.library.folder, f"vanilla-20261202-1{n:05d}-a-long-descriptive-name",
                   saved=f"2026-12-02T10:{n:02d}:00")
    panel.resize(700, 200)
    panel.show()
    qtbot.waitExposed(panel)
    oldest = panel.library.folder / "vanilla-20261202-100000-a-long-descriptive-name.keras"
    panel.refresh(select=oldest)
    item = panel.table.item(panel.table.selectionModel().selectedRows()[0].row(), 0)
    assert panel.table.viewport().rect().contains(panel.table.visualItemRect(item))
    fm = panel.table.fontMetrics()
    assert panel.table.columnWidth(0) >= fm.horizontalAdvance(item.text())


def test_a_diverged_run_is_marked_and_used_only_when_confirmed(panel):
    path = save_model(panel.library.folder, "blown", history=DIVERGED)
    panel.refresh(select=path)
    assert panel.table.item(0, 4).text() == "290.0000 (diverged)"
    asked = []
    panel.confirm = lambda title, text: asked.append(text) or False
    panel.use_next_to()
    assert "blown" not in panel.hub.engine.names and "diverged" in asked[-1]
    panel.confirm = lambda title, text: True
    panel.use_next_to()
    assert "blown" in panel.hub.engine.names


def test_the_banner_says_a_run_diverged_with_a_hint(qtbot):
    banner = RunBanner()
    qtbot.addWidget(banner)
    spec = zoo.REGISTRY["vanilla"].customized(learning_rate=10.0)
    outcome = RunOutcome(SimpleNamespace(history=DIVERGED, spec=spec), "mnist", path=Path("vanilla-x.keras"))
    banner.show_finished(outcome)
    assert banner.kind == "diverged" and banner.use_button.isVisibleTo(banner)
    assert "This run diverged" in banner.text.text() and "well below 10" in banner.text.text()
    outcome.result.history = HISTORY
    banner.show_finished(outcome)
    assert banner.kind == "ok" and "diverged" not in banner.text.text()


def test_show_models_folder_without_a_file_manager_shows_the_path(panel):
    panel.open_url = lambda url: False
    panel.reveal()
    assert str(panel.library.folder) in panel.messages[-1] and "No file manager" in panel.messages[-1]
