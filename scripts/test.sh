#!/usr/bin/env bash
# Installs what is missing, builds Ropa and runs every test with ctest, in two
# configurations: the full build (GUI on) and ROPA_GUI=OFF, which builds the model, the
# CLI and their tests without any widget library and so proves the layering.
# Under CI (CI=true) warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi

run_config() {
  local dir=$1; shift
  echo "== configure $dir ($*)"
  cmake -S . -B "$dir" -DROPA_WERROR="$werror" "$@"
  echo "== build $dir"
  cmake --build "$dir" -j "$jobs"
  echo "== test $dir"
  (cd "$dir" && ctest --output-on-failure -j "$jobs" --timeout 900)
}

bash scripts/check-format.sh
run_config build-nogui -DROPA_GUI=OFF
bash scripts/check-install.sh build-nogui
run_config build
bash scripts/check-install.sh build
