"""Where the project's shipped files live."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = ROOT / "resources" / "models"
MANIFEST = MODELS_DIR / "manifest.json"
