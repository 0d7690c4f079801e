"""The keras requirement admits no release with a known ``safe_mode`` bypass, and constraints.txt pins it."""

import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
# The last release of each line that a safe_mode bypass affects: CVE-2025-1550 (< 3.8), CVE-2025-8747 and
# CVE-2025-9906 (< 3.11), CVE-2025-49655 (3.11.0-3.11.2), CVE-2026-1462 (TFSMLayer, < 3.12.1 and 3.13.0-3.13.1).
BYPASSED = ["3.3.3", "3.7.0", "3.10.0", "3.11.2", "3.12.0", "3.13.0", "3.13.1"]


def keras_requirement() -> Requirement:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return next(Requirement(d) for d in project["dependencies"] if Requirement(d).name == "keras")


def test_no_release_with_a_known_safe_mode_bypass_is_allowed():
    allowed = keras_requirement().specifier
    assert not [v for v in BYPASSED if allowed.contains(v)]
    assert allowed.contains("3.14.0")  # the floor: 3.13.2 is safe, 3.14 divides activity penalties by the batch


def test_constraints_pin_an_allowed_keras_exactly():
    [line] = [row for row in (ROOT / "constraints.txt").read_text().splitlines() if row.startswith("keras==")]
    assert keras_requirement().specifier.contains(line.removeprefix("keras=="))
