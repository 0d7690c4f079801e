"""Train the shipped weights: ``python -m ae_models.cli.pretrain [--only NAME ...] [--resume]``.

Each variant is trained on MNIST with its spec's recipe, checkpointed every epoch under ``--work`` (so an
interrupted run continues with ``--resume``), measured on the test set and, only when it meets its
target, written to ``resources/models/`` and listed in ``manifest.json`` and ``docs/MODELS.md``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import re
import sys
from pathlib import Path

import ae_models
from ae_models import data, quiet, shipped, store, zoo
from ae_models.resources import MANIFEST, MODELS_DIR, ROOT

log = logging.getLogger("ae_models.cli.pretrain")


def current_manifest(path: Path = MANIFEST) -> dict:
    """The manifest to extend: empty for a new folder; a damaged one raises ManifestError (never overwritten)."""
    return shipped.read_manifest(path) if path.exists() else {"variants": {}}


def shortfalls(name: str, test: dict, reference: dict | None = None) -> list[str]:
    """Why a variant's test metrics miss its targets (empty when it passes); ``reference`` holds the
    vanilla model's noisy-input errors, which a denoiser's are compared with."""
    spec = zoo.REGISTRY[name]
    out = []
    if spec.target_bce is not None and test["test_bce"] > spec.target_bce:
        out.append(f"test BCE {test['test_bce']:.4f} > target {spec.target_bce}")
    if spec.target_zero_share is not None and test["code_zero_share"] < spec.target_zero_share:
        out.append(f"zero share {test['code_zero_share']:.3f} < target {spec.target_zero_share}")
    if spec.target_spread_ratio is not None and test["code_spread_ratio"] > spec.target_spread_ratio:
        out.append(f"spread ratio {test['code_spread_ratio']:.2f} > target {spec.target_spread_ratio}")
    if spec.target_noise_ratio is not None:
        if reference is None:
            return [*out, f"the {zoo.NOISE_REFERENCE} model must ship first: noisy errors are compared with it"]
        for key in (k for k in reference if k.startswith("test_bce_")):
            if test[key] > spec.target_noise_ratio * reference[key]:
                out.append(f"{key} {test[key]:.4f} > {spec.target_noise_ratio} × {zoo.NOISE_REFERENCE}'s "
                           f"{reference[key]:.4f}")
    return out


def reference_errors(name: str, mnist: data.Dataset, models_dir: Path = MODELS_DIR) -> dict | None:
    """The shipped vanilla model's noisy-input errors when ``name`` is measured against them, else None."""
    from ae_models.evaluation import noisy_bce

    path = models_dir / f"{zoo.NOISE_REFERENCE}.keras"
    if zoo.REGISTRY[name].target_noise_ratio is None or not path.is_file():
        return None
    model, _ = store.load(path)
    return noisy_bce(model, zoo.REGISTRY[zoo.NOISE_REFERENCE], mnist)


def _train_stages(spec: zoo.ModelSpec, mnist: data.Dataset, work: Path, resume: bool):
    """The trained result (after the refine stage, if any), the spec it was last trained with, its stages."""
    from ae_models.cli.progress import epoch_logger
    from ae_models.training import Hooks, train

    name = spec.name
    log.info("training %s: %s", name, spec.train)
    result = train(spec, mnist, Hooks(on_epoch=epoch_logger(name, spec.train.epochs)),
                   checkpoint_dir=work / name, resume=resume)
    stages = [result.sidecar("mnist")]
    if spec.refine is not None:
        first = result.autoencoder
        spec = dataclasses.replace(spec, train=spec.stages[1])
        log.info("refining %s: %s", name, spec.train)
        result = train(spec, mnist, Hooks(on_epoch=epoch_logger(f"{name} (refine)", spec.train.epochs)),
                       checkpoint_dir=work / f"{name}-refine", resume=resume, initial=first)
        stages.append(result.sidecar("mnist"))
    return result, spec, stages


