#!/usr/bin/env bash
# Installs the Debian 12 packages Ropa needs to build, test and run.
# Idempotent: when every package is already installed it does nothing.
# Works as root, and through sudo for another user.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libxkbcommon-dev libqt6opengl6-dev
  libboost-graph-dev libsqlite3-dev sqlite3 libxlsxwriter-dev libxxhash-dev zlib1g-dev
  iso-codes python3 python3-openpyxl poppler-utils graphviz
  libzip-dev
  xvfb xauth
  clang-format
  desktop-file-utils
  appstream
  shared-mime-info
  xdg-utils
  libglib2.0-bin
  man-db
  lintian
  dpkg-dev
  file
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1; then
  sudo_cmd=(sudo)
else
  echo "install-deps: missing packages (${missing[*]}) and no root or sudo to install them" >&2
  exit 2
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
