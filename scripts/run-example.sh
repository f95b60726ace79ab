#!/usr/bin/env bash
# Installs what is missing, builds the program (only the program: not the tests and
# benchmarks, which scripts/test.sh builds) and starts it on the bundled example project.
# Extra arguments are passed to the program (e.g. another project file).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build
cmake --build build --target ropa -j "$(nproc 2>/dev/null || echo 2)"
if [ $# -eq 0 ]; then
  set -- resources/examples/demo-contact-centre.json
fi
# A desktop program needs a display. Without one, Qt would stop with "could not load the Qt
# platform plugin xcb"; say what to do instead.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-example: there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set)." >&2
  echo "  Run it from a desktop session, or under a virtual display:" >&2
  echo "    xvfb-run -a bash scripts/run-example.sh" >&2
  echo "  The program is built: ./build/app/ropa $*" >&2
  exit 1
fi
exec ./build/app/ropa "$@"
