"""Engine text stays translatable: marked templates, the fields each use passes, English ``str()`` kept.

The source check reads every module of ``ae_models`` as ``pyside6-lupdate`` does (by the marker's name and
its literal context), so a message written as an f-string, or a template whose fields differ from what its
raise passes, fails here rather than in a translated window.
"""

import ast
import string
from pathlib import Path

import pytest

import ae_models
from ae_models import codegen, data, devices, i18n, lessons, library, noise, shipped, store, verdict, zoo
from ae_models.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError

SOURCES = sorted(Path(ae_models.__file__).parent.rglob("*.py"))
MARKER = "QT_TRANSLATE_NOOP"


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in SOURCES}


TREES = _trees()


def _is_marker(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == MARKER


def _name(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


MARKED = {node.args[1].value for tree in TREES.values() for node in ast.walk(tree)
          if _is_marker(node) and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)}


def _error_classes() -> set[str]:
    """The names of TranslatableError and every class of ae_models derived from it (by its source)."""
    found = {"TranslatableError"}
    classes = [node for tree in TREES.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    while True:
        more = {c.name for c in classes if any(_name(base) in found for base in c.bases)} - found
        if not more:
            return found
        found |= more


def test_a_text_formats_its_fields_and_compares_by_template_and_fields():
    text = Text("{count:,} digits of {name}", count=60000, name="MNIST")
    assert str(text) == "60,000 digits of MNIST" and dict(text.arguments) == {"count": 60000, "name": "MNIST"}
    assert text == Text("{count:,} digits of {name}", count=60000, name="MNIST")
    assert text != Text("{count:,} digits of {name}", count=10000, name="MNIST")
    assert text != Text("{count} digits of {name}", count=60000, name="MNIST") and text != str(text)
    assert len({text, Text("{count:,} digits of {name}", count=60000, name="MNIST")}) == 1
    assert str(Text("{problem} Try again.", problem=text)) == "60,000 digits of MNIST Try again."
    assert str(Text("no {{fields}} here")) == "no {fields} here"
    assert QT_TRANSLATE_NOOP("Engine", "Kept as it is") == "Kept as it is"


def test_an_error_class_keeps_its_english_sentence_and_carries_its_text():
    class RefusedError(TranslatableError, RuntimeError):
        pass

    error = RefusedError("{file} is {size:,} bytes", file="big.json", size=300_000)
    assert str(error) == "big.json is 300,000 bytes" and isinstance(error, RuntimeError)
    assert error.text.template == "{file} is {size:,} bytes"
    assert dict(error.text.arguments) == {"file": "big.json", "size": 300_000}
    carried = Text("{file} is gone", file="a.keras")
    assert RefusedError(carried).text is carried and str(RefusedError(carried)) == "a.keras is gone"


def test_every_marker_has_the_literal_engine_context_and_a_literal_text():
    markers = [(path.name, node) for path, tree in TREES.items() for node in ast.walk(tree) if _is_marker(node)]
    assert len(markers) > 100  # the zoo, the datasets, the noises and every error of the engine
    for where, node in markers:
        assert len(node.args) == 2 and not node.keywords, f"{where}:{node.lineno}"
        context, text = node.args
        assert isinstance(context, ast.Constant) and context.value == i18n.CONTEXT == "Engine", f"{where}:{node.lineno}"
        assert isinstance(text, ast.Constant) and isinstance(text.value, str), f"{where}:{node.lineno}"


def test_every_template_gets_exactly_the_fields_it_names_and_data_strings_name_none():
    for path, tree in TREES.items():
        constants = {target.id: node.value.args[1].value for node in tree.body if isinstance(node, ast.Assign)
                     and _is_marker(node.value) for target in node.targets if isinstance(target, ast.Name)}
        used: set[int] = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            first = node.args[0]
            if _is_marker(first):
                template = first.args[1].value
                used.add(id(first))
            elif isinstance(first, ast.Name) and first.id in constants:
                template = constants[first.id]
            else:
                continue
            where = f"{path.name}:{node.lineno}"
            assert len(node.args) == 1 and all(k.arg is not None for k in node.keywords), where
            assert _fields(template) == {k.arg for k in node.keywords}, where
        for node in ast.walk(tree):
            if _is_marker(node) and id(node) not in used and node.args[1].value not in constants.values():
                assert not _fields(node.args[1].value), f"{path.name}:{node.lineno} (shown as it is: no fields)"


def test_every_engine_error_is_built_from_a_marked_template_or_a_text():
    classes = _error_classes()
    assert {"DatasetError", "ModelFileError", "ManifestError", "TrainingError", "CheckpointError", "VerdictError",
            "LessonError", "DeviceError", "CodeError", "SpecError", "RenameError"} <= classes
    for path, tree in TREES.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in classes | {"Text"} and node.args:
                first = node.args[0]
                unmarked = isinstance(first, (ast.Constant, ast.JoinedStr, ast.BinOp)) or (
                    isinstance(first, ast.Call) and _name(first.func) == "format")
                assert not unmarked, f"{path.name}:{node.lineno}: an unmarked message"


def test_the_texts_the_app_shows_as_data_are_marked():
    specs = [*zoo.REGISTRY.values(), *zoo.RECIPES.values()]
    shown = [s.title for s in specs] + [s.description for s in specs] + list(noise.TITLES.values())
    shown += [info.install_hint for info in data.REGISTRY.values() if info.install_hint]
    assert set(shown) <= MARKED
    assert not {s.tutorial for s in specs} & MARKED  # tutorial titles are the names of articles


def _entry(tmp_path: Path) -> library.ModelEntry:
    return library.ModelEntry(tmp_path / "m.keras", {})


RAISES = {
    "DatasetError": (lambda tmp: data.load("cifar"), "Unknown dataset 'cifar'; known: mnist, fashion-mnist."),
    "ModelFileError": (lambda tmp: store.check_readable(tmp / "none.keras"), "{tmp}/none.keras does not exist."),
    "ManifestError": (lambda tmp: shipped.read_manifest(tmp / "manifest.json"),
                      "The manifest {tmp}/manifest.json is missing."),
    "VerdictError": (lambda tmp: verdict.Reference.load(tmp / "verdict.npz"),
                     "The verdict's reference verdict.npz is missing: run python -m ae_models.cli.verdict_reference."),
    "LessonError": (lambda tmp: lessons.parse({"steps": []}, "k"), 'k: "steps" must list 4 to 8 steps'),
    "DeviceError": (lambda tmp: devices.choose([], "fast"),
                    "unknown device choice 'fast': use 'auto', a number or a list of ids"),
    "CodeError": (lambda tmp: codegen.spec_from_sidecar({}),
                  "the model's sidecar records no variant and training settings of this app"),
    "SpecError": (lambda tmp: zoo.REGISTRY["vanilla"].customized(arch={"filters": (8,)}),
                  "vanilla has no architecture parameter filters"),
    "RenameError": (lambda tmp: library.ModelLibrary(tmp).rename(_entry(tmp), "no/slashes"),
                    "Use up to 80 letters, digits, spaces and - _ . ( ) +, starting with a letter or digit."),
}


@pytest.mark.parametrize("kind", sorted(RAISES))
def test_each_error_class_raises_its_english_sentence_from_a_marked_template(tmp_path, kind):
    action, english = RAISES[kind]
    with pytest.raises(TranslatableError) as caught:
        action(tmp_path)
    error = caught.value
    assert type(error).__name__ == kind and str(error) == english.format(tmp=tmp_path)
    assert error.text.template in MARKED and str(error.text) == str(error)
    assert Text(error.text.template, **error.text.arguments) == error.text


def test_a_checkpoint_error_is_a_training_error_with_a_marked_template(tmp_path):
    from ae_models.training import Checkpoint, CheckpointError, TrainingError

    with pytest.raises(CheckpointError) as caught:
        Checkpoint(tmp_path, zoo.REGISTRY["vanilla"]).load()
    error = caught.value
    assert isinstance(error, TrainingError) and error.text.template in MARKED
    assert str(error) == f"The checkpoint in {tmp_path} is damaged: state.json cannot be read (FileNotFoundError)."


def test_problems_are_texts_of_marked_templates_whose_english_reads_as_before(tmp_path):
    spec = zoo.REGISTRY["vanilla"].customized(arch={"code_size": 0, "code_activation": "swish"}, epochs=0,
                                              optimizer="lion", seed=-1)
    problems = spec.problems()
    assert set(problems) == {"code_size", "code_activation", "epochs", "optimizer", "seed"}
    assert all(isinstance(p, Text) and p.template in MARKED for p in problems.values())
    assert str(problems["optimizer"]) == "one of adam, adadelta, rmsprop, sgd"
    assert str(problems["code_size"]) == "from 1 to 784" and str(problems["epochs"]) == "at least 1 epoch"
    assert str(problems["seed"]) == "a whole number from 0 to 2147483647"
    named = library.ModelLibrary(tmp_path).name_problem(_entry(tmp_path), "no/slashes")
    assert isinstance(named, Text) and named.template in MARKED
    (tmp_path / "x.json").write_text("[]")
    found, errors = lessons.load_all([tmp_path])
    assert found == [] and str(errors[tmp_path / "x.json"]) == "x.json: a lesson is a JSON object"
    assert errors[tmp_path / "x.json"].template in MARKED
