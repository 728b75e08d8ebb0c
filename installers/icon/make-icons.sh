#!/usr/bin/env bash
# Renders the one icon source (sitebinder.svg) into what each platform's jpackage wants:
# linux/Sitebinder.png, windows/Sitebinder.ico, macos/Sitebinder.icns. The outputs are committed, so only
# whoever changes the SVG runs this (the package builds never do). Tools: Debian's librsvg2-bin, icoutils and
# icnsutils (apt-get install librsvg2-bin icoutils icnsutils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
installers="$(dirname "$here")"

for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$here/sitebinder.svg" -o "$work/$size.png"
done

cp "$work/256.png" "$installers/linux/Sitebinder.png"
# 256 px is stored as PNG (-r) as Windows Vista and later expect; the small sizes as bitmaps for old shells.
icotool -c -o "$installers/windows/Sitebinder.ico" \
  "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" -r "$work/256.png"
png2icns "$installers/macos/Sitebinder.icns" \
  "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" "$work/512.png" >/dev/null
echo "icons written: linux/Sitebinder.png windows/Sitebinder.ico macos/Sitebinder.icns"
