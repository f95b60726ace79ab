#!/usr/bin/env bash
# Checks that Ropa installs like a desktop application (docs/decisions/0009-install.md):
#   scripts/check-install.sh BUILD_DIR
# Builds the installable files, installs into a temporary folder (DESTDIR, prefix /usr), then
# checks: the files are there, --version, the man pages (every command of ropa-cli), the menu
# entry (desktop-file-validate), the AppStream data (appstreamcli validate --no-net), the MIME
# types by name and by content on a real .ropa made with ropa-cli new and on a JSON example,
# the icons' sizes, and the Debian package (cpack -G DEB, lintian without errors).
# Prints PASS/FAIL per check; exits 1 if any check failed, 2 on bad usage.
set -uo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
  echo "usage: $0 BUILD_DIR (a configured build folder)" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dest="$work/root"
share="$dest/usr/share"
failures=0

pass() { echo "PASS  $1"; }
fail() { echo "FAIL  $1${2:+: $2}"; failures=$((failures + 1)); }
check() { # check NAME COMMAND...: PASS when the command succeeds (its output shown on failure)
  local name=$1; shift
  local output
  if output=$("$@" 2>&1); then pass "$name"; else fail "$name"; echo "$output" | sed 's/^/      /'; fi
}
cache() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }

version=$(cache CMAKE_PROJECT_VERSION)
gui=$(cache ROPA_GUI)
appstream_id=$(cache ROPA_APPSTREAM_ID)
case "$gui" in ON|on|1|TRUE|true|YES|yes) gui=1 ;; *) gui=0 ;; esac

echo "== building the installable files ($build)"
if ! cmake --build "$build" --target ropa_install_files >"$work/build.log" 2>&1; then
  tail -30 "$work/build.log"
  fail "build of ropa_install_files"
  exit 1
fi
echo "== installing into $dest"
if ! DESTDIR="$dest" cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1; then
  cat "$work/install.log"
  fail "cmake --install"
  exit 1
fi
pass "cmake --install (DESTDIR, prefix /usr)"

# --- files in their places ----------------------------------------------------------------------
expected=(usr/bin/ropa-cli usr/share/man/man1/ropa-cli.1.gz usr/share/mime/packages/ropa.xml
          usr/share/ropa/translations/ropa_nl.qm usr/share/ropa/translations/ropa_de.qm
          usr/share/doc/ropa/copyright usr/share/doc/ropa/changelog.Debian.gz)
if [ "$gui" = 1 ]; then
  expected+=(usr/bin/ropa usr/share/man/man1/ropa.1.gz usr/share/applications/ropa.desktop
             "usr/share/metainfo/$appstream_id.metainfo.xml" usr/share/doc/ropa/user-guide.md
             usr/share/icons/hicolor/scalable/apps/ropa.svg
             usr/share/icons/hicolor/scalable/mimetypes/application-vnd.ropa.project.svg)
  for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/ropa.png"
               "usr/share/icons/hicolor/${size}x${size}/mimetypes/application-vnd.ropa.project.png")
  done
