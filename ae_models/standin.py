"""Untrained stand-ins for the shipped models, written to a folder with a manifest like the real ones.

They cost exactly what trained models cost to load and run, so tests, benchmarks and UI work need not
wait for (or depend on) the shipped weights. Point ``AE_STUDIO_MODELS`` at the folder to use them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ae_models import store, zoo
from ae_models.resources import MANIFEST


def write_untrained(folder: str | Path, names: Iterable[str] | None = None) -> Path:
    """Save freshly initialised autoencoders of ``names`` (default: every variant) and a manifest."""
    from ae_models.architectures import build

    folder = Path(folder)
    variants = {}
    for name in names or zoo.REGISTRY:
        spec = zoo.REGISTRY[name]
        model = build(spec).autoencoder
        sidecar = store.save(model, folder / f"{name}.keras", {"variant": name, "code_shape": list(spec.code_shape)})
        variants[name] = {"file": sidecar["file"], "sha256": sidecar["sha256"]}
    store.write_json(folder / MANIFEST.name, {"variants": variants})
    return folder
