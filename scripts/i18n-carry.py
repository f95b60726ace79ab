#!/usr/bin/env python3
"""Carry translations over to messages that moved to another context.

Usage: scripts/i18n-carry.py [--dry-run]

When code moves (a text of MainWindow now said by SectionsPage), lupdate -no-obsolete drops
the old message and adds the same text, untranslated, under the new context. Run this after
`cmake --build BUILD --target update_translations` and before committing the .ts files (the
translations of the committed files are read too): every unfinished message (of any context)
whose source text (and plural flag) has a finished translation elsewhere in the same .ts file
gets that translation. Nothing else in the file changes. It prints what it carried and the
unfinished messages left (to translate with scripts/i18n-fill.py).
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = [ROOT / "translations" / "ropa_nl.ts", ROOT / "translations" / "ropa_de.ts"]
MESSAGE_RE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION_RE = re.compile(r"<translation(?P<attrs>[^>]*)>(?P<text>.*?)</translation>|<translation(?P<attrs2>[^>]*)/>", re.S)


def key(match):
    source = SOURCE_RE.search(match.group("body"))
    return (source.group(1) if source else None, 'numerus="yes"' in match.group("attrs"))


def main():
    dry = "--dry-run" in sys.argv[1:]
    for path in TS_FILES:
        text = path.read_text(encoding="utf-8")
        # The committed file too: lupdate -no-obsolete has already dropped the moved messages'
        # old entries from the working copy.
        rel = path.relative_to(ROOT).as_posix()
        committed = subprocess.run(["git", "-C", str(ROOT), "show", "HEAD:" + rel], capture_output=True, text=True).stdout
        known = {}
        for m in list(MESSAGE_RE.finditer(text)) + list(MESSAGE_RE.finditer(committed)):
            t = TRANSLATION_RE.search(m.group("body"))
            if t and t.group("text") is not None and "unfinished" not in (t.group("attrs") or "") and t.group("text").strip():
                known.setdefault(key(m), t.group(0))
        carried = 0
        left = []

        def carry(m):
            nonlocal carried
            t = TRANSLATION_RE.search(m.group("body"))
            if not t:
                return m.group(0)
            attrs = t.group("attrs") if t.group("attrs") is not None else t.group("attrs2")
            empty = t.group("text") is None or not t.group("text").strip()
            if "unfinished" not in (attrs or "") and not empty:
                return m.group(0)
            found = known.get(key(m))
            if not found:
                left.append(key(m)[0])
                return m.group(0)
            carried += 1
            body = m.group("body").replace(t.group(0), found, 1)
            return "<message%s>%s</message>" % (m.group("attrs"), body)

        new = MESSAGE_RE.sub(carry, text)
        print("%s: carried %d translations; %d messages left unfinished" % (path.name, carried, len(left)))
        for source in left:
            print("  unfinished: %s" % source)
        if not dry and new != text:
            path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
