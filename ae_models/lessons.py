"""Guided lessons as data: a lesson file's format, its validation, and the tasks a step can check.

A lesson is a small JSON file (see ``docs/LESSONS.md``): a title, 4–8 steps (a text and an optional task
the app checks by itself) and a closing question with its answer. Texts are plain strings or maps from a
language code to a string, so a teacher writes one file and translators add languages beside the English.
Tasks are a closed vocabulary (``TASKS``): each step names one kind and its parameters, and the app reports
what the learner did as ``Event`` objects; ``Task.done_by(event)`` says whether that finishes the step.
Nothing here imports Qt, so lessons can be checked from a notebook or a test.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ae_models import i18n, noise, zoo
from ae_models.i18n import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 256 * 1024  # a lesson is a few kilobytes; anything this large is not one
MIN_STEPS, MAX_STEPS = 4, 8
DEFAULT_LANGUAGE = "en"


class LessonError(i18n.TranslatableError, ValueError):
    """A lesson file that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Event:
    """Something the learner did in the app: ``kind`` is a task kind, ``data`` its facts."""

    kind: str
    data: Mapping[str, Any] = field(default_factory=dict)


def _equal(want: Any, got: Any) -> bool:
    return want is None or want == got


def _at_least(want: Any, got: Any) -> bool:
    return want is None or (got is not None and float(got) >= float(want) - 1e-9)


def _at_most(want: Any, got: Any) -> bool:
    return want is None or (got is not None and float(got) <= float(want) + 1e-9)


_RULES = {"equal": _equal, "at_least": _at_least, "at_most": _at_most}
TABS = ("draw", "train", "explore", "lessons")
DIGITS = tuple(range(10))
MODELS = tuple(zoo.REGISTRY)
NOISES = tuple(noise.KINDS)


@dataclass(frozen=True)
class Param:
    """A task parameter: the event fact it is compared with, how, and the values it may take."""

    fact: str
    rule: str = "equal"
    choices: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class TaskKind:
    """One word of the task vocabulary: which event finishes it and how its parameters are compared."""

    name: str
    summary: str
    params: Mapping[str, Param]
    required: tuple[str, ...] = ()


TASKS: Mapping[str, TaskKind] = MappingProxyType({k.name: k for k in (
    TaskKind("open_tab", "show a tab of the window", {"tab": Param("tab", choices=TABS)}, ("tab",)),
    TaskKind("draw_digit", "draw something the app judges to be this digit (any digit if none is given)",
             {"digit": Param("digit", choices=DIGITS)}),
    TaskKind("draw_non_digit", "draw something the app judges not to be a digit", {}),
    TaskKind("select_model", "click a model's reconstruction to select it",
             {"model": Param("model", choices=MODELS)}, ("model",)),
    TaskKind("set_noise", "show the noise demo with a noise type and at least this level",
             {"noise": Param("noise", choices=NOISES), "min_level": Param("level", "at_least")}),
    TaskKind("map_click", "click on a 2-D model's map where the test digits of one class lie",
             {"model": Param("model", choices=MODELS), "digit": Param("digit", choices=DIGITS)}),
    TaskKind("train_run", "finish a training run in the Train tab with these settings",
             {"variant": Param("variant", choices=MODELS), "code_size": Param("code_size"),
              "min_epochs": Param("epochs_done", "at_least"), "noise": Param("noise_factor", "at_least")}),
    TaskKind("read", "nothing to do: the learner presses Next", {}),
)})


@dataclass(frozen=True)
class Task:
    """A step's task: a kind from ``TASKS`` with its parameters."""

    kind: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def done_by(self, event: Event) -> bool:
        """Whether ``event`` finishes this task."""
        if self.kind == "read" or event.kind != self.kind:
            return False
        params = TASKS[self.kind].params
        return all(_RULES[params[p].rule](want, event.data.get(params[p].fact)) for p, want in self.params.items())


Text = Mapping[str, str]  # language code -> text; always holds DEFAULT_LANGUAGE


def localized(text: Text, language: str) -> str:
    """The text in ``language`` (``zh_CN`` falls back to ``zh``), else in English."""
    for key in (language, language.split("_")[0], DEFAULT_LANGUAGE):
        if text.get(key):
            return text[key]
    return next(iter(text.values()))


@dataclass(frozen=True)
class Step:
    text: Text
    task: Task
    hint: Text | None = None


@dataclass(frozen=True)
class Lesson:
    """One lesson; ``key`` is its file name without the extension (progress is remembered under it)."""

    key: str
    title: Text
    steps: tuple[Step, ...]
    question: Text
    answer: Text
    path: Path | None = None


def _text(value: Any, where: i18n.Text) -> Text:
    if isinstance(value, str) and value.strip():
        return MappingProxyType({DEFAULT_LANGUAGE: value})
    if isinstance(value, dict) and value and all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                                 for k, v in value.items()):
        if DEFAULT_LANGUAGE not in value:
            raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where} has no English text (key \"en\")"), where=where)
        return MappingProxyType(dict(value))
    raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where} must be a non-empty text, or a map from language codes "
                                                  "to texts"), where=where)


