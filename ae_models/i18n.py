"""Text the engine hands to people, kept translatable without Qt.

The engine never imports Qt, yet its titles, descriptions, problems and errors reach the window, which shows
them in the learner's language. So the engine keeps English *templates* and their arguments apart:

* ``QT_TRANSLATE_NOOP(CONTEXT, "…")`` marks a string kept as data (a model's title, a dataset's name).
  It returns its text unchanged; ``pyside6-lupdate`` finds the marker by its name and lists the text for
  the translators. The GUI translates the data when it shows it (``gui.i18n.engine``).
* ``Text(template, **arguments)`` is a sentence with named ``{fields}``; ``str()`` gives the English
  (the command line prints that), the GUI translates the template and then fills in the fields.
* ``TranslatableError`` is an exception carrying a ``Text``; the engine's error classes derive from it.

Every template is marked where it is written, so the translators see it in its source file.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

CONTEXT = "Engine"  # the one translation context of every engine string


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate recognises the marker by this name)
    """Mark ``text`` for the translators under ``context``; returns it unchanged."""
    return text


class Text:
    """A sentence for a person: an English ``template`` with named ``{fields}`` and their ``arguments``."""

    __slots__ = ("arguments", "template")

    def __init__(self, template: str, /, **arguments: Any):
        self.template = template
        self.arguments: Mapping[str, Any] = MappingProxyType(arguments)

    def __str__(self) -> str:
        return self.template.format(**self.arguments)

    def __repr__(self) -> str:
        return f"Text({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.template, dict(self.arguments)) == (
            other.template, dict(other.arguments))

    def __hash__(self) -> int:
        return hash(self.template)


class TranslatableError(Exception):
    """An error a person reads. ``text`` is its ``Text``; ``str(error)`` is the English sentence."""

    def __init__(self, template: str | Text, /, **arguments: Any):
        self.text = template if isinstance(template, Text) else Text(template, **arguments)
        super().__init__(str(self.text))
