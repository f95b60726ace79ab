#!/usr/bin/env bash
# Renders the main views of Ropa into docs/screenshots/*.png with the real program, on the
# bundled demo project, without a display (QT_QPA_PLATFORM=offscreen; xvfb-run with --xvfb).
#
#   scripts/screenshots.sh [--xvfb] [BUILD_DIR]     (BUILD_DIR defaults to ./build)
#
# Builds the program first when it is missing. Settings and recent files go to a temporary
# folder, so the user's own are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

use_xvfb=0
if [ "${1:-}" = "--xvfb" ]; then
  use_xvfb=1
  shift
fi
build_dir="${1:-build}"
ropa="$build_dir/app/ropa"
if [ ! -x "$ropa" ]; then
  cmake -S . -B "$build_dir"
  cmake --build "$build_dir" --target ropa -j "$(nproc 2>/dev/null || echo 2)"
fi

out=docs/screenshots
project=resources/examples/demo-contact-centre.json
mkdir -p "$out"

sandbox="$(mktemp -d)"
trap 'rm -rf "$sandbox"' EXIT
export XDG_CONFIG_HOME="$sandbox/config"
export XDG_DATA_HOME="$sandbox/data"
export XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The same look everywhere: Qt's own style, English, no desktop theme.
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
export QT_STYLE_OVERRIDE=Fusion
unset QT_QPA_PLATFORMTHEME QT_SCALE_FACTOR || true

run() {
  if [ "$use_xvfb" = 1 ]; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" "$ropa" "$@"
  else
    QT_QPA_PLATFORM=offscreen "$ropa" "$@"
  fi
}

shot() {
  local name="$1"
  shift
  echo "  $out/$name.png"
  local errors
  errors="$(run --screenshot "$out/$name.png" "$@" 2>&1 >/dev/null)" || {
    echo "$errors" >&2
    return 1
  }
  # A view this build does not have (or a name not found) would give a wrong picture.
  if grep -q -e "No such view" -e "Nothing named" -e "Unknown" <<<"$errors"; then
    echo "    skipped: $(grep -m1 -e "No such view" -e "Nothing named" -e "Unknown" <<<"$errors")" >&2
    rm -f "$out/$name.png"
  fi
}

echo "Rendering into $out:"
shot welcome
shot own-organisation "$project" --section own
shot activities "$project" --section activities --select "Customer service calls"
shot data-categories "$project" --section data_categories
shot parties "$project" --section parties --select "HubSpot, Inc."
shot transfers "$project" --section transfers --select "Northwind Contact Centre B.V."
shot graph "$project" --page graph
shot records "$project" --page records
shot findings "$project" --page findings
shot dashboard "$project" --page dashboard
shot settings --dialog settings
shot find "$project" --dialog find

# Keep the pictures small for the repository when optipng is there.
if command -v optipng >/dev/null 2>&1; then
  optipng -quiet -o2 "$out"/*.png
fi
ls -l "$out"/*.png
