"""Show the Keras code: the model card's and the Train tab's code windows show the right script; Copy puts
it on the clipboard (button and shortcut), Save as… writes it in one step and starts in Documents or home."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from ae_models import codegen, store, zoo
from ae_models.library import ModelLibrary
from ae_models.standin import write_untrained
from gui.draw.model_card import CODE_LINK
from gui.draw.tab import DrawTab
from gui.hub import ModelHub
from gui.train.tab import TrainTab
from gui.widgets.code_dialog import CodeDialog, start_folder


@pytest.fixture(scope="module")
def hub(qapp, tmp_path_factory):
    """A hub with untrained stand-ins of two variants (the others show as not loaded)."""
    loaded = ModelHub(write_untrained(tmp_path_factory.mktemp("code-models"), ["vanilla", "denoising"]))
    loop = QEventLoop()
    loaded.modelsChanged.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    loaded.start_loading()
    loop.exec()
    assert loaded.engine is not None
    return loaded


def close(qtbot, dialog: CodeDialog) -> None:
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_model_card_shows_the_selected_models_script_and_copy_puts_it_on_the_clipboard(qtbot, hub, tmp_path):
    tab = DrawTab(hub)
    qtbot.addWidget(tab)
    tab.show()
    tab.live.select("denoising")
    assert "Show the Keras code" in tab.card.toPlainText()
    tab.card.anchorClicked.emit(QUrl(CODE_LINK))
    dialog = tab.card.code_dialog
    expected = codegen.script(zoo.REGISTRY["denoising"])
    assert dialog.isVisible() and dialog.view.toPlainText() == expected and dialog.view.isReadOnly()
    assert "Denoising conv" in dialog.windowTitle()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == expected
    QGuiApplication.clipboard().clear()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == expected)  # a shortcut animates the click
    target = tmp_path / "out" / "denoising.py"
    dialog.ask_path = lambda: str(target)
    dialog.save_as()
    assert target.read_text() == expected and [p.name for p in target.parent.iterdir()] == ["denoising.py"]
    close(qtbot, dialog)


def test_code_view_colours_python_and_numbers_its_lines(qtbot):
    dialog = CodeDialog("t", codegen.script(zoo.REGISTRY["vae"]), "vae.py")
    qtbot.addWidget(dialog)
    dialog.show()
    document = dialog.view.document()

    def colour_at(line: int, column: int) -> str:
        ranges = document.findBlockByNumber(line).layout().formats()
        colours = [r.format.foreground().color().name() for r in ranges if r.start <= column < r.start + r.length]
        return colours[-1] if colours else "plain"

    lines = dialog.view.toPlainText().split("\n")
    definition = next(i for i, line in enumerate(lines) if line.startswith("def build_encoder"))
    comment = next(i for i, line in enumerate(lines) if line.startswith("# -- "))
    assert colour_at(definition, 0) != colour_at(definition, 4)  # 'def' and the name it defines
    assert colour_at(2, 0) == colour_at(definition + 1, 6)  # inside the module docstring; a docstring
    assert colour_at(comment, 0) not in (colour_at(2, 0), colour_at(definition, 0))
    assert dialog.view.gutter.width() > 0 and dialog.view.viewportMargins().left() == dialog.view.gutter.width()
    close(qtbot, dialog)


def test_save_starts_in_documents_or_home_and_reports_a_failure(qtbot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert start_folder() in (Path(documents), Path.home()) and start_folder() != tmp_path
    dialog = CodeDialog("t", "print(1)\n", "x.py")
    qtbot.addWidget(dialog)
    warnings = []
    monkeypatch.setattr("gui.widgets.code_dialog.QMessageBox.warning", lambda *args: warnings.append(args[2]))
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert not dialog.save_to(blocked / "x.py") and "could not be written" in warnings[0]


def test_train_tab_shows_the_code_of_its_settings_and_of_a_saved_run(qtbot, hub, tmp_path):
    library = ModelLibrary(tmp_path / "models")
    model, _ = store.load(hub.engine["vanilla"].path)
    saved = zoo.RECIPES["tutorial-vanilla-adadelta"].customized(epochs=7)
    store.save(model, library.folder / "mine.keras",
               {"name": saved.name, "variant": saved.variant, "arch": dict(saved.arch), "dataset": "mnist",
                "train": {"epochs": 7, "optimizer": "adadelta", "learning_rate": 1.0, "batch_size": 256},
                "subset": 3000})
    tab = TrainTab(hub, library=library)
    qtbot.addWidget(tab)
    tab.form.epochs.setValue(9)
    tab.code_button.click()
    spec = tab.form.spec()
    assert tab.code_dialog.view.toPlainText() == codegen.script(spec, spec.train, subset=tab.form.subset)
    assert '"epochs": 9,' in tab.code_dialog.code
    close(qtbot, tab.code_dialog)
    tab.models.refresh(select=library.folder / "mine.keras")
    tab.models.code_action.trigger()
    code = tab.models.code_dialog.code
    assert code == codegen.script(saved, subset=3000) and "default=3000" in code and "Adadelta" in code
    close(qtbot, tab.models.code_dialog)
