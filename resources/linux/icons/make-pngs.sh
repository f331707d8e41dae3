#!/usr/bin/env bash
# Renders the PNG sizes of the SVG icons beside them (png/SIZE/NAME.png). Run after changing an SVG and commit
# the result; the build installs the committed files. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for svg in *.svg; do
  for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "png/$size"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "png/$size/${svg%.svg}.png"
  done
done
