"""Keep the translations in step with the code: extract the app's messages, compile the catalogues.

    python scripts/translations.py update    # pyside6-lupdate: new messages into every .ts (then translate them)
    python scripts/translations.py release   # pyside6-lrelease: every .ts into its .qm (commit both)
    python scripts/translations.py check     # what `update` would change, without writing; exit 1 if anything

The sources are every ``.py`` under ``gui/`` and ``ae_models/`` (the engine marks its strings with a Qt-free
``QT_TRANSLATE_NOOP``). The catalogues are ``resources/translations/studio_<lang>.ts`` for each language
of ``gui.i18n.LANGUAGES`` but English, the language of the sources; English has one too, of the plural
messages only (``%n``), which gives their singular and plural forms ("1 model", "2 models"). Locations are left out of the files,
so moving code does not change them; a translator finds a message by its context (the class) and text.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "zh_CN", "zh_TW", "ja", "fa")  # gui.i18n.LANGUAGES without English (no Qt import here)
PLURALS_ONLY = "en"  # the sources' language: only its plural forms need a catalogue
TOOLS = Path(sys.executable).parent


def sources() -> list[Path]:
    return sorted(p for folder in ("gui", "ae_models") for p in (ROOT / folder).rglob("*.py"))


def catalogue(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"studio_{language}.ts"


def _tool(name: str) -> str:
    found = TOOLS / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def lupdate(ts_files: list[Path], plurals_only: bool = False) -> None:
    """Merge the sources' messages into ``ts_files`` (created when missing); obsolete ones are dropped."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(p) for p in sources()))
    try:
        subprocess.run([_tool("pyside6-lupdate"), f"@{listing.name}", "-locations", "none", "-no-obsolete",
                        "-silent", *(["-pluralonly"] if plurals_only else []), "-ts", *map(str, ts_files)], check=True)
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


@dataclass
class Gaps:
    """What a catalogue lacks against the sources: messages by (context, source)."""

    missing: list[tuple[str, str]] = field(default_factory=list)     # in the code, not in the file
    unfinished: list[tuple[str, str]] = field(default_factory=list)  # in the file, not translated
    obsolete: list[tuple[str, str]] = field(default_factory=list)    # in the file, gone from the code

    def __bool__(self) -> bool:
        return bool(self.missing or self.unfinished or self.obsolete)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """The messages of a .ts file by (context, source text[, comment]) -> its <message>."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", "") + (f" [{message.findtext('comment')}]"
                                                            if message.find("comment") is not None else ""))
            out[key] = message
    return out


def fresh_messages() -> dict[tuple[str, str], bool]:
    """The messages the sources hold now (extracted into a temporary file), each with whether it is plural."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate([fresh])
        return {key: message.get("numerus") == "yes" for key, message in messages(fresh).items()}


def gaps(language: str, fresh: dict[tuple[str, str], bool]) -> Gaps:
    """Compare the committed catalogue with the sources' messages (see ``fresh_messages``)."""
    wanted = {key for key, plural in fresh.items() if plural or language != PLURALS_ONLY}
    have = messages(catalogue(language)) if catalogue(language).exists() else {}
    result = Gaps(missing=sorted(wanted - set(have)), obsolete=sorted(set(have) - wanted))
    for key in sorted(wanted & set(have)):
        translation = have[key].find("translation")
        forms = [translation.text or ""] if not len(translation) else [f.text or "" for f in translation]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            result.unfinished.append(key)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    if args.command == "update":
        lupdate([catalogue(lang) for lang in LANGUAGES])
        lupdate([catalogue(PLURALS_ONLY)], plurals_only=True)
    elif args.command == "release":
        for lang in (*LANGUAGES, PLURALS_ONLY):
            lrelease(catalogue(lang), catalogue(lang).with_suffix(".qm"))
    else:
        failed = False
        fresh = fresh_messages()
        for lang in (*LANGUAGES, PLURALS_ONLY):
            found = gaps(lang, fresh)
            failed |= bool(found)
            print(f"{lang}: {len(found.missing)} missing, {len(found.unfinished)} unfinished, "
                  f"{len(found.obsolete)} obsolete")
            for kind in ("missing", "unfinished", "obsolete"):
                for context, source in getattr(found, kind)[:20]:
                    print(f"  {kind}: [{context}] {source[:100]!r}")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
