"""Headless training over the same engine as the app.

    python -m ae_models.cli.train --recipe tutorial-vanilla-adadelta
    python -m ae_models.cli.train --variant conv --epochs 5 --out conv5.keras --checkpoint runs/conv5 --resume
    python -m ae_models.cli.train --recipe tutorial-vanilla-adadelta --print-code > adadelta.py

Any training setting or architecture parameter can be overridden; the model and its JSON sidecar
(settings, dataset, history, test metrics) are written atomically to ``--out``. Every value and the
output path are checked before the first epoch (exit 2 with one line); if the final save still fails,
the model goes to a fallback file beside the checkpoint (or in the temporary folder) and the run says where.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from ae_models import data, devices, quiet, store, zoo
from ae_models.i18n import Text

log = logging.getLogger("ae_models.cli.train")

def _words(text: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in text.split(",") if v.strip())


TRAIN_OPTIONS: dict[str, tuple[str, Callable[[str], Any]]] = {  # command-line flag -> (TrainConfig field, type)
    "--epochs": ("epochs", int), "--batch-size": ("batch_size", int), "--optimizer": ("optimizer", str),
    "--learning-rate": ("learning_rate", float), "--schedule": ("schedule", str), "--loss": ("loss", str),
    "--warmup-epochs": ("warmup_epochs", int), "--noise-factor": ("noise_factor", float),
    "--noise-kinds": ("noise_kinds", _words), "--seed": ("seed", int),
    "--validation-size": ("validation_size", int), "--patience": ("patience", int),
}


def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(v) for v in text.split(",") if v.strip())


ARCH_OPTIONS: dict[str, tuple[str, Callable[[str], Any]]] = {  # command-line flag -> (architecture parameter, type)
    "--code-size": ("code_size", int), "--hidden": ("hidden", _ints), "--filters": ("filters", _ints),
    "--l1": ("l1", float), "--code-activation": ("code_activation", str), "--top-k": ("top_k", int),
}
FLAGS = {name: flag for flag, (name, _) in {**TRAIN_OPTIONS, **ARCH_OPTIONS}.items()}
MIN_SUBSET = 100  # as the form's smallest choice: a fifth is held out, and both parts must be real


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
    parser.add_argument("--subset", type=int, help=f"train on only this many training digits (at least {MIN_SUBSET})")
    parser.add_argument("--out", type=Path, help="model file to write (default: <name>.keras)")
    parser.add_argument("--checkpoint", type=Path, help="folder for per-epoch checkpoints")
    parser.add_argument("--resume", action="store_true", help="continue from --checkpoint")
    parser.add_argument("--tensorboard", type=Path, help="write TensorBoard logs here")
    parser.add_argument("--print-code", action="store_true",
                        help="print a self-contained Keras script for these settings and exit (no training)")
    parser.add_argument("--verbose", action="store_true", help="also show TensorFlow's start-up messages")
    parser.add_argument("--devices", default="auto", type=devices.parse_option,
                        help="auto (all GPUs, else the CPU), a number (without a GPU: that many logical CPU "
                             "devices, for testing) or device ids such as GPU:0,GPU:1")
    return parser.parse_args(argv)


def build_spec(args: argparse.Namespace) -> zoo.ModelSpec:
    """The chosen variant or recipe with the command line's overrides applied."""
    spec = zoo.get(args.variant or args.recipe)
    train = {name: getattr(args, name) for name, _ in TRAIN_OPTIONS.values() if getattr(args, name) is not None}
    arch = {name: getattr(args, name) for name, _ in ARCH_OPTIONS.values() if getattr(args, name) is not None}
    return spec.customized(arch=arch, **train)


def settings_problem(spec: zoo.ModelSpec, args: argparse.Namespace) -> str | None:
    """One line naming every flag whose value the engine would refuse (zoo.ModelSpec.problems), or None."""
    problems: dict[str, Text | str] = {FLAGS.get(key, key): text for key, text in spec.problems().items()}
    if args.subset is not None and args.subset < MIN_SUBSET:
        problems["--subset"] = f"at least {MIN_SUBSET} digits"
    if not problems:
        return None
    return "invalid settings: " + "; ".join(f"{flag} must be {text}" for flag, text in problems.items())


def out_problem(out: Path) -> str | None:
    """Why the model cannot be written to ``out`` (checked by writing its temporary there), or None."""
    if len(os.fsencode(out.name)) > 255:
        return f"--out: the file name is {len(os.fsencode(out.name))} bytes long; at most 255 fit on most disks"
    if out.is_dir():
        return f"--out {out} is a folder; give a file name such as {out / 'model.keras'}"
    if out.suffix != ".keras":
        return f"--out {out}: a model file name must end in .keras (for example {out.name}.keras)"
    probe = store.temporary_path(out, ".keras")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
    except OSError as exc:
        return f"--out {out} cannot be written: {exc.strerror or exc}"
    finally:
        probe.unlink(missing_ok=True)
    return None


