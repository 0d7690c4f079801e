"""Headless training over the same engine as the app.

    python -m ae_models.cli.train --recipe tutorial-vanilla-adadelta
    python -m ae_models.cli.train --variant conv --epochs 5 --out conv5.keras --checkpoint runs/conv5 --resume

Any training setting or architecture parameter can be overridden; the model and its JSON sidecar
(settings, dataset, history, test metrics) are written atomically to ``--out``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ae_models import data, quiet, zoo

log = logging.getLogger("ae_models.cli.train")

TRAIN_OPTIONS = {  # command-line flag -> (TrainConfig field, type)
    "--epochs": ("epochs", int), "--batch-size": ("batch_size", int), "--optimizer": ("optimizer", str),
    "--learning-rate": ("learning_rate", float), "--schedule": ("schedule", str), "--loss": ("loss", str),
    "--noise-factor": ("noise_factor", float), "--seed": ("seed", int),
    "--validation-size": ("validation_size", int), "--patience": ("patience", int),
}


def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(v) for v in text.split(",") if v.strip())


ARCH_OPTIONS = {  # command-line flag -> (architecture parameter, type)
    "--code-size": ("code_size", int), "--hidden": ("hidden", _ints), "--filters": ("filters", _ints),
    "--l1": ("l1", float), "--code-activation": ("code_activation", str),
}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--variant", choices=list(zoo.REGISTRY))
    which.add_argument("--recipe", choices=list(zoo.RECIPES))
    for flag, (name, kind) in {**TRAIN_OPTIONS, **ARCH_OPTIONS}.items():
        parser.add_argument(flag, dest=name, type=kind, help=f"override {name}")
    parser.add_argument("--dataset", default="mnist", choices=list(data.REGISTRY))
    parser.add_argument("--data", help="folder holding the dataset (default: the usual search)")
    parser.add_argument("--download", action="store_true", help="download the dataset if it is missing")
    parser.add_argument("--subset", type=int, help="train on only this many training digits")
    parser.add_argument("--out", type=Path, help="model file to write (default: <name>.keras)")
    parser.add_argument("--checkpoint", type=Path, help="folder for per-epoch checkpoints")
    parser.add_argument("--resume", action="store_true", help="continue from --checkpoint")
    parser.add_argument("--tensorboard", type=Path, help="write TensorBoard logs here")
    parser.add_argument("--verbose", action="store_true", help="also show TensorFlow's start-up messages")
    return parser.parse_args(argv)


def build_spec(args: argparse.Namespace) -> zoo.ModelSpec:
    """The chosen variant or recipe with the command line's overrides applied."""
    spec = zoo.get(args.variant or args.recipe)
    train = {name: getattr(args, name) for name, _ in TRAIN_OPTIONS.values() if getattr(args, name) is not None}
    arch = {name: getattr(args, name) for name, _ in ARCH_OPTIONS.values() if getattr(args, name) is not None}
    return spec.customized(arch=arch, **train)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    quiet.import_keras(args.verbose)
    try:
        spec = build_spec(args)
    except ValueError as exc:
        log.error("%s", exc)
        return 2
    problems = spec.train.problems()
    if problems:
        log.error("invalid settings: %s", "; ".join(f"{k}: {v}" for k, v in problems.items()))
        return 2
    try:
        dataset = data.load(args.dataset, args.data, download=args.download)
    except data.DatasetError as exc:
        log.error("%s", exc)
        return 2
    from ae_models import store
    from ae_models.cli.progress import batch_bar, epoch_logger
    from ae_models.evaluation import evaluate
    from ae_models.training import Hooks, TrainingError, train

    hooks = Hooks(on_batch=batch_bar() if sys.stderr.isatty() else None,
                  on_epoch=epoch_logger(spec.name, spec.train.epochs))
    try:
        result = train(spec, dataset, hooks, checkpoint_dir=args.checkpoint, resume=args.resume,
                       subset=args.subset, tensorboard_dir=args.tensorboard)
    except TrainingError as exc:
        log.error("%s", exc)
        return 1
    test = evaluate(result.autoencoder, spec, dataset)
    out = args.out or Path(f"{spec.name}.keras")
    store.save(result.autoencoder, out, {**result.sidecar(args.dataset), "test": test})
    log.info("test BCE %.4f, MSE %.4f; saved %s", test["test_bce"], test["test_mse"], out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
