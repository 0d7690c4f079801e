"""The fonts plot text is drawn in: DejaVu Sans for Latin and Cyrillic, then one that has the glyphs of the
app's language (matplotlib falls back along the ``font.family`` list glyph by glyph).

Only installed families are named, so a computer without the Noto fonts (Debian: fonts-noto-cjk,
fonts-noto-core) draws with DejaVu Sans and missing glyphs rather than warning on every text.
"""

from __future__ import annotations

from gui import i18n

LATIN = "DejaVu Sans"


def families(language: str, installed: set[str] | frozenset[str]) -> list[str]:
    """The font families for ``language``, in fallback order, among the ``installed`` ones."""
    wanted = [LATIN, i18n.SCRIPT_FONTS[language]] if language in i18n.SCRIPT_FONTS else [LATIN]
    return [family for family in wanted if family in installed] or [LATIN]


def apply_plot_fonts() -> None:
    """Set matplotlib's fonts and text language for the app's language; call before a figure makes text."""
    import matplotlib
    from matplotlib import font_manager

    language = i18n.current()
    installed = {font.name for font in font_manager.fontManager.ttflist}
    matplotlib.rcParams["font.family"] = families(language, installed)
    matplotlib.rcParams["text.language"] = language.replace("_", "-")  # BCP 47, for shaping and glyph forms
