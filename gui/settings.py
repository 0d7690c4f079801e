"""Reading QSettings defensively: a value of the wrong type (a hand-edited or damaged settings file)
falls back to its default with one log line, so a bad setting never stops the app from starting."""

from __future__ import annotations

import logging
import math
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)
T = TypeVar("T")
BOOLS = {"true": True, "false": False, "1": True, "0": False}
MAX_INT = 2**31 - 1  # what Qt's int widgets take
MAX_FLOAT = 1e6  # far above any size, level or rate stored here, far below what overflows a slider


def _convert(raw: Any, kind: type) -> Any:
    """``raw`` as ``kind``, accepting only what QSettings itself writes for it; raises ValueError."""
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in BOOLS:
            return BOOLS[raw.lower()]
    elif kind is int:
        value = raw if isinstance(raw, int) and not isinstance(raw, bool) else None
        if isinstance(raw, str) and raw.strip().lstrip("+-").isdigit():
            value = int(raw)
        if value is not None and abs(value) <= MAX_INT:
            return value
    elif kind is float:
        if isinstance(raw, (int, float, str)) and not isinstance(raw, bool):
            number = float(raw)
            if math.isfinite(number) and abs(number) <= MAX_FLOAT:
                return number
    elif isinstance(raw, kind):
        return raw
    raise ValueError(f"not a {kind.__name__}")


def read(settings: QSettings, key: str, default: T, kind: type | None = None) -> T:
    """``settings.value(key)`` as ``kind`` (default: the default's type); ``default`` when missing or bad."""
    raw = settings.value(key)
    if raw is None:
        return default
    kind = kind or type(default)
    try:
        return _convert(raw, kind)
    except ValueError:
        where = "/".join(p for p in (settings.group(), key) if p)
        log.warning("ignoring the setting %s = %.60r (expected %s); using %r", where, raw, kind.__name__, default)
        return default


def read_state(settings: QSettings, key: str) -> QByteArray | None:
    """A saved widget state or geometry (``saveState``/``saveGeometry``), or None when missing or bad."""
    return read(settings, key, None, QByteArray)


def restore_splitters(settings: QSettings, splitters: dict) -> None:
    """``{key: splitter}``: restore each saved state; a damaged one keeps the splitter's default sizes."""
    for key, splitter in splitters.items():
        state = read_state(settings, key)
        if state is not None and not splitter.restoreState(state):
            log.warning("ignoring the damaged splitter state %s", key)
