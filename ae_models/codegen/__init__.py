"""Show the Keras code: one self-contained Keras 3 script that builds, trains and measures a model.

``script(spec)`` writes the whole recipe of a zoo variant (every stage, as ``cli.pretrain`` trains the
shipped model); ``script(spec, config)`` one run with ``config``, as the Train tab and ``cli.train``
train it. The script needs only keras, numpy and the standard library, and saves a ``.keras`` file the
app opens. No Keras import here: the command line prints code before TensorFlow would load.
"""

from __future__ import annotations

import dataclasses
import functools
import textwrap
from collections.abc import Mapping
from typing import Any

from ae_models import data, zoo
from ae_models.codegen import blocks, builders, pieces
from ae_models.codegen.pyfmt import INDENT, WIDTH, call, dict_lines, literal
from ae_models.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError
from ae_models.zoo import ModelSpec, TrainConfig

KERAS_DATASETS = {"mnist": "mnist", "fashion-mnist": "fashion_mnist"}  # our name -> keras.datasets.<name>
OPTIMIZER_CLASSES = {"adam": "Adam", "adadelta": "Adadelta", "rmsprop": "RMSprop", "sgd": "SGD"}
GAUSSIAN = ("gaussian",)


class CodeError(TranslatableError, ValueError):
    """Settings (typed, or read from a model's sidecar) that cannot be written out as a Keras script."""


def noise_of(runs: list[TrainConfig]) -> str | None:
    """None (no input noise), "gaussian", or "mixed" when a stage mixes noise kinds (``noise_kinds``)."""
    if not any(run.noise_factor for run in runs):
        return None
    kinds = {tuple(run.noise_kinds) for run in runs if run.noise_factor}
    return "gaussian" if kinds == {GAUSSIAN} else "mixed"


def stages(spec: ModelSpec, config: TrainConfig | None = None) -> list[TrainConfig]:
    """The training runs the script makes: ``config`` alone, else the spec's own and its refine stage
    (seeded one higher and with the same input noise, as ``cli.pretrain`` refines)."""
    if config is not None:
        return [config]
    if spec.refine is None:
        return [spec.train]
    return [spec.train, dataclasses.replace(spec.refine, seed=spec.train.seed + 1,
                                            noise_factor=spec.train.noise_factor)]


def _tuples(mapping: object) -> dict[str, Any]:
    """A sidecar's settings with JSON's lists turned back into the tuples the specs hold."""
    if not isinstance(mapping, Mapping):
        raise CodeError(QT_TRANSLATE_NOOP("Engine", "the model's sidecar holds no settings where they belong"))
    return {k: tuple(v) if isinstance(v, list) else v for k, v in mapping.items()}


def spec_from_sidecar(meta: Mapping[str, Any]) -> ModelSpec:
    """The spec a saved model was trained with, from its sidecar (a shipped model's keeps its stages).

    Raises CodeError (a ValueError) when the sidecar names no known variant or holds settings this version lacks.
    """
    name, variant = str(meta.get("name")), str(meta.get("variant"))
    base = zoo.REGISTRY.get(name) or zoo.RECIPES.get(name) or zoo.REGISTRY.get(variant)
    if base is None or "train" not in meta:
        raise CodeError(QT_TRANSLATE_NOOP("Engine", "the model's sidecar records no variant and training settings of "
                                                    "this app"))
    runs = [_tuples(stage.get("train")) for stage in meta.get("stages") or [] if isinstance(stage, Mapping)]
    templates = [base.train, base.refine or base.train]  # for settings an older sidecar did not record
    try:
        configs = [dataclasses.replace(t, **run) for t, run in zip(templates, runs or [_tuples(meta["train"])])]
        spec = base.customized(arch=_tuples(meta.get("arch") or {}))
    except TypeError as exc:
        raise CodeError(QT_TRANSLATE_NOOP("Engine", "the model's sidecar holds settings this version does not know "
                                                    "({reason})"), reason=str(exc)) from exc
    return dataclasses.replace(spec, train=configs[0], refine=configs[1] if len(configs) > 1 else None)


def _listed(earlier: Text, later: Text) -> Text:
    """Two sentences of a list of problems, one after the other."""
    return Text(QT_TRANSLATE_NOOP("Engine", "{earlier}; {later}"), earlier=earlier, later=later)


def _section(title: str) -> str:
    return f"# -- {title} ".ljust(WIDTH - 2, "-")


def _wrap(text: str) -> str:
    return "\n".join(textwrap.wrap(text, WIDTH - 4))


def _header(spec: ModelSpec, dataset: str, runs: list[TrainConfig]) -> str:
    info = data.REGISTRY[dataset]
    imports = "from keras import layers, ops" if _pieces(spec, runs) else "from keras import layers"
    recipe = zoo.REGISTRY.get(spec.name) or zoo.RECIPES.get(spec.name)
    changed = {k: v for k, v in spec.arch.items() if recipe is not None and recipe.arch.get(k) != v}
    about = f"{spec.description} From: {spec.tutorial}."
    if changed:
        about += " Changed from that recipe: " + ", ".join(f"{k} {literal(v)}" for k, v in changed.items()) + "."
    about = _wrap(about)
    return blocks.HEADER.substitute(title=spec.title, dataset_title=info.title, about=about,
                                    file=f"{spec.name}.py", folder=info.folder, keras_imports=imports)


def _settings(runs: list[TrainConfig]) -> str:
    note = ("\n# The second stage is a gentler cosine cycle that starts from the first one's weights."
            if len(runs) > 1 else "")
    stage_lines = [line for run in runs for line in dict_lines(INDENT, dataclasses.asdict(run))]
    return _section("Settings") + "\n" + blocks.SETTINGS.substitute(stages_note=note, stages="\n".join(stage_lines))


