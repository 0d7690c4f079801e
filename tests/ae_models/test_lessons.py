"""Lesson files: the shipped ones are valid, bad ones are refused by name, tasks finish on the right events."""

import json

import pytest

from ae_models import lessons
from ae_models.lessons import Event, LessonError, Task
from ae_models.resources import LESSONS_DIR

SHIPPED = LESSONS_DIR


def minimal(**changes) -> dict:
    raw = {"title": "T", "question": {"text": "Q?", "answer": "A."},
           "steps": [{"text": f"step {i}", "task": {"kind": "draw_digit", "digit": i}} for i in range(4)]}
    raw.update(changes)
    return raw


def test_the_five_shipped_lessons_load_and_follow_the_tutorials():
    found, errors = lessons.load_all([SHIPPED])
    assert errors == {}
    assert [lesson.key[:2] for lesson in found] == ["01", "02", "03", "04", "05"]
    for lesson in found:
        assert lessons.MIN_STEPS <= len(lesson.steps) <= lessons.MAX_STEPS
        assert lesson.question["en"].endswith("?") and lesson.answer["en"]
    kinds = {step.task.kind for lesson in found for step in lesson.steps}
    assert {"draw_digit", "select_model", "set_noise", "map_click", "train_run"} <= kinds


@pytest.mark.parametrize("change, message", [
    ({"steps": []}, "4 to 8 steps"),
    ({"title": ""}, "the title"),
    ({"title": {"ru": "Урок"}}, "no English text"),
    ({"question": "why?"}, "\"question\""),
    ({"steps": [{"text": "x", "task": {"kind": "fly"}}] * 4}, "unknown kind 'fly'"),
    ({"steps": [{"text": "x", "task": {"kind": "draw_digit", "digit": 12}}] * 4}, "digit must be one of"),
    ({"steps": [{"text": "x", "task": {"kind": "select_model"}}] * 4}, "needs: model"),
    ({"steps": [{"text": "x", "task": {"kind": "set_noise", "min_level": "lots"}}] * 4}, "must be a number"),
    ({"steps": [{"text": "x", "task": {"kind": "open_tab", "tab": "draw", "colour": 1}}] * 4}, "colour"),
])
def test_a_bad_lesson_is_refused_with_what_is_wrong(tmp_path, change, message):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(minimal(**change)))
    with pytest.raises(LessonError, match=message) as caught:
        lessons.read(path)
    assert "bad.json" in str(caught.value)


def test_damaged_and_oversized_files_are_reported_while_the_others_load(tmp_path):
    (tmp_path / "01-good.json").write_text(json.dumps(minimal()))
    (tmp_path / "02-garbage.json").write_bytes(b"\x89PNG not json")
    (tmp_path / "03-huge.json").write_text(" " * (lessons.MAX_FILE_BYTES + 1))
    (tmp_path / "04-deep.json").write_text("[" * 100_000 + "]" * 100_000)
    found, errors = lessons.load_all([tmp_path])
    assert [lesson.key for lesson in found] == ["01-good"]
    assert {path.name for path in errors} == {"02-garbage.json", "03-huge.json", "04-deep.json"}
    assert "at most" in str(errors[tmp_path / "03-huge.json"])


def test_a_teachers_folder_replaces_a_shipped_lesson_of_the_same_name(tmp_path):
    teacher = tmp_path / "teacher"
    teacher.mkdir()
    (teacher / "01-vanilla.json").write_text(json.dumps(minimal(title="My own lesson 1")))
    found, _ = lessons.load_all([SHIPPED, teacher])
    assert found[0].title["en"] == "My own lesson 1" and len(found) == 5


def test_tasks_finish_only_on_matching_events():
    three = Task("draw_digit", {"digit": 3})
    assert three.done_by(Event("draw_digit", {"digit": 3}))
    assert not three.done_by(Event("draw_digit", {"digit": 8}))
    assert not three.done_by(Event("select_model", {"model": "vanilla"}))
    assert Task("draw_digit").done_by(Event("draw_digit", {"digit": 0}))
    noise = Task("set_noise", {"noise": "gaussian", "min_level": 0.5})
    assert noise.done_by(Event("set_noise", {"noise": "gaussian", "level": 0.5}))
    assert not noise.done_by(Event("set_noise", {"noise": "gaussian", "level": 0.45}))
    assert not noise.done_by(Event("set_noise", {"noise": "masking", "level": 0.9}))
    run = Task("train_run", {"variant": "vanilla", "code_size": 8, "min_epochs": 2})
    assert run.done_by(Event("train_run", {"variant": "vanilla", "code_size": 8, "epochs_done": 2}))
    assert not run.done_by(Event("train_run", {"variant": "vanilla", "code_size": 8, "epochs_done": 1}))
    assert not run.done_by(Event("train_run", {"variant": "vanilla", "code_size": 32, "epochs_done": 5}))
    assert not Task("read").done_by(Event("read"))


def test_texts_fall_back_from_region_to_language_to_english():
    text = {"en": "Hello", "zh": "你好", "fa": "سلام"}
    assert lessons.localized(text, "zh_TW") == "你好"
    assert lessons.localized(text, "fa") == "سلام"
    assert lessons.localized(text, "ja") == "Hello"


def test_a_walk_moves_on_when_each_task_is_done_and_waits_otherwise():
    lesson = lessons.parse(minimal(steps=[
        {"text": "read me", "task": None},
        {"text": "draw a 3", "task": {"kind": "draw_digit", "digit": 3}},
        {"text": "select", "task": {"kind": "select_model", "model": "vanilla"}},
        {"text": "noise", "task": {"kind": "set_noise", "min_level": 0.5}},
    ]), "walk")
    walk = lessons.Walk(lesson)
    assert not walk.feed(Event("draw_digit", {"digit": 3}))  # a reading step waits for Next
    walk.next()
    walk.next()  # Next does not skip a task
    assert walk.step == 1
    assert not walk.feed(Event("draw_digit", {"digit": 5}))
    assert walk.feed(Event("draw_digit", {"digit": 3})) and walk.step == 2
    walk.back()
    assert walk.step == 1
    for event in (Event("draw_digit", {"digit": 3}), Event("select_model", {"model": "vanilla"}),
                  Event("set_noise", {"noise": "masking", "level": 0.6})):
        assert walk.feed(event)
    assert walk.finished and walk.current is None