def save_with_fallback(model, out: Path, meta: dict, checkpoint: Path | None) -> tuple[Path, str | None]:
    """Save to ``out``; when that fails, to a fallback file (beside the checkpoint, else the temporary
    folder) so a finished run is never lost. Returns where it went and why ``out`` failed (or None)."""
    try:
        store.save(model, out, meta)
        return out, None
    except OSError as exc:
        reason = exc.strerror or str(exc)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for folder in ([checkpoint] if checkpoint is not None else []) + [Path(tempfile.gettempdir())]:
        fallback = folder / f"{out.stem[:100]}-unsaved-{stamp}-{os.getpid()}.keras"
        try:
            store.save(model, fallback, meta)
            return fallback, reason
        except OSError as exc:
            log.error("could not write the fallback %s either: %s", fallback, exc.strerror or exc)
    raise OSError(f"the model could not be written to {out} ({reason}) nor to any fallback folder")


def _announce_devices(option: devices.DeviceOption, main_process: bool) -> list[str] | None:
    """Print the one line saying what trains (process 0 of a job); the chosen ids, or None (logged) when the
    choice cannot be met."""
    try:
        chosen = devices.choose(devices.available(), option)
    except ValueError as exc:
        log.error("%s", exc)
        return None
    noun = "device" if len(chosen) == 1 else "devices"
    if main_process:
        print(f"training on {len(chosen)} {noun}: {', '.join(d.label for d in chosen)}", flush=True)
    return [d.id for d in chosen]


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    with quiet.filtered_stderr(enabled=not args.verbose):
        devices.prepare(args.devices)  # before anything starts TensorFlow or JAX
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    quiet.import_keras(args.verbose)
    logging.getLogger("tensorflow").setLevel(logging.WARNING)  # MirroredStrategy logs every reduction
    try:
        spec = build_spec(args)
    except ValueError as exc:
        log.error("%s", exc)
        return 2
    out = args.out or Path(f"{spec.name}.keras")
    problem = settings_problem(spec, args) or out_problem(out)
    if problem:
        log.error("%s", problem)
        return 2
    for folder in {out.parent, args.checkpoint} - {None}:  # what saves killed over a day ago left behind
        store.remove_stale_temporaries(folder)
    if args.print_code:
        from ae_models.codegen import script

        print(script(spec, spec.train, dataset=args.dataset, subset=args.subset), end="")
        return 0
    try:
        dataset = data.load(args.dataset, args.data, download=args.download)
    except data.DatasetError as exc:
        log.error("%s", exc)
        return 2
    from ae_models.cli.progress import batch_bar, epoch_logger
    from ae_models.training import CheckpointError, Hooks, TrainingError, train

    main_process = devices.is_main()  # in a job of several processes, process 0 reports and writes
    hooks = Hooks(on_batch=batch_bar() if sys.stderr.isatty() and main_process else None,
                  on_epoch=epoch_logger(spec.name, spec.train.epochs) if main_process else None)
    chosen = _announce_devices(args.devices, main_process)
    if chosen is None:
        return 2
    try:
        result = train(spec, dataset, hooks, checkpoint_dir=args.checkpoint, resume=args.resume,
                       subset=args.subset, tensorboard_dir=args.tensorboard if main_process else None,
                       devices=chosen)
    except CheckpointError as exc:
        log.error("%s Rerun without --resume to start over (the checkpoint is then replaced).", exc)
        return 2
    except TrainingError as exc:
        log.error("%s", exc)
        return 1
    if not main_process:
        devices.wait_for_all("saved")
        return 0
    try:
        return _finish(result, spec, dataset, args, out)
    finally:
        devices.wait_for_all("saved")


def _finish(result, spec: zoo.ModelSpec, dataset: data.Dataset, args: argparse.Namespace, out: Path) -> int:
    """Measure the test set and save the model with its sidecar (process 0's part of a job)."""
    from ae_models.evaluation import measure_test_set

    test = measure_test_set(result.autoencoder, spec, dataset)
    saved, failure = save_with_fallback(result.autoencoder, out,
                                        result.sidecar(args.dataset, subset=args.subset, test=test), args.checkpoint)
    if failure:
        log.error("could not write %s (%s); the trained model is saved at %s instead", out, failure, saved)
        return 1
    log.info("test BCE %.4f, MSE %.4f; saved %s", test["test_bce"], test["test_mse"], saved)
    return 0


if __name__ == "__main__":
    sys.exit(main())