def _pieces(spec: ModelSpec, runs: list[TrainConfig]) -> list[pieces.Piece]:
    noise = noise_of(runs)
    wanted = [(spec.arch.get("l1"), pieces.PER_SAMPLE_L1), (spec.arch.get("top_k"), pieces.TOP_K),
              (noise == "gaussian", pieces.CLIPPED_NOISE), (noise == "mixed", pieces.INPUT_NOISE),
              (spec.family == "vae", pieces.SAMPLING)]
    return [piece for needed, piece in wanted if needed]


def _measures(noise: str | None, final: TrainConfig) -> list[str]:
    if noise:
        note = f"; a denoiser's inputs carry Gaussian noise {final.noise_factor:g} from default_rng(0)"
        inputs = (f'{INDENT}x_in = gaussian_noise(x_test, STAGES[-1]["noise_factor"], seed=0)\n'
                  f"{INDENT}recon = autoencoder.predict(x_in, batch_size=1000, verbose=0)")
    else:
        note, inputs = "", f"{INDENT}recon = autoencoder.predict(x_test, batch_size=1000, verbose=0)"
    out = [_section("Measures") + "\n" + blocks.MEASURES]
    out += [blocks.GAUSSIAN_NOISE] if noise else []
    out += [blocks.MIXED_NOISE] if noise == "mixed" else []
    return [*out, blocks.EVALUATE.substitute(evaluate_note=note, test_inputs=inputs)]


def _training(runs: list[TrainConfig], noise: str | None) -> str:
    names = dict.fromkeys(run.optimizer for run in runs)
    optimizers = call("", "OPTIMIZERS = ", [f'"{n}": keras.optimizers.{OPTIMIZER_CLASSES[n]}' for n in names],
                      brackets="{}")
    validation = {
        None: ["self.x_in = x_val"],
        "gaussian": ['self.x_in = gaussian_noise(x_val, stage["noise_factor"], stage["seed"])'],
        "mixed": ['factor, kinds = stage["noise_factor"], stage["noise_kinds"]',
                  'self.x_in = mixed_noise(x_val, factor, kinds, stage["seed"])'],
    }[noise]
    schedule = blocks.COSINE if any(run.schedule == "cosine" for run in runs) else ""
    return _section("Training") + "\n" + blocks.TRAINING.substitute(
        optimizers="\n".join(optimizers), schedule=schedule,
        validation_inputs="\n".join(2 * INDENT + line for line in validation))


def _main(spec: ModelSpec, subset: int | None, needs_trainer: bool) -> str:
    subset_arg = call(INDENT, "parser.add_argument",
                      ['"--subset"', "type=int", f"default={subset}", 'help="train on only N training digits"'])
    out_arg = call(INDENT, "parser.add_argument",
                   ['"--out"', "type=Path", f'default=Path("{spec.name}.keras")', 'help="model file to write"'])
    trainer = ("make_trainer(encoder, decoder, stage)" if needs_trainer
               else "autoencoder  # no noise, no sampling: fit the autoencoder itself")
    return _section("The command line") + "\n" + blocks.MAIN.substitute(
        subset_arg="\n".join(subset_arg), out_arg="\n".join(out_arg), trainer=trainer)


def script(spec: ModelSpec, config: TrainConfig | None = None, *, dataset: str = "mnist",
           subset: int | None = None) -> str:
    """The Keras 3 script for ``spec`` (see the module docstring); ``dataset`` and ``subset`` are the
    defaults of its data and ``--subset``. Raises CodeError (a ValueError) for settings the app would refuse."""
    runs = stages(spec, config)
    if dataset not in KERAS_DATASETS:
        raise CodeError(QT_TRANSLATE_NOOP("Engine", "no Keras loader for the dataset {dataset!r}; known: {known}"),
                        dataset=dataset, known=", ".join(KERAS_DATASETS))
    if subset is not None and (not isinstance(subset, int) or isinstance(subset, bool) or subset < 1):
        raise CodeError(QT_TRANSLATE_NOOP("Engine", "the subset must be a number of digits, not {subset!r}"),
                        subset=subset)
    try:
        problems = [Text(QT_TRANSLATE_NOOP("Engine", "{field}: {problem}"), field=k, problem=v)
                    for run in runs for k, v in run.problems().items()]
        if problems:
            raise CodeError(functools.reduce(_listed, problems))
        noise = noise_of(runs)
        model, needs_trainer = builders.model_block(spec, noise)
        settings = _settings(runs)
    except (TypeError, KeyError) as exc:  # settings of the wrong type, e.g. from an edited sidecar
        raise CodeError(QT_TRANSLATE_NOOP("Engine", "these settings cannot be written out as Keras code ({reason})"),
                        reason=str(exc)) from exc
    info = data.REGISTRY[dataset]
    custom = [piece.source.strip("\n") + "\n" for piece in _pieces(spec, runs)]
    if custom:
        custom[0] = _section("Custom pieces") + "\n" + custom[0]
    parts = [
        _header(spec, dataset, runs) + "\n" + settings,  # one blank line after the imports
        _section("Data") + "\n" + blocks.DATA.substitute(
            folder=info.folder, dataset_title=info.title, keras_dataset=KERAS_DATASETS[dataset],
            input_shape=f"(N, {', '.join(map(str, spec.input_shape))})",
            input_dims=", ".join(map(str, spec.input_shape))),
        *custom,
        _section("The model") + "\n" + model,
        *_measures(noise, runs[-1]),
        _training(runs, noise),
        _main(spec, subset, needs_trainer),
    ]
    return "\n\n".join(parts)
