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
import sys
from pathlib import Path

import ae_models
from ae_models import data, quiet, shipped, store, zoo
from ae_models.resources import MANIFEST, MODELS_DIR, ROOT

log = logging.getLogger("ae_models.cli.pretrain")
SPARSITY_FACTOR = 1.7  # the sparse code must be at least this many times as sparse (Hoyer) as vanilla's


def current_manifest(path: Path = MANIFEST) -> dict:
    """The manifest to extend: empty for a new folder; a damaged one raises ManifestError (never overwritten)."""
    return shipped.read_manifest(path) if path.exists() else {"variants": {}}


def shortfalls(name: str, test: dict, manifest: dict) -> list[str]:
    """Why a variant's test metrics miss its target (empty when it passes)."""
    spec = zoo.REGISTRY[name]
    out = []
    if spec.target_bce is not None and test["test_bce"] > spec.target_bce:
        out.append(f"test BCE {test['test_bce']:.4f} > target {spec.target_bce}")
    if name == "sparse":
        vanilla = manifest["variants"].get("vanilla")
        if vanilla is None:
            out.append("the vanilla model must ship first: sparsity is measured against it")
        elif test["code_hoyer"] < SPARSITY_FACTOR * vanilla["test"]["code_hoyer"]:
            out.append(f"code Hoyer {test['code_hoyer']:.3f} < {SPARSITY_FACTOR} × vanilla's "
                       f"{vanilla['test']['code_hoyer']:.3f}")
    return out


def pretrain_one(name: str, mnist: data.Dataset, work: Path, resume: bool, out_dir: Path,
                 manifest_path: Path, overrides: dict) -> bool:
    """Train, measure and (if it passes) ship one variant; True when it shipped."""
    from ae_models.cli.progress import epoch_logger
    from ae_models.evaluation import evaluate
    from ae_models.training import Hooks, train

    spec = zoo.REGISTRY[name].customized(**overrides)
    log.info("training %s: %s", name, spec.train)
    result = train(spec, mnist, Hooks(on_epoch=epoch_logger(name, spec.train.epochs)),
                   checkpoint_dir=work / name, resume=resume)
    stages = [result.sidecar("mnist")]
    if spec.refine is not None:
        first = result.autoencoder
        spec = dataclasses.replace(spec, train=dataclasses.replace(
            spec.refine, seed=spec.train.seed + 1, noise_factor=spec.train.noise_factor))
        log.info("refining %s: %s", name, spec.train)
        result = train(spec, mnist, Hooks(on_epoch=epoch_logger(f"{name} (refine)", spec.train.epochs)),
                       checkpoint_dir=work / f"{name}-refine", resume=resume, initial=first)
        stages.append(result.sidecar("mnist"))
    test = evaluate(result.autoencoder, spec, mnist)
    log.info("%s test: %s", name, json.dumps({k: round(v, 5) for k, v in test.items()}))
    manifest = current_manifest(manifest_path)
    misses = shortfalls(name, test, manifest)
    meta = {**result.sidecar("mnist"), "test": test, "target_bce": spec.target_bce,
            "stages": [{k: st[k] for k in ("train", "epochs_done", "best_epoch")} for st in stages],
            "epochs_total": sum(st["epochs_done"] for st in stages),
            "published_bce": spec.published_bce, "params": int(result.autoencoder.count_params()),
            "code_shape": list(spec.code_shape), "compression": spec.compression}
    if misses:
        store.save(result.autoencoder, work / name / "final.keras", meta)
        log.warning("%s misses its target (%s); kept in %s, not shipped", name, "; ".join(misses), work / name)
        return False
    sidecar = store.save(result.autoencoder, out_dir / f"{name}.keras", meta)
    manifest = current_manifest(manifest_path)
    manifest["variants"][name] = {k: v for k, v in sidecar.items() if k != "history"}
    store.write_json(manifest_path, manifest)
    write_models_doc(manifest, ROOT / "docs" / "MODELS.md")
    log.info("%s shipped to %s", name, out_dir / f"{name}.keras")
    return True


def write_models_doc(manifest: dict, path: Path) -> None:
    """docs/MODELS.md: the shipped models and their test figures beside the tutorials'."""
    rows = ["| variant | parameters | code | compression | epochs | test BCE | test MSE | code Hoyer "
            "| tutorial's figure | target |",
            "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name in (n for n in zoo.REGISTRY if n in manifest["variants"]):
        m = manifest["variants"][name]
        t = m["test"]
        code = "×".join(str(v) for v in m["code_shape"])
        published = f"{m['published_bce']}" if m.get("published_bce") else "—"
        rows.append(f"| {name} | {m['params']:,} | {code} | {m['compression']:.1f}× | {m.get('epochs_total', m['epochs_done'])} "
                    f"| {t['test_bce']:.4f} | {t['test_mse']:.4f} | {t['code_hoyer']:.3f} | {published} "
                    f"| ≤ {m['target_bce']:.4f} |")
    text = (f"# Shipped models (Autoencoder Studio {ae_models.__version__})\n\n"
            "Made by `python -m ae_models.cli.pretrain` on MNIST (validation split of the "
            "training set; the test set only measures). Test BCE is the mean over all 10,000 test digits and "
            "784 pixels, predictions clipped to [1e-7, 1 − 1e-7]; the denoiser's inputs carry Gaussian noise "
            "0.5 from `numpy.random.default_rng(0)`. Code Hoyer is the mean Hoyer sparsity of the test codes "
            "(1 = one active value, 0 = all equal). A variant with a refine stage (see its spec in "
            "`ae_models/zoo.py`) was trained further by a second, gentler cosine cycle starting from the first "
            "cycle's weights; the epochs column counts both.\n\n" + "\n".join(rows) + "\n\nWhere the files are: "
            "`resources/models/` in a clone (`ae_models/_bundled/models/` in an installed package) holds each "
            "`<variant>.keras`, its sidecar `<variant>.json` (settings, history, test metrics) and "
            "`manifest.json`, which lists every shipped file with its SHA-256, checked when the app loads it. "
            "Training settings per variant are in the manifest too.\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


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