def _task(value: Any, where: i18n.Text) -> Task:
    if value is None:
        return Task("read")
    if not isinstance(value, dict) or not isinstance(value.get("kind"), str):
        raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where} must be an object with a \"kind\""), where=where)
    kind = TASKS.get(value["kind"])
    if kind is None:
        raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where} has an unknown kind {kind!r}; known: {known}"),
                          where=where, kind=value["kind"], known=", ".join(TASKS))
    params = {k: v for k, v in value.items() if k != "kind"}
    unknown = set(params) - set(kind.params)
    if unknown:
        raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where} ({kind}) has unknown parameters: {names}"),
                          where=where, kind=kind.name, names=", ".join(sorted(unknown)))
    missing = [p for p in kind.required if p not in params]
    if missing:
        raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where} ({kind}) needs: {names}"),
                          where=where, kind=kind.name, names=", ".join(missing))
    for name, want in params.items():
        param = kind.params[name]
        if param.choices is not None and want not in param.choices:
            raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where} ({kind}): {name} must be one of {choices}, not "
                                                          "{value!r}"),
                              where=where, kind=kind.name, name=name, value=want,
                              choices=", ".join(str(c) for c in param.choices))
        if param.choices is None and (isinstance(want, bool) or not isinstance(want, int | float)):
            raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where} ({kind}): {name} must be a number"),
                              where=where, kind=kind.name, name=name)
    return Task(kind.name, MappingProxyType(params))


def parse(raw: Mapping[str, Any], key: str, path: Path | None = None) -> Lesson:
    """A lesson from its decoded JSON; raises LessonError saying what is wrong."""
    where = path.name if path else key
    if not isinstance(raw, dict):
        raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where}: a lesson is a JSON object"), where=where)
    steps_raw = raw.get("steps")
    if not isinstance(steps_raw, list) or not MIN_STEPS <= len(steps_raw) <= MAX_STEPS:
        raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where}: \"steps\" must list {low} to {high} steps"),
                          where=where, low=MIN_STEPS, high=MAX_STEPS)
    steps = []
    for i, step in enumerate(steps_raw, 1):
        if not isinstance(step, dict):
            raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where}: step {number} must be an object"),
                              where=where, number=i)
        text = i18n.Text(QT_TRANSLATE_NOOP("Engine", "{where}: step {number}'s text"), where=where, number=i)
        task = i18n.Text(QT_TRANSLATE_NOOP("Engine", "{where}: step {number}'s task"), where=where, number=i)
        hint = i18n.Text(QT_TRANSLATE_NOOP("Engine", "{where}: step {number}'s hint"), where=where, number=i)
        steps.append(Step(_text(step.get("text"), text), _task(step.get("task"), task),
                          None if step.get("hint") is None else _text(step["hint"], hint)))
    question = raw.get("question")
    if not isinstance(question, dict):
        raise LessonError(QT_TRANSLATE_NOOP("Engine", "{where}: \"question\" must be an object with \"text\" and "
                                                      "\"answer\""), where=where)
    title = i18n.Text(QT_TRANSLATE_NOOP("Engine", "{where}: the title"), where=where)
    asked = i18n.Text(QT_TRANSLATE_NOOP("Engine", "{where}: the question"), where=where)
    answer = i18n.Text(QT_TRANSLATE_NOOP("Engine", "{where}: the answer"), where=where)
    return Lesson(key, _text(raw.get("title"), title), tuple(steps), _text(question.get("text"), asked),
                  _text(question.get("answer"), answer), path)


def read(path: Path) -> Lesson:
    """Read one lesson file, size-checked before it is decoded."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LessonError(QT_TRANSLATE_NOOP("Engine", "{file} is {size:,} bytes; a lesson file is at most {most:,}"),
                              file=path.name, size=size, most=MAX_FILE_BYTES)
        raw = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise LessonError(QT_TRANSLATE_NOOP("Engine", "{file} cannot be read ({reason})"),
                          file=path.name, reason=exc.strerror or str(exc)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise LessonError(QT_TRANSLATE_NOOP("Engine", "{file} is not valid UTF-8 JSON ({reason})"),
                          file=path.name, reason=str(exc)) from exc
    return parse(raw, path.stem, path)


def load_all(folders: Iterable[Path]) -> tuple[list[Lesson], dict[Path, i18n.Text]]:
    """Every ``*.json`` lesson in the folders, sorted by key, and the files that failed with why.

    A later folder's lesson replaces an earlier one with the same key (a teacher's copy wins).
    """
    found: dict[str, Lesson] = {}
    errors: dict[Path, i18n.Text] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                found[path.stem] = read(path)
            except LessonError as exc:
                errors[path] = exc.text
    return [found[k] for k in sorted(found)], errors


@dataclass
class Walk:
    """A learner's way through one lesson: the current step, and whether the lesson is finished.

    ``feed`` moves on when an event finishes the current step's task; ``next`` does so for a reading step.
    """

    lesson: Lesson
    step: int = 0

    @property
    def finished(self) -> bool:
        return self.step >= len(self.lesson.steps)

    @property
    def current(self) -> Step | None:
        return None if self.finished else self.lesson.steps[self.step]

    def feed(self, event: Event) -> bool:
        """Move on if ``event`` finishes the current task; True when it did."""
        step = self.current
        if step is None or not step.task.done_by(event):
            return False
        self.step += 1
        return True

    def next(self) -> None:
        """Move on from a reading step (a task step waits for its task)."""
        step = self.current
        if step is not None and step.task.kind == "read":
            self.step += 1

    def back(self) -> None:
        self.step = max(0, self.step - 1)
