#!/usr/bin/env python3
"""Writes the man pages ropa(1) and ropa-cli(1) from the help the programs print.

Run by the build (app/CMakeLists.txt) after linking: it runs `ropa-cli --help`, then
`ropa-cli COMMAND --help` for every command that help lists, and `ropa --help`, and turns
their text into roff. The pages therefore say exactly what the programs say and cannot drift.

    genman.py --version 0.1.0 --cli build/app/ropa-cli [--gui build/app/ropa] --out DIR

Writes DIR/ropa-cli.1.gz and DIR/ropa.1.gz (gzip -9, no time stamp: reproducible).
"""

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile

ITEM = re.compile(r"^  (\S.*?)(?:\s{2,}(\S.*))?$")


def run_help(argv, home):
    """The program's --help output in English, untouched by the user's settings."""
    env = dict(os.environ)
    env.update({"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LANGUAGE": "", "HOME": home,
                "XDG_CONFIG_HOME": os.path.join(home, "config"),
                "XDG_DATA_HOME": os.path.join(home, "data"),
                "QT_QPA_PLATFORM": "offscreen",
                # A sanitizer build (ROPA_SANITIZE) must not fail the build over a leak report.
                "ASAN_OPTIONS": "detect_leaks=0"})
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    text = result.stdout.strip("\n")
    if result.returncode != 0 or not text:
        sys.exit(f"genman: {' '.join(argv)} failed ({result.returncode}): {result.stderr}")
    return text


def esc(text):
    """Escapes text for a roff line (backslashes, hyphens, bars, a leading dot or quote)."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    # A list of choices ("xlsx|pdf|…") is one word to troff: it may break after each bar.
    text = text.replace("|", "|\\:")
    if text[:1] in (".", "'"):
        text = "\\&" + text
    return text


def parse(text):
    """Splits help text into (usage, paragraphs, sections): sections map a heading ("Options",
    "Arguments", "Commands") to [name, description] items; other lines are paragraphs."""
    usage, paragraphs, sections, current = "", [], {}, None
    for line in text.splitlines():
        if line.startswith("Usage: "):
            usage, current = line[len("Usage: "):], None
        elif re.fullmatch(r"[A-Z][a-z]+:", line):
            current = sections.setdefault(line[:-1], [])
        elif not line.strip():
            current = None
        elif current is not None and line.startswith("   ") and current:
            current[-1][1] = (current[-1][1] + " " + line.strip()).strip()
        elif current is not None and ITEM.match(line):
            name, description = ITEM.match(line).groups()
            current.append([name.strip(), description or ""])
        else:
            paragraphs.append(line.strip())
    return usage, paragraphs, sections


def items(lines, entries, indent=""):
    for name, description in entries:
        lines += [(".TP " + indent).strip(), "\\fB" + esc(name) + "\\fR", esc(description)]


def synopsis(lines, usage):
    program, _, rest = usage.partition(" ")
    program = os.path.basename(program)  # Qt prints the path the program was started with
    lines += [".B " + esc(program), esc(rest), ".br"]


def cli_page(cli, version, home):
    usage, paragraphs, sections = parse(run_help([cli, "--help"], home))
    commands = sections.get("Commands", [])
    intro = [p for p in paragraphs if not p.startswith("Exit codes:")]
    exits = [p for p in paragraphs if p.startswith("Exit codes:")]
    lines = [f'.TH ROPA\\-CLI 1 "" "Ropa {esc(version)}" "User Commands"',
             ".SH NAME", "ropa\\-cli \\- " + esc(intro[0] if intro else "Ropa on the command line"),
             ".SH SYNOPSIS"]
    synopsis(lines, usage)
    lines += [".B ropa\\-cli", "\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR",
              ".SH DESCRIPTION"]
    for p in intro[1:]:
        lines += [".PP", esc(p)]
    lines += [".SH COMMANDS"]
    items(lines, commands, "14")
    for name, _ in commands:
        sub_usage, sub_paragraphs, sub_sections = parse(run_help([cli, name, "--help"], home))
        lines += [".SS " + esc(name), ".PP"]
        synopsis(lines, sub_usage)
        for p in sub_paragraphs:
            lines += [".PP", esc(p)]
        for heading in ("Arguments", "Options"):
            if sub_sections.get(heading):
                lines += [".PP", "\\fI" + heading + ":\\fR", ".RS"]
                items(lines, sub_sections[heading])
                lines += [".RE"]
    lines += [".SH OPTIONS"]
    items(lines, [["-h, --help", "Print the list of commands (with a command: its options) and exit."],
                  ["--version", "Print the version and exit."]])
    if exits:
        lines += [".SH EXIT STATUS", esc(exits[0].split(":", 1)[1].strip())]
    lines += [".SH SEE ALSO", "\\fBropa\\fR(1)"]
    return lines


def gui_page(gui, version, home):
    usage, paragraphs, sections = parse(run_help([gui, "--help"], home))
    lines = [f'.TH ROPA 1 "" "Ropa {esc(version)}" "User Commands"',
             ".SH NAME", "ropa \\- " + esc(paragraphs[0] if paragraphs else "Ropa"),
             ".SH SYNOPSIS"]
    synopsis(lines, usage)
    lines += [".SH DESCRIPTION"]
    for p in paragraphs[1:]:
        lines += [".PP", esc(p)]
    lines += [".PP", "The user guide is in the program (Help \\(-> User guide).",
              ".SH ARGUMENTS"]
    items(lines, sections.get("Arguments", []))
    lines += [".SH OPTIONS"]
    items(lines, sections.get("Options", []))
    lines += [".SH SEE ALSO", "\\fBropa\\-cli\\fR(1)"]
    return lines


def write(path, lines):
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as out:
            out.write(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--gui")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        write(os.path.join(args.out, "ropa-cli.1.gz"), cli_page(args.cli, args.version, home))
        if args.gui:
            write(os.path.join(args.out, "ropa.1.gz"), gui_page(args.gui, args.version, home))


if __name__ == "__main__":
    main()
