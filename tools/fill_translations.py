"""Fill unfinished messages of the .ts files from a table, for strings translated outside Qt
Linguist (by hand, in review). Usage:

    python tools/fill_translations.py TABLE.json

TABLE maps each English source text to ``{"cs": ..., "ru": ..., "es": ...}``; a plural
(``%n``) source maps each language to a list of forms, in the language's Qt order (cs: one,
few, many; ru: one, few, many; es: one, other). Only messages marked unfinished are touched,
with the same text layout lupdate writes, so the next ``make update-translations`` changes
nothing. Prints what is still unfinished.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "agentdesk" / "translations"
MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
UNFINISHED = re.compile(
    r'<translation type="unfinished">(.*?)</translation>|<translation type="unfinished"/>', re.S
)


def escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def fill(ts_text: str, language: str, table: dict[str, dict[str, str | list[str]]]) -> str:
    def one(match: re.Match[str]) -> str:
        whole, body = match.group(0), match.group(2)
        source = SOURCE.search(body)
        if source is None or not UNFINISHED.search(body):
            return whole
        wanted = table.get(html.unescape(source.group(1)), {}).get(language)
        if wanted is None:
            return whole
        if isinstance(wanted, list):
            forms = "".join(
                f"\n            <numerusform>{escape(form)}</numerusform>" for form in wanted
            )
            done = f"<translation>{forms}\n        </translation>"
        else:
            done = f"<translation>{escape(wanted)}</translation>"
        return whole.replace(UNFINISHED.search(body).group(0), done, 1)  # type: ignore[union-attr]

    return MESSAGE.sub(one, ts_text)


def main(table_path: str) -> int:
    table = json.loads(Path(table_path).read_text(encoding="utf-8"))
    left = 0
    for ts in sorted(FOLDER.glob("agentdesk_*.ts")):
        language = ts.stem.split("_", 1)[1]
        text = fill(ts.read_text(encoding="utf-8"), language, table)
        ts.write_text(text, encoding="utf-8")
        for message in MESSAGE.finditer(text):
            if UNFINISHED.search(message.group(2)):
                source = SOURCE.search(message.group(2))
                print(f"{ts.name}: unfinished: {source.group(1) if source else '?'}")
                left += 1
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
