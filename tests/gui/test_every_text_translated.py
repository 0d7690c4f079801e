"""Every text the window shows passes through the translations: with a pseudo-language that brackets each
message (⟦…⟧), a walk over every widget, tab, menu and tooltip of the loaded window, with a digit drawn and
every tab opened, finds no English word outside the brackets."""

import html
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget, QWidget

from ae_models import data, lessons
from ae_models.resources import LESSONS_DIR
from tests.gui.test_languages import translations

BRACKETED = re.compile(r"⟦[^⟦⟧]*⟧")
WORD = re.compile(r"[A-Za-z]{4,}")  # an English word; shorter tokens are symbols and units
TAG = re.compile(r"<[^>]+>|&[a-z]+;")
# Words that are names, not English: the data, the file formats and the tools the texts name.
NAMES = {"MNIST", "Fashion", "Keras", "TensorFlow", "TensorBoard", "Adam", "Adadelta", "Nadam", "relu", "sigmoid",
         "tanh", "elu", "softplus", "linear", "keras", "Chollet", "Autoencoder", "Studio", "English", "RMSprop"}


def pseudo_catalogue(folder):
    """Every message of the sources translated as ⟦its source⟧, compiled to a .qm."""
    ts = folder / "pseudo.ts"
    translations.lupdate([ts])
    tree = ET.parse(ts)
    tree.getroot().set("language", "ja")  # one plural form
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        bracketed = f"⟦{message.findtext('source')}⟧"
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = bracketed
        else:
            translation.text = bracketed
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    translations.lrelease(ts, folder / "pseudo.qm")
    return folder / "pseudo.qm"


def shown_texts(window):
    """(where, text) for every text a person can see or hover in the window."""
    texts = [("title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        where = type(widget).__name__
        texts.append((f"{where} tooltip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((where, widget.text()))
        if isinstance(widget, QGroupBox):
            texts.append((where, widget.title()))
        if isinstance(widget, QLineEdit):
            texts.append((f"{where} placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            texts.extend((f"{where} item", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            texts.extend((f"{where} tab", widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QMenu):
            texts.append(("menu", widget.title()))
    for action in window.findChildren(QMenu):
        for entry in action.actions():
            texts.extend([("menu item", entry.text()), ("menu item tooltip", entry.toolTip())])
    return texts


def lesson_texts():
    """The lessons' English texts: data in the lesson files, translated there, not in the catalogues."""
    found, _ = lessons.load_all([LESSONS_DIR])
    texts = [t for lesson in found for t in (lesson.title, lesson.question, lesson.answer)]
    texts += [t for lesson in found for step in lesson.steps for t in (step.text, step.hint) if t]
    return sorted({t["en"] for t in texts}, key=len, reverse=True)


LESSON_TEXTS = lesson_texts()


def english_left(text):
    """The English words of ``text`` outside the pseudo-language's brackets (and the lessons' own texts)."""
    for lesson_text in LESSON_TEXTS:
        text = text.replace(lesson_text, " ").replace(html.escape(lesson_text, quote=False), " ")
    text = TAG.sub(" ", text)
    while BRACKETED.search(text):
        text = BRACKETED.sub(" ", text)
    return [w for w in WORD.findall(text) if w not in NAMES]


@pytest.fixture
def pseudo_window(qapp, tmp_path, open_shipped_window):
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue(tmp_path)))
    qapp.installTranslator(translator)
    win = open_shipped_window()
    yield win
    win.close()
    qapp.removeTranslator(translator)


def test_no_english_is_left_in_the_window_under_a_pseudo_language(qtbot, pseudo_window):
    win = pseudo_window
    mnist = data.load("mnist")
    win.draw_tab.canvas.set_image(np.pad(mnist.x_test[0] / 255.0, 4))
    qtbot.waitUntil(lambda: win.draw_tab.shown_revision == win.draw_tab.canvas.revision, timeout=20_000)
    seen = []
    for index in range(win.tabs.count()):
        win.tabs.setCurrentIndex(index)
        qtbot.wait(200)
        seen.extend(shown_texts(win))
    left = sorted({(where, text[:90]) for where, text in seen if english_left(text)})
    assert not left, "English outside the translations:\n" + "\n".join(f"{w}: {t!r}" for w, t in left)

