#!/usr/bin/env bash
# Installs what is missing, builds Ropa and starts it on the bundled example project.
# Extra arguments are passed to the program (e.g. another project file).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build
cmake --build build -j "$(nproc 2>/dev/null || echo 2)"
if [ $# -eq 0 ]; then
  set -- resources/examples/demo-contact-centre.json
fi
exec ./build/app/ropa "$@"
