"""One numbering of code values in every view: from 0, as in ``code[0]`` of an exported session (NumPy).

The exported ``.npz`` files and the engine index codes from 0, so the charts, the hover text and the code
editor do too; a learner who reads value 5 in the app finds it at ``code[5]`` in a notebook.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

FIRST = 0


def value_number(index: int) -> int:
    """The number shown for the code value at array position ``index``."""
    return index + FIRST


def value_label(index: int) -> str:
    """'value 5' for ``code[5]``."""
    return QCoreApplication.translate("CodeNumbering", "value {0}").format(value_number(index))


def map_label(index: int) -> str:
    """'map 2' for the feature map at channel ``index``."""
    return QCoreApplication.translate("CodeNumbering", "map {0}").format(value_number(index))
