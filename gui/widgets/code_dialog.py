"""A read-only window for a generated Keras script: Python colours, line numbers, Copy and Save as….

Shared by the Draw tab's model card and the Train tab. ``show_script`` writes the script for a spec
(``ae_models.codegen``) and opens it; the save dialog is the replaceable ``ask_path`` so tests can answer.
"""

from __future__ import annotations

import keyword
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QRegularExpression, QSize, QStandardPaths, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ae_models import codegen, store
from ae_models.zoo import ModelSpec, TrainConfig
from gui.i18n import engine, error

log = logging.getLogger(__name__)
STRING = r"""(?:[rbf]{0,2})(?:"[^"\\\n]*(?:\\.[^"\\\n]*)*"|'[^'\\\n]*(?:\\.[^'\\\n]*)*')"""
TRIPLE = ('"""', "'''")


def _format(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class PythonHighlighter(QSyntaxHighlighter):
    """Colours keywords, names being defined, decorators, numbers, strings (triple-quoted across lines)
    and comments; one light and one dark set of colours, chosen by the palette's background."""

    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        c = (("#c678dd", "#61afef", "#d19a66", "#98c379", "#7f848e", "#e5c07b") if dark else
             ("#7b1fa2", "#1565c0", "#b45309", "#2e7d32", "#6b7280", "#0e7490"))
        kinds = {"keyword": _format(c[0], bold=True), "name": _format(c[1], bold=True), "number": _format(c[2]),
                 "string": _format(c[3]), "comment": _format(c[4], italic=True), "decorator": _format(c[5])}
        words = "|".join(keyword.kwlist)
        self.rules = [(QRegularExpression(pattern), kinds[kind], group) for pattern, kind, group in (
            (rf"\b(?:{words})\b", "keyword", 0),
            (r"\b(?:def|class)\s+(\w+)", "name", 1),
            (r"^\s*@[\w.]+", "decorator", 0),
            (r"\b\d+(?:\.\d*)?(?:e[-+]?\d+)?\b", "number", 0),
        )]
        # Strings and comments in one pass, so a '#' inside a string and quotes in a comment stay as they are.
        self.string_or_comment = QRegularExpression(rf"({STRING})|(#.*)")
        self.string_format, self.comment_format = kinds["string"], kinds["comment"]

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for expression, fmt, group in self.rules:
            matches = expression.globalMatch(text)
            while matches.hasNext():
                match = matches.next()
                self.setFormat(match.capturedStart(group), match.capturedLength(group), fmt)
        matches = self.string_or_comment.globalMatch(text)
        while matches.hasNext():
            match = matches.next()
            fmt = self.string_format if match.capturedLength(1) else self.comment_format
            self.setFormat(match.capturedStart(), match.capturedLength(), fmt)
        self._triple_quotes(text)

    def _triple_quotes(self, text: str) -> None:
        """Docstrings across lines: block state 1 (single quotes) or 2 (double) means one is still open."""
        state, pos, start = max(self.previousBlockState(), 0), 0, 0
        while True:
            if state == 0:
                hits = [(i, n + 1) for n, quote in enumerate(TRIPLE) if (i := text.find(quote, pos)) >= 0]
                if not hits:
                    break
                start, state = min(hits)
                pos = start + 3
            end = text.find(TRIPLE[state - 1], pos)
            if end < 0:
                self.setFormat(start, len(text) - start, self.string_format)
                break
            self.setFormat(start, end + 3 - start, self.string_format)
            pos, state = end + 3, 0
        self.setCurrentBlockState(state)


class _Gutter(QWidget):
    """The line-number margin; the editor paints it."""

    def __init__(self, editor: CodeView) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.editor.paint_gutter(event)


class CodeView(QPlainTextEdit):
    """Read-only, monospaced, unwrapped code with line numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._update_gutter)
        self._update_margin()
        dark = self.palette().base().color().lightness() < 128
        self.highlighter = PythonHighlighter(self.document(), dark)

    def gutter_width(self) -> int:
        return 12 + self.fontMetrics().horizontalAdvance("9") * len(str(max(1, self.blockCount())))

    @Slot()
    def _update_margin(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    @Slot(QRect, int)
    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        area = self.contentsRect()
        self.gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self.gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.alternateBase())
        painter.setPen(palette.placeholderText().color())
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible():
                painter.drawText(0, top, self.gutter.width() - 6, height, Qt.AlignmentFlag.AlignRight,
                                 str(block.blockNumber() + 1))
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
        painter.end()


def start_folder() -> Path:
    """Where Save as… starts: the user's Documents folder, else the home folder (never the working folder)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class CodeDialog(QDialog):
    """Shows one script; Copy puts all of it on the clipboard, Save as… writes it atomically."""

    def __init__(self, title: str, code: str, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code, self.filename = code, filename
        self.setWindowTitle(title)
        self.view = CodeView()
        self.view.setPlainText(code)
        self.status = QLabel(self.tr("Runs with Keras 3 (any backend) and NumPy; no other package needed."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_button.setToolTip(self.tr("Copy the whole script to the clipboard (Ctrl+Shift+C)"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        for button in (self.copy_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(820, 720)
        self.ask_path = self._ask_path

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.status.setText(self.tr("Copied %n lines to the clipboard.", "", self.code.count("\n")))

    def _ask_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Keras script"),
                                              str(start_folder() / self.filename), self.tr("Python files (*.py)"))
        return path

    @Slot()
    def save_as(self) -> None:
        path = self.ask_path()
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the script to ``path`` in one step (a temporary file, then a rename); False on failure."""
        try:
            with store.atomic_path(path, ".py.tmp") as tmp:
                tmp.write_text(self.code, encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("{0} could not be written ({1}).").format(str(path), error(exc)))
            return False
        log.info("saved the Keras script to %s", path)
        self.status.setText(self.tr("Saved {0}").format(str(path)))
        return True


def show_script(parent: QWidget, spec: ModelSpec, config: TrainConfig | None = None, *,
                dataset: str = "mnist", subset: int | None = None) -> CodeDialog | None:
    """Open a window with the Keras script for ``spec`` (see ``codegen.script``); None, after a message,
    when the settings cannot be written out."""
    try:
        code = codegen.script(spec, config, dataset=dataset, subset=subset)
    except ValueError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("CodeDialog", "No Keras code"), error(exc))
        return None
    title = QCoreApplication.translate("CodeDialog", "Keras code: {0}").format(engine(spec.title))
    dialog = CodeDialog(title, code, f"{spec.name}.py", parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
