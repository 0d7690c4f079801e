"""The Lessons tab, the lesson bar, the explanations and the tour."""

import json

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QLabel

from ae_models import zoo
from gui.help.button import HelpButton
from gui.help.diagram import ArchitectureDiagram, layer_sizes
from gui.help.topics import TOPICS
from gui.hub import ModelHub
from gui.lessons.guide import SHIPPED_LESSONS
from gui.lessons.tab import LessonsTab
from gui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, tmp_path, settings):
    win = MainWindow(hub=ModelHub(models_dir=tmp_path / "no-models"), settings=settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_lesson_followed_from_the_bar_moves_on_with_the_learners_actions(qtbot, window):
    tab, bar = window.lessons_tab, window.lessons_tab.bar
    window.tabs.setCurrentWidget(tab)
    assert not bar.isVisible()
    tab.list.setCurrentRow(0)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert bar.isVisible() and "step 1 of 5" in bar.title.text()
    window.tabs.setCurrentWidget(window.draw_tab)  # step 1: open the Draw tab
    assert "step 2 of 5" in bar.title.text() and "✓ Step 1 done." == bar.status.text()
    window.hub.events.report("draw_digit", digit=8)
    assert "step 2 of 5" in bar.title.text()
    window.hub.events.report("draw_digit", digit=3)
    assert "step 3 of 5" in bar.title.text()
    qtbot.mouseClick(bar.back_button, Qt.MouseButton.LeftButton)
    assert "step 2 of 5" in bar.title.text()
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.lessons_tab.start_button.text() == "Continue lesson"


def test_progress_is_remembered_and_a_lesson_can_be_restarted(qtbot, window, settings, tmp_path):
    guide = window.lessons_tab.guide
    guide.start("03-denoising")
    guide.next()  # a reading step
    window.hub.events.report("draw_digit", digit=4)
    assert guide.walk.step == 2
    window.close()
    again = MainWindow(hub=ModelHub(models_dir=tmp_path / "no-models"), settings=settings)
    qtbot.addWidget(again)
    assert again.lessons_tab.guide.walk.lesson.key == "03-denoising"
    assert again.lessons_tab.guide.walk.step == 2
    again.lessons_tab.list.setCurrentRow(2)
    qtbot.mouseClick(again.lessons_tab.restart_button, Qt.MouseButton.LeftButton)
    assert again.lessons_tab.guide.walk.step == 0


def test_a_finished_lesson_is_marked_and_reveals_its_answer_on_request(qtbot, window):
    tab = window.lessons_tab
    tab.guide.start("04-latent-vae")
    for event in [("open_tab", {"tab": "explore"}), ("map_click", {"model": "latent2", "digit": 7}),
                  ("map_click", {"model": "latent2", "digit": 0}), ("map_click", {"model": "vae", "digit": 1})]:
        window.hub.events.report(event[0], **event[1])
    assert tab.guide.walk.finished and tab.guide.finished("04-latent-vae")
    window.tabs.setCurrentWidget(tab)
    tab.list.setCurrentRow(3)
    assert tab.list.currentItem().text().startswith("✓ ")
    assert not tab.answer.isVisible()
    qtbot.mouseClick(tab.answer_button, Qt.MouseButton.LeftButton)
    assert tab.answer.isVisible() and "KL" in tab.answer.text()


def test_a_damaged_lesson_file_is_reported_by_name_and_the_others_load(qtbot, tmp_path, settings):
    folder = tmp_path / "lessons"
    folder.mkdir()
    for path in sorted(SHIPPED_LESSONS.glob("*.json"))[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "03-broken.json").write_text('{"title": "half a lesson", "steps": [')
    (folder / "04-wrong.json").write_text(json.dumps({"title": "x", "steps": []}))
    hub = ModelHub(models_dir=tmp_path / "none")
    tab = LessonsTab(hub, settings)
    tab.guide.folders = [folder]
    tab.guide.reload()
    qtbot.addWidget(tab)
    assert tab.list.count() == 2
    assert "03-broken.json" in tab.problems.text() and "04-wrong.json" in tab.problems.text()
    assert "4 to 8 steps" in tab.problems.toolTip()


def test_every_help_topic_opens_with_its_three_sections_and_its_diagram(qtbot):
    for key, topic in TOPICS.items():
        button = HelpButton(key, lambda: {"spec": zoo.REGISTRY["deep"]})
        qtbot.addWidget(button)
        dialog = button.explain()
        words = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert dialog.windowTitle() == topic.title
        for part in (topic.shows, topic.computed, topic.try_this):
            assert part in words
        assert bool(dialog.findChildren(ArchitectureDiagram)) == (topic.diagram == "architecture")
        assert button.explain() is dialog  # a second click raises the same explanation
        dialog.close()
        qtbot.waitUntil(lambda b=button: b.dialog is None)


def test_the_error_explanation_shows_the_floor_of_the_current_drawing(qtbot):
    image = np.zeros((28, 28), np.float32)
    image[4:24, 12:16] = 0.5  # grey ink: a perfect copy still costs log 2 per ink pixel
    button = HelpButton("errors", lambda: {"input": image})
    qtbot.addWidget(button)
    dialog = button.explain()
    expected = 80 / 784 * np.log(2)
    assert f"{expected:.3f}" in dialog.floor.text()
    dialog.close()


def test_the_architecture_diagram_follows_the_selected_model(qtbot):
    assert layer_sizes(zoo.REGISTRY["deep"]) == [("784", 784), ("128", 128), ("64", 64), ("32", 32),
                                                 ("64", 64), ("128", 128), ("784", 784)]
    conv = layer_sizes(zoo.REGISTRY["conv"])
    assert conv[len(conv) // 2] == ("4×4×8", 128) and len(conv) == 7


def test_the_tour_shows_once_lights_each_part_and_can_be_skipped(qtbot, window, settings):
    window.offer_tour()
    tour = window.tour
    assert tour.isVisible() and tour.counter.text() == "1 of 5"
    canvas = window.draw_tab.canvas
    assert tour.target_rect().contains(QRect(canvas.mapTo(window, QPoint(0, 0)), canvas.size()))
    qtbot.keyClick(tour, Qt.Key.Key_Right)
    assert tour.counter.text() == "2 of 5"
    qtbot.mouseClick(tour.skip_button, Qt.MouseButton.LeftButton)
    assert not tour.isVisible() and settings.value("tour/seen", type=bool)
    window.tour = None
    window.offer_tour()
    assert window.tour is None  # seen: not offered again
    window.start_tour()  # but Help › Take the tour opens it
    assert window.tour.isVisible()
    for _ in range(5):
        qtbot.mouseClick(window.tour.next_button, Qt.MouseButton.LeftButton)
    assert not window.tour.isVisible()
