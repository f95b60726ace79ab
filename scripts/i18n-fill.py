#!/usr/bin/env python3
"""Fill translations into translations/ropa_nl.ts and ropa_de.ts from a TSV file.

Usage: scripts/i18n-fill.py FILE.tsv [FILE.tsv ...]

Each line of a TSV file is: context<TAB>source<TAB>Dutch<TAB>German, and for a plural message
(numerus="yes", a %n text) optionally a fifth field with the English forms, which go into
translations/ropa_en.ts (plural forms only, docs/translations.md). A line of three fields,
context<TAB>source<TAB>English, fills only ropa_en.ts. In all texts a backslash-n stands for a
line break and a backslash-t for a tab. Plural forms are separated by " || " (English, Dutch
and German have two: one, other). Lines that are empty or start with '#' are skipped.

Run it after `cmake --build BUILD --target update_translations`: it only fills messages that
lupdate has marked unfinished (or that have an empty translation) and leaves the rest of the
file byte for byte as lupdate wrote it, so a branch's translations can be re-applied after a
rebase (take main's .ts files, run lupdate, run this script). It prints what it filled and
which lines of the TSV matched nothing, and exits 1 if any did.
"""

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = {"nl": ROOT / "translations" / "ropa_nl.ts", "de": ROOT / "translations" / "ropa_de.ts",
            "en": ROOT / "translations" / "ropa_en.ts"}

CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE_RE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION_RE = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*)>(?P<text>.*?)</translation>|"
                            r"(?P<indent2>[ \t]*)<translation(?P<attrs2>[^>]*)/>", re.S)


def unescape_tsv(text):
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in "nt\\":
            out.append({"n": "\n", "t": "\t", "\\": "\\"}[text[i + 1]])
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def escape_xml(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def load(paths):
    table = {}
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = [unescape_tsv(p) for p in line.split("\t")]
            if len(parts) == 3:
                context, source, en = parts
                nl = de = None
            elif len(parts) in (4, 5):
                context, source, nl, de = parts[:4]
                en = parts[4] if len(parts) == 5 else None
            else:
                sys.exit(f"{path}:{number}: expected 3, 4 or 5 tab-separated fields, found {len(parts)}")
            table[(context, source)] = {"nl": nl, "de": de, "en": en, "where": f"{path}:{number}"}
    return table


def fill(lang, path, table, used):
    text = path.read_text(encoding="utf-8")
    filled = 0

    def do_context(cm):
        nonlocal filled
        context = html.unescape(cm.group(1))

        def do_message(mm):
            nonlocal filled
            body = mm.group("body")
            sm = SOURCE_RE.search(body)
            if not sm:
                return mm.group(0)
            source = html.unescape(sm.group(1))
            entry = table.get((context, source))
            if entry is None or not entry[lang]:
                return mm.group(0)
            used.add((context, source))
            tm = TRANSLATION_RE.search(body)
            if not tm:
                return mm.group(0)
            attrs = tm.group("attrs") if tm.group("attrs") is not None else tm.group("attrs2")
            current = tm.group("text") or ""
            unfinished = 'type="unfinished"' in attrs
            if not unfinished and current.strip():
                return mm.group(0)  # already translated: leave it
            indent = tm.group("indent") if tm.group("indent") is not None else tm.group("indent2")
            value = entry[lang]
            if 'numerus="yes"' in mm.group("attrs"):
                forms = value.split(" || ")
                inner = "".join(f"\n{indent}    <numerusform>{escape_xml(f)}</numerusform>" for f in forms)
                new = f"{indent}<translation>{inner}\n{indent}</translation>"
            else:
                new = f"{indent}<translation>{escape_xml(value)}</translation>"
            filled += 1
            body = body[:tm.start()] + new + body[tm.end():]
            return mm.group(1) + body + mm.group(4)

        return cm.group(0)[: cm.start(2) - cm.start(0)] + MESSAGE_RE.sub(do_message, cm.group(2)) + "</context>"

    text = CONTEXT_RE.sub(do_context, text)
    path.write_text(text, encoding="utf-8")
    print(f"{path.name}: filled {filled}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    table = load(sys.argv[1:])
    used = set()
    for lang, path in TS_FILES.items():
        fill(lang, path, table, used)
    missing = [v["where"] for k, v in table.items() if k not in used]
    for where in missing:
        print(f"{where}: no such message in the .ts files (run update_translations first?)")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
