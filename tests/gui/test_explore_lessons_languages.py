"""The Explore and Lessons tabs and the explanations in other languages: where their texts are looked up,
the lessons in the app's language, and images and plots kept left to right in a right-to-left layout."""

import pytest
from PySide6.QtCore import Qt

from ae_models.lessons import Task
from gui import i18n
from gui.datasets import DatasetService
from gui.explore.code_editor import CodeEditorPage
from gui.explore.code_space import CodeSpace
from gui.explore.latent_map import LatentMapPage
from gui.explore.morph import MorphPage
from gui.explore.neighbours import NeighboursPage
from gui.help.topics import TOPICS
from gui.hub import ModelHub
from gui.lessons.bar import waiting_text
from gui.lessons.guide import LessonGuide

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.fixture
def marked(install_marks):
    """Each text shows its context: ``[Context] text``."""
    return install_marks(lambda context, source: f"[{context}] {source}")


@pytest.fixture
def space(tmp_path, qapp):
    """A hub whose models are not loaded, and its code space (nothing is loaded in these tests)."""
    hub = ModelHub(models_dir=tmp_path / "no-models")
    datasets = DatasetService()
    yield CodeSpace(hub, datasets)
    datasets.shutdown()


@pytest.fixture
def right_to_left(qapp):
    qapp.setLayoutDirection(RTL)
    yield
    qapp.setLayoutDirection(LTR)


def test_explore_pages_find_their_shared_texts_under_the_base_class_context(qtbot, marked, space):
    for page_class in (LatentMapPage, NeighboursPage, CodeEditorPage, MorphPage):
        page = page_class(space.hub, space)
        qtbot.addWidget(page)
        page.picker.refresh()  # as the Explore tab does
        assert page.placeholder.text() == "[ExplorePage] The models are still loading…"
        assert page.status.toolTip().startswith("[ExplorePage] What this page is doing")
    assert page.frame_count.suffix() == "[MorphPage]  frames"


def test_lesson_bar_and_explanations_are_looked_up_under_their_own_contexts(marked):
    assert waiting_text(Task("read", {})) == "[LessonBar] Press Next when you are ready."
    assert waiting_text(Task("draw_digit", {"digit": 3})) == "[LessonBar] Waiting for a drawing the app reads as a 3."
    assert TOPICS["code"].translated().title == "[Help] The code"


def test_lessons_are_shown_in_the_apps_language_else_in_english(qapp):
    try:
        i18n.install(qapp, "zh_TW")
        assert LessonGuide.text({"en": "Hello", "zh_TW": "你好", "ru": "Привет"}) == "你好"
        assert LessonGuide.text({"en": "Hello", "ru": "Привет"}) == "Hello"
    finally:
        i18n.install(qapp, "en")
    assert LessonGuide.text({"en": "Hello", "zh_TW": "你好"}) == "Hello"


def test_images_plots_and_the_morph_from_a_to_b_stay_left_to_right(qtbot, right_to_left, space):
    latent, morph = LatentMapPage(space.hub, space), MorphPage(space.hub, space)
    for page in (latent, morph):
        qtbot.addWidget(page)
        assert page.layoutDirection() == RTL
    assert latent.map.layoutDirection() == LTR and latent.manifold.layoutDirection() == LTR
    assert all(view.layoutDirection() == LTR for view in (morph.morphed, *morph.strip))
    assert morph.slider.layoutDirection() == LTR  # A's end on the left, like the strip's first frame
    for slot in morph.slots.values():  # A left of B, but their words read right to left
        assert slot.parentWidget().layoutDirection() == LTR and slot.layoutDirection() == RTL
        assert slot.view.layoutDirection() == LTR
    ends, frames = morph.slots["A"].parentWidget().layout(), morph.strip[0].parentWidget()
    assert ends.indexOf(morph.slots["A"]) < ends.indexOf(morph.slots["B"])
    assert frames.layoutDirection() == LTR and frames.layout().indexOf(morph.strip[0]) == 0