def replaced(spec: zoo.ModelSpec, mnist: data.Dataset, out_dir: Path) -> dict | None:
    """The model about to be replaced, measured as the new one is (for MODELS.md's before-and-after)."""
    from ae_models.evaluation import measure_test_set

    path = out_dir / f"{spec.name}.keras"
    if not path.is_file():
        return None
    try:
        model, sidecar = store.load(path)
    except store.ModelFileError as exc:
        log.warning("the model being replaced cannot be measured: %s", exc)
        return None
    return {"sha256": sidecar.get("sha256"), "epochs_total": sidecar.get("epochs_total", sidecar.get("epochs_done")),
            "test": measure_test_set(model, spec, mnist)}


def pretrain_one(name: str, mnist: data.Dataset, work: Path, resume: bool, out_dir: Path,
                 manifest_path: Path, overrides: dict) -> bool:
    """Train, measure and (if it passes) ship one variant; True when it shipped."""
    from ae_models.evaluation import measure_test_set

    result, spec, stages = _train_stages(zoo.REGISTRY[name].customized(**overrides), mnist, work, resume)
    test = measure_test_set(result.autoencoder, spec, mnist)
    log.info("%s test: %s", name, json.dumps({k: round(v, 5) for k, v in test.items()}))
    reference = reference_errors(name, mnist, out_dir)
    misses = shortfalls(name, test, reference)
    meta = {**result.sidecar("mnist", test=test),
            "stages": [{k: st[k] for k in ("train", "epochs_done", "best_epoch")} for st in stages],
            "epochs_total": sum(st["epochs_done"] for st in stages)}
    if reference is not None:
        meta["reference_test"] = reference
    if misses:
        store.save(result.autoencoder, work / name / "final.keras", meta)
        log.warning("%s misses its target (%s); kept in %s, not shipped", name, "; ".join(misses), work / name)
        return False
    previous = replaced(spec, mnist, out_dir)
    if previous is not None:
        meta["replaced"] = previous
    sidecar = store.save(result.autoencoder, out_dir / f"{name}.keras", meta)
    manifest = current_manifest(manifest_path)
    manifest["variants"][name] = {k: v for k, v in sidecar.items() if k != "history"}
    store.write_json(manifest_path, manifest)
    write_models_doc(manifest, ROOT / "docs" / "MODELS.md")
    log.info("%s shipped to %s", name, out_dir / f"{name}.keras")
    return True


MEASURES = {  # test key -> (label, spec field of its target, "≤" or "≥", format)
    "test_bce": ("test BCE", "target_bce", "≤", "{:.4f}"),
    "code_zero_share": ("code values exactly zero", "target_zero_share", "≥", "{:.1%}"),
    "code_spread_ratio": ("widest class's spread / median's", "target_spread_ratio", "≤", "{:.2f}×"),
    **{f"test_bce_{kind}": (f"BCE under {kind} noise 0.5", "target_noise_ratio", "≤", "{:.4f}")
       for kind in ("gaussian", "salt-and-pepper", "masking")},
}


def _target(spec: zoo.ModelSpec, key: str, entry: dict) -> str:
    _, field, sign, form = MEASURES[key]
    value = getattr(spec, field)
    if field == "target_noise_ratio":
        return f"≤ {value} × {entry['reference_test'][key]:.4f} ({zoo.NOISE_REFERENCE})"
    return f"{sign} {form.format(value)}"


def _before_after(manifest: dict) -> list[str]:
    rows = ["| variant | measure | replaced model | now | target |", "| --- | --- | ---: | ---: | --- |"]
    for name in (n for n in zoo.REGISTRY if "replaced" in manifest["variants"].get(n, {})):
        entry = manifest["variants"][name]
        old, new = entry["replaced"]["test"], entry["test"]
        spec = zoo.REGISTRY[name]
        for key in (k for k in MEASURES if k in new and k in old and getattr(spec, MEASURES[k][1]) is not None):
            label, form = MEASURES[key][0], MEASURES[key][3]
            rows.append(f"| {name} | {label} | {form.format(old[key])} | {form.format(new[key])} "
                        f"| {_target(spec, key, entry)} |")
    return rows if len(rows) > 2 else []


