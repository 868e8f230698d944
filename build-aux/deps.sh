# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Debian 12 packages Fangyi needs, and a function that installs the missing ones.
# Sourced by build-aux/run and build-aux/test.

FY_BUILD_PKGS="meson ninja-build pkg-config gcc libc6-dev libgtk-4-dev libadwaita-1-dev libsqlite3-dev
  libxlsxwriter-dev libcairo2-dev libpango1.0-dev libgdk-pixbuf-2.0-dev gettext libglib2.0-bin
  desktop-file-utils fonts-wqy-microhei"
FY_TEST_PKGS="xvfb xauth dbus at-spi2-core python3 python3-openpyxl poppler-utils appstream"
# build-aux/fuzz only (libFuzzer comes with clang's runtime).
FY_FUZZ_PKGS="clang"

fy_missing_packages () {
  local missing=""
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
      missing="$missing $p"
    fi
  done
  echo "$missing"
}

fy_ensure_packages () {
  local missing sudo=""
  # shellcheck disable=SC2086
  missing=$(fy_missing_packages $*)
  [ -z "${missing// /}" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Missing Debian packages:$missing — install them as root (apt-get install$missing)." >&2
      return 1
    fi
  fi
  echo "Installing:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}
