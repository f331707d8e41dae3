#!/usr/bin/env bash
# Shared by scripts/run, scripts/test and scripts/bench: the packages ReviewBench needs on
# Debian 12, installed when missing (as root, or through sudo).
set -euo pipefail

RB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RB_PACKAGES=(
  cmake g++ ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qt6-pdf-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libsqlite3-dev sqlite3 catch2
  libsodium-dev      # signatures that seal returned review packages
  libxlsxwriter-dev  # .xlsx scoring sheets and exports
  libminizip-dev     # reading .xlsx (zip) files
  clang libclang-rt-14-dev  # scripts/fuzz: libFuzzer and the sanitizer runtimes for clang
  fonts-noto-cjk poppler-utils xvfb imagemagick xdotool
)

rb_install_packages() {
  local missing=()
  for p in "${RB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo="sudo"
    else
      echo "error: these packages are missing and I am not root and have no sudo: ${missing[*]}" >&2
      exit 3
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# rb_build DIR BUILD_TYPE [CMAKE OPTIONS...]: configure (once) and build.
rb_build() {
  local dir=$1 type=$2
  shift 2
  cmake -S "$RB_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
  cmake --build "$dir" --parallel "$(nproc)"
}