def write_models_doc(manifest: dict, path: Path) -> None:
    """docs/MODELS.md: the shipped models and their test figures beside the tutorials' and, for the
    retrained ones, beside the figures of the models they replaced."""
    rows = ["| variant | parameters | code | compression | epochs | test BCE | test MSE | code Hoyer "
            "| zeros | tutorial's figure | target |",
            "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name in (n for n in zoo.REGISTRY if n in manifest["variants"]):
        m = manifest["variants"][name]
        t = m["test"]
        code = "×".join(str(v) for v in m["code_shape"])
        published = f"{m['published_bce']}" if m.get("published_bce") else "—"
        zeros = f"{t['code_zero_share']:.0%}" if "code_zero_share" in t else "—"
        target = f"≤ {m['target_bce']:.4f}" if m.get("target_bce") is not None else "—"
        rows.append(f"| {name} | {m['params']:,} | {code} | {m['compression']:.1f}× | {m.get('epochs_total', m['epochs_done'])} "
                    f"| {t['test_bce']:.4f} | {t['test_mse']:.4f} | {t['code_hoyer']:.3f} | {zeros} | {published} "
                    f"| {target} |")
    changes = _before_after(manifest)
    text = (f"# Shipped models (Autoencoder Studio {ae_models.__version__})\n\n"
            "Made by `python -m ae_models.cli.pretrain` on MNIST (validation split of the "
            "training set; the test set only measures). Test BCE is the mean over all 10,000 test digits and "
            "784 pixels, predictions clipped to [1e-7, 1 − 1e-7]; the denoiser's inputs carry Gaussian noise "
            "0.5 from `numpy.random.default_rng(0)`. Code Hoyer is the mean Hoyer sparsity of the test codes "
            "(1 = one active value, 0 = all equal); zeros, the share of code values exactly zero on the "
            "average test digit. A variant with a refine stage (see its spec in "
            "`ae_models/zoo.py`) was trained further by a second, gentler cosine cycle starting from the first "
            "cycle's weights; the epochs column counts both.\n\n" + "\n".join(rows) + "\n")
    if changes:
        text += ("\n## Retrained models, beside the ones they replaced\n\nBoth measured the same way on the "
                 "test set. A class's spread is the square root of the determinant of its codes' covariance. "
                 "Salt-and-pepper and masking inputs come from `ae_models.noise.NoisePattern.draw(seed=0)`, as "
                 "in the app's noise panel.\n\n" + "\n".join(changes) + "\n")
    text += ("\nWhere the files are: `resources/models/` in a clone (`ae_models/_bundled/models/` in an installed "
             "package) holds each `<variant>.keras`, its sidecar `<variant>.json` (settings, history, test metrics) "
             "and `manifest.json`, which lists every shipped file with its SHA-256, checked when the app loads it. "
             "Training settings per variant are in the manifest too.\n")
    # Sections other tools wrote below (from the first "## " heading other than this writer's own) stay.
    previous = path.read_text() if path.is_file() else ""
    kept = "".join(section for section in re.split(r"(?=\n## )", previous)[1:]
                   if not section.startswith("\n## Retrained models"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=list(zoo.REGISTRY), help="train just these variants")
    parser.add_argument("--resume", action="store_true", help="continue from the last epoch checkpoints")
    parser.add_argument("--force", action="store_true", help="retrain variants already in the manifest")
    parser.add_argument("--work", type=Path, default=ROOT / "runs" / "pretrain", help="checkpoint folder")
    parser.add_argument("--out", type=Path, default=MODELS_DIR, help="where shipped models go")
    parser.add_argument("--epochs", type=int, help="override every variant's epochs (for trials)")
    parser.add_argument("--data", help="folder holding mnist/ (default: the usual search)")
    parser.add_argument("--verbose", action="store_true", help="also show TensorFlow's start-up messages")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    quiet.import_keras(args.verbose)
    manifest_path = args.out / MANIFEST.name
    try:
        current_manifest(manifest_path)
        mnist = data.load("mnist", args.data)
    except (shipped.ManifestError, data.DatasetError) as exc:
        log.error("%s", exc)
        return 2
    overrides = {"epochs": args.epochs} if args.epochs else {}
    failed = []
    for name in args.only or list(zoo.REGISTRY):
        if name in current_manifest(manifest_path)["variants"] and not args.force:
            log.info("%s already ships; skipping (use --force to retrain)", name)
            continue
        if not pretrain_one(name, mnist, args.work, args.resume, args.out, manifest_path, overrides):
            failed.append(name)
    if failed:
        log.warning("not shipped: %s", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
