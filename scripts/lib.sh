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
  dpkg-dev lintian desktop-file-utils appstream  # scripts/package: the .deb (dpkg-shlibdeps) and its checks
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

# rb_make_deb BUILD_DIR: the Debian package of a build (CPack, stripped); prints its path.
rb_make_deb() {
  local build
  build=$(cd "$1" && pwd)
  rm -f "$build"/reviewbench_*.deb
  (cd "$build" && cpack -G DEB >"$build/cpack.log" 2>&1) || { cat "$build/cpack.log" >&2; exit 3; }
  ls "$build"/reviewbench_*.deb
}

# rb_check_deb DEB: the package passes lintian (no error), its desktop entry and AppStream metainfo validate,
# and it holds what the desktop needs.
rb_check_deb() {
  local deb=$1 tmp
  tmp=$(mktemp -d)
  echo "== lintian"
  lintian --fail-on error --tag-display-limit 0 "$deb"
  dpkg-deb -x "$deb" "$tmp"
  echo "== desktop-file-validate, appstreamcli validate"
  desktop-file-validate "$tmp/usr/share/applications/org.reviewbench.ReviewBench.desktop"
  appstreamcli validate --no-net --explain "$tmp/usr/share/metainfo/org.reviewbench.ReviewBench.metainfo.xml"
  echo "== the files the desktop needs"
  local wanted=(
    usr/bin/reviewbench usr/bin/reviewbench-cli
    usr/share/applications/org.reviewbench.ReviewBench.desktop
    usr/share/metainfo/org.reviewbench.ReviewBench.metainfo.xml
    usr/share/mime/packages/org.reviewbench.ReviewBench.xml
    usr/share/icons/hicolor/scalable/apps/org.reviewbench.ReviewBench.svg
    usr/share/icons/hicolor/48x48/apps/org.reviewbench.ReviewBench.png
    usr/share/icons/hicolor/256x256/apps/org.reviewbench.ReviewBench.png
    usr/share/icons/hicolor/scalable/mimetypes/application-x-reviewbench-round.svg
    usr/share/icons/hicolor/scalable/mimetypes/application-x-reviewbench-package.svg
    usr/share/icons/hicolor/48x48/mimetypes/application-x-reviewbench-package.png
    usr/share/man/man1/reviewbench.1.gz usr/share/man/man1/reviewbench-cli.1.gz
    usr/share/bash-completion/completions/reviewbench-cli
    usr/share/doc/reviewbench/copyright usr/share/doc/reviewbench/changelog.Debian.gz
  )
  local missing=0 f
  for f in "${wanted[@]}"; do
    [ -e "$tmp/$f" ] || { echo "missing from the package: /$f" >&2; missing=1; }
  done
  # Every file type the desktop entry opens is described by the package's MIME file, with an icon.
  local type
  for type in $(sed -n 's/^MimeType=//p' "$tmp/usr/share/applications/org.reviewbench.ReviewBench.desktop" | tr ';' ' '); do
    grep -q "mime-type type=\"$type\"" "$tmp/usr/share/mime/packages/org.reviewbench.ReviewBench.xml" \
      || { echo "the desktop entry opens $type, which the MIME file does not describe" >&2; missing=1; }
    [ -e "$tmp/usr/share/icons/hicolor/scalable/mimetypes/${type/\//-}.svg" ] \
      || { echo "no icon for $type" >&2; missing=1; }
  done
  dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || { echo "Depends lacks the Qt libraries" >&2; missing=1; }
  rm -rf "$tmp"
  [ $missing -eq 0 ] || exit 1
  echo "Depends: $(dpkg-deb -f "$deb" Depends)"
  echo "Installed size: $(dpkg-deb -f "$deb" Installed-Size) KiB, $(dpkg-deb -c "$deb" | grep -vc '/$') files"
}

# rb_check_deb_in_fresh_root DEB DIR: installs DEB with apt into a new Debian 12 root in DIR (debootstrap,
# chroot) and runs both programs there on a demo round.
rb_check_deb_in_fresh_root() {
  local deb=$1 root=$2
  local mirror=${RB_DEBIAN_MIRROR:-http://deb.debian.org/debian}
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: debootstrap and chroot need root" >&2
    exit 3
  fi
  command -v debootstrap >/dev/null || env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1
  rm -rf "$root"
  echo "== debootstrap bookworm into $root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 \
    || { tail -20 "$root.log" >&2; exit 3; }
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  cp "$deb" "$root/tmp/"
  mount -t proc proc "$root/proc"
  trap 'umount "$root/proc" 2>/dev/null || true' RETURN
  echo "== apt install ./$(basename "$deb") in the fresh root"
  chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" \
    >"$root.apt.log" 2>&1 || { tail -30 "$root.apt.log" >&2; exit 3; }
  echo "installed: $(grep -c '^Setting up' "$root.apt.log") packages set up"
  install -d -m 700 "$root/tmp/runtime-root"
  local run=(chroot "$root" env HOME=/root REVIEWBENCH_USER=installcheck LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
    XDG_RUNTIME_DIR=/tmp/runtime-root)
  echo "== in the fresh root"
  echo "\$ reviewbench-cli --version"; "${run[@]}" reviewbench-cli --version
  echo "\$ reviewbench-cli demo /root/demo.rbdb --applications 24 --experts 9 --lifecycle"
  local round
  round=$("${run[@]}" reviewbench-cli demo /root/demo.rbdb --applications 24 --experts 9 --lifecycle)
  echo "$round"
  echo "\$ reviewbench-cli results /root/demo.rbdb --round $round --format table | head -6"
  "${run[@]}" reviewbench-cli results /root/demo.rbdb --round "$round" --format table | head -6
  echo "\$ reviewbench-cli report /root/demo.rbdb --round $round --kind ranking --out /root/ranking.pdf"
  "${run[@]}" reviewbench-cli report /root/demo.rbdb --round "$round" --kind ranking --out /root/ranking.pdf
  ls -l "$root/root/ranking.pdf"
  echo "\$ reviewbench /root/demo.rbdb --screenshot /root/window.png   (offscreen)"
  "${run[@]}" reviewbench /root/demo.rbdb --screenshot /root/window.png
  cp "$root/root/window.png" "$root.window.png"
  echo "the window, as painted in the fresh root: $root.window.png"
  echo "\$ xdg-mime query filetype /root/demo.rbdb (shared-mime-info)"
  if "${run[@]}" sh -c 'command -v xdg-mime' >/dev/null 2>&1; then
    "${run[@]}" xdg-mime query filetype /root/demo.rbdb
  else
    "${run[@]}" sh -c 'grep -h "reviewbench" /usr/share/mime/globs2 || echo "shared-mime-info not installed"'
  fi
}
