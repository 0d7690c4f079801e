"""Saving what the Explore tab shows: the session (drawing, model input, every model's code and
reconstruction) as NPZ + PNG, and a morph strip as PNG + animated GIF. Each export is all or nothing:
every file goes to a temporary first, and only when all are written are they renamed into place.

PNG and GIF go through Pillow (a matplotlib dependency), imported only when an image is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ae_models.codespace import tile
from ae_models.store import temporary_path

SCALE = 4            # PNG pixels per model pixel, so the sheets are readable
GAP = 2              # black pixels between the panels of a sheet (model pixels)
GIF_FRAME_MS = 80


@dataclass(frozen=True)
class ModelResult:
    """One model's code (any shape) and 28x28 reconstruction of the session's model input."""

    code: np.ndarray
    reconstruction: np.ndarray


def _uint8(image: np.ndarray, scale: int = SCALE) -> np.ndarray:
    grey = np.clip(np.asarray(image, np.float32), 0.0, 1.0) * 255 + 0.5
    return np.kron(grey.astype(np.uint8), np.ones((scale, scale), np.uint8))


def _png(path: Path, image: np.ndarray, scale: int = SCALE) -> None:
    from PIL import Image

    Image.fromarray(_uint8(image, scale)).save(path, format="PNG")


def _gif(path: Path, frames: np.ndarray, frame_ms: int = GIF_FRAME_MS, scale: int = SCALE) -> None:
    from PIL import Image

    images = [Image.fromarray(_uint8(f, scale)) for f in frames]
    images = images + images[-2:0:-1]
    images[0].save(path, format="GIF", save_all=True, append_images=images[1:], duration=frame_ms, loop=0)


def _npz(path: Path, arrays: Mapping[str, np.ndarray]) -> None:
    payload: dict[str, Any] = {k: np.asarray(v) for k, v in arrays.items()}
    with open(path, "wb") as fh:
        np.savez_compressed(fh, **payload)


def write_all(jobs: list[tuple[Path, Callable[[Path], None]]]) -> list[Path]:
    """Write several files all or nothing: each ``writer(temporary)`` first, then every rename; on any
    failure the temporaries and the files already placed are removed and the error is raised."""
    staged = [(temporary_path(path, path.suffix), path, writer) for path, writer in jobs]
    placed: list[Path] = []
    try:
        for tmp, path, writer in staged:
            path.parent.mkdir(parents=True, exist_ok=True)
            writer(tmp)
        for tmp, path, _ in staged:
            os.replace(tmp, path)
            placed.append(path)
    except BaseException:
        for path in placed:
            path.unlink(missing_ok=True)
        raise
    finally:
        for tmp, _, _ in staged:
            tmp.unlink(missing_ok=True)
    return [path for path, _ in jobs]


def session_arrays(drawing: np.ndarray | None, model_input: np.ndarray,
                   results: Mapping[str, ModelResult]) -> dict[str, np.ndarray]:
    """The NPZ layout: ``drawing``, ``model_input``, ``models`` (names), ``code/<name>``, ``reconstruction/<name>``."""
    arrays: dict[str, np.ndarray] = {"model_input": np.asarray(model_input, np.float32),
                                     "models": np.array(list(results), dtype=str)}
    if drawing is not None:
        arrays["drawing"] = np.asarray(drawing, np.float32)
    for name, result in results.items():
        arrays[f"code/{name}"] = np.asarray(result.code, np.float32)
        arrays[f"reconstruction/{name}"] = np.asarray(result.reconstruction, np.float32)
    return arrays


def save_session(stem: str | os.PathLike, drawing: np.ndarray | None, model_input: np.ndarray,
                 results: Mapping[str, ModelResult]) -> list[Path]:
    """Write ``<stem>.npz``, ``<stem>-input.png``, ``<stem>-reconstructions.png`` (input then each model,
    in order) and ``<stem>-drawing.png`` when there is a drawing; returns the paths written."""
    stem = Path(stem)
    stem = stem.with_name(stem.name.removesuffix(".npz"))

    def named(suffix: str) -> Path:
        return stem.with_name(stem.name + suffix)

    panels = np.stack([np.asarray(model_input, np.float32)] +
                      [np.asarray(r.reconstruction, np.float32).reshape(model_input.shape) for r in results.values()])
    arrays = session_arrays(drawing, model_input, results)
    jobs = [(named(".npz"), lambda tmp: _npz(tmp, arrays)),
            (named("-input.png"), lambda tmp: _png(tmp, model_input)),
            (named("-reconstructions.png"), lambda tmp: _png(tmp, tile(panels, len(panels), GAP)))]
    if drawing is not None:
        jobs.append((named("-drawing.png"), lambda tmp: _png(tmp, drawing, scale=1)))
    return write_all(jobs)


def load_session(path: str | os.PathLike) -> tuple[np.ndarray | None, np.ndarray, dict[str, ModelResult]]:
    """Read back what ``save_session`` wrote into the NPZ file."""
    with np.load(path, allow_pickle=False) as data:
        results = {str(n): ModelResult(data[f"code/{n}"], data[f"reconstruction/{n}"]) for n in data["models"]}
        drawing = data["drawing"] if "drawing" in data.files else None
        return drawing, data["model_input"], results


def save_strip(stem: str | os.PathLike, frames: np.ndarray) -> list[Path]:
    """A morph strip as ``<stem>.png`` (frames side by side) and ``<stem>.gif`` (animated)."""
    stem = Path(stem)
    stem = stem.with_name(stem.name.removesuffix(".png"))
    strip = tile(frames, len(frames), GAP)
    return write_all([(stem.with_name(stem.name + ".png"), lambda tmp: _png(tmp, strip)),
                      (stem.with_name(stem.name + ".gif"), lambda tmp: _gif(tmp, frames))])