fi
missing=()
for f in "${expected[@]}"; do [ -s "$dest/$f" ] || missing+=("$f"); done
if [ ${#missing[@]} -eq 0 ]; then pass "installed files (${#expected[@]})"; else fail "installed files" "missing ${missing[*]}"; fi

if [ "$gui" = 1 ]; then
  wrong=()
  for size in 16 22 24 32 48 64 128 256; do
    for f in "$share/icons/hicolor/${size}x${size}"/*/*.png; do
      file -b "$f" | grep -q "PNG image data, $size x $size," || wrong+=("$f")
    done
  done
  if [ ${#wrong[@]} -eq 0 ]; then pass "icon PNGs have their sizes"; else fail "icon sizes" "${wrong[*]}"; fi
fi

# --- the installed programs ----------------------------------------------------------------------
cli="$dest/usr/bin/ropa-cli"
check "ropa-cli --version says $version" bash -c "[ \"\$('$cli' --version)\" = 'ropa-cli $version' ]"
if [ "$gui" = 1 ]; then
  check "ropa --version says $version" bash -c \
    "[ \"\$(QT_QPA_PLATFORM=offscreen HOME='$work' XDG_CONFIG_HOME='$work/config' '$dest/usr/bin/ropa' --version)\" = 'Ropa $version' ]"
fi

# --- man pages: render, and ropa-cli(1) has a part for every command the program lists -----------
man_ok() { # man_ok PAGE: renders without warnings
  local out
  out=$(MANWIDTH=80 man --warnings -l "$1" 2>&1 >/dev/null) && [ -z "$out" ] || { echo "$out"; return 1; }
}
check "man -l ropa-cli.1.gz renders without warnings" man_ok "$share/man/man1/ropa-cli.1.gz"
commands=$("$cli" --help 2>/dev/null | sed -n '/^Commands:/,/^$/p' | awk 'NF && $1 != "Commands:" {print $1}')
page=$(MANWIDTH=200 man -l "$share/man/man1/ropa-cli.1.gz" 2>/dev/null)
absent=()
for c in $commands; do
  help_line=$("$cli" "$c" --help 2>/dev/null | head -1 | sed 's/^Usage: //')
  grep -qF -- "$help_line" <<<"$page" || absent+=("$c")
done
if [ -n "$commands" ] && [ ${#absent[@]} -eq 0 ]; then
  pass "ropa-cli(1) has every command's usage ($(echo $commands | wc -w) commands)"
else
  fail "ropa-cli(1) commands" "missing or different: ${absent[*]:-no commands found}"
fi
if [ "$gui" = 1 ]; then
  check "man -l ropa.1.gz renders without warnings" man_ok "$share/man/man1/ropa.1.gz"
fi

# --- menu entry and AppStream data ---------------------------------------------------------------
if [ "$gui" = 1 ]; then
  check "desktop-file-validate ropa.desktop" desktop-file-validate "$share/applications/ropa.desktop"
  check "appstreamcli validate --no-net" appstreamcli validate --no-net "$share/metainfo/$appstream_id.metainfo.xml"
fi

# --- MIME types, by name and by content --------------------------------------------------------------
check "update-mime-database" update-mime-database "$share/mime"
mime_of() { # the type GLib (file managers, xdg-open) gives FILE with the installed types
  XDG_DATA_DIRS="$share:/usr/share" XDG_DATA_HOME="$work/empty" XDG_CURRENT_DESKTOP=GNOME \
    xdg-mime query filetype "$1" 2>/dev/null
}
expect_mime() { # expect_mime NAME FILE TYPE
  local got
  got=$(mime_of "$2")
  if [ "$got" = "$3" ]; then pass "$1: $3"; else fail "$1" "expected $3, got '${got}'"; fi
}
mkdir -p "$work/files" "$work/empty"
if "$cli" new "$work/files/x.ropa" --name "Check" >/dev/null 2>"$work/new.log"; then
  expect_mime "MIME of a .ropa made by ropa-cli new" "$work/files/x.ropa" application/vnd.ropa.project
  cp "$work/files/x.ropa" "$work/files/no-extension"
  expect_mime "MIME of that file without its extension (magic)" "$work/files/no-extension" application/vnd.ropa.project
else
  fail "ropa-cli new" "$(cat "$work/new.log")"
fi
if command -v sqlite3 >/dev/null; then
  sqlite3 "$work/files/other.sqlite" 'CREATE TABLE t(a);'
  cp "$work/files/other.sqlite" "$work/files/other-no-extension"
  expect_mime "MIME of another SQLite database (not Ropa's)" "$work/files/other-no-extension" application/vnd.sqlite3
fi
cp "$source_dir/resources/examples/demo-contact-centre.json" "$work/files/example.json"
expect_mime "MIME of a JSON project example" "$work/files/example.json" application/vnd.ropa.project+json
cp "$work/files/example.json" "$work/files/example-no-extension"
expect_mime "MIME of that JSON without its extension (magic)" "$work/files/example-no-extension" application/vnd.ropa.project+json
echo '{"format": "something-else", "version": 1}' >"$work/files/plain.json"
expect_mime "MIME of other JSON (not Ropa's)" "$work/files/plain.json" application/json
if [ "$gui" = 1 ]; then
  got=$(XDG_DATA_DIRS="$share:/usr/share" XDG_DATA_HOME="$work/empty" XDG_CONFIG_HOME="$work/empty" \
        XDG_CURRENT_DESKTOP=GNOME xdg-mime query default application/vnd.ropa.project 2>/dev/null)
  if [ "$got" = ropa.desktop ]; then pass "Ropa opens .ropa files (default application)"; else fail "default application" "got '$got'"; fi
fi

# --- the Debian package ------------------------------------------------------------------------------
echo "== building the Debian package"
if (cd "$work" && cpack -G DEB -B "$work/deb" --config "$build/CPackConfig.cmake") >"$work/cpack.log" 2>&1; then
  deb=$(ls "$work/deb"/ropa_*_amd64.deb 2>/dev/null | head -1)
fi
if [ -n "${deb:-}" ]; then
  pass "cpack -G DEB: $(basename "$deb")"
  depends=$(dpkg-deb -f "$deb" Depends)
  if grep -q 'libqt6core6' <<<"$depends"; then pass "dependencies from dpkg-shlibdeps: $depends"; else fail "Depends" "'$depends'"; fi
  lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1
  status=$?
  grep -v -e '^N:' -e 'root privileges' "$work/lintian.log" | sed 's/^/      /'
  if [ $status -eq 0 ]; then
    pass "lintian: no errors ($(grep -c '^W:' "$work/lintian.log") warnings)"
  else
    fail "lintian" "errors above"
  fi
else
  tail -20 "$work/cpack.log"
  fail "cpack -G DEB"
fi

echo
if [ $failures -eq 0 ]; then
  echo "check-install: all checks passed"
  exit 0
fi
echo "check-install: $failures check(s) failed"
exit 1
