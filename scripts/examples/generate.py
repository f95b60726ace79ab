#!/usr/bin/env python3
"""Regenerate the example projects in resources/examples/ (docs/examples.md).

    python3 scripts/examples/generate.py                 # write all examples
    python3 scripts/examples/generate.py --check         # fail if a file differs from what would be written
    python3 scripts/examples/generate.py --cli build-ex/app/ropa-cli
                                                         # also: ropa-cli validate, and JSON -> .ropa -> JSON
                                                         # must give the file back byte for byte

Standard library only. Inputs: tests/fixtures/gold/<seed>.{txt,json} (the policy texts and
their gold annotations, copied from ../shared/seeds).
"""

import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import callbridge  # noqa: E402
import callcabinet  # noqa: E402
import contact_center_1  # noqa: E402
import demo_contact_centre  # noqa: E402
from ropa_builder import EXAMPLES_DIR  # noqa: E402

EXAMPLES = [
    ("callcabinet.json", callcabinet.build),
    ("callbridge.json", callbridge.build),
    ("contact-center-1.json", contact_center_1.build),
    ("demo-contact-centre.json", demo_contact_centre.build),  # last: it reads the vendor files' facts
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="write nothing; fail if any file would change")
    ap.add_argument("--cli", help="path of ropa-cli: validate each file and check the round trip")
    args = ap.parse_args()

    failed = False
    for name, build in EXAMPLES:
        path = os.path.join(EXAMPLES_DIR, name)
        data = build().to_json()
        if args.check:
            with open(path, encoding="utf-8") as f:
                if f.read() != data:
                    print("DIFFERS: %s" % path)
                    failed = True
                    continue
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(data)
        print("%s %s" % ("checked" if args.check else "wrote", path))
        if args.cli:
            subprocess.run([args.cli, "validate", path], check=True)
            with tempfile.TemporaryDirectory() as tmp:
                store = os.path.join(tmp, "x.ropa")
                subprocess.run([args.cli, "import-json", path, "-o", store, "--force"], check=True,
                               stdout=subprocess.DEVNULL)
                out = subprocess.run([args.cli, "export-json", store], check=True, stdout=subprocess.PIPE).stdout
            if out != data.encode("utf-8"):
                print("NOT CANONICAL: %s differs from ropa-cli export-json" % path)
                failed = True
            else:
                print("canonical: JSON -> .ropa -> JSON is byte-identical")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
