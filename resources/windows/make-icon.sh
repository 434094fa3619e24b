#!/usr/bin/env bash
# Regenerates resources/windows/torchgpu-setup.ico from resources/linux/torchgpu-setup.svg; the .ico is committed,
# so that no build (MSVC on Windows included) needs ImageMagick. Run it after changing the SVG:
#
#   resources/windows/make-icon.sh
#
# Needs ImageMagick 6 (Debian's imagemagick; its own SVG renderer is enough for the plain shapes of the SVG).
# The sizes are those Windows asks for: 16-48 for lists and title bars, 256 for the Explorer's large views.
# It also writes the PNGs the wizard shows (resources/torchgpu-setup-48.png, -256.png).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
svg="$here/../linux/torchgpu-setup.svg"
out="$here/torchgpu-setup.ico"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pngs=()
for size in 16 20 24 32 40 48 64 256; do
    # Rendered at 4x and scaled down: the small sizes stay crisp. No date chunks: the output is reproducible.
    convert -background none -density $((72 * 4 * size / 256)) "$svg" -resize "${size}x${size}" \
        -define png:exclude-chunks=date,time "PNG32:$tmp/$size.png"
    pngs+=("$tmp/$size.png")
done
convert "${pngs[@]}" "$out"
echo "wrote $out ($(stat -c %s "$out") bytes)"
cp "$tmp/48.png" "$here/../torchgpu-setup-48.png"
cp "$tmp/256.png" "$here/../torchgpu-setup-256.png"
echo "wrote the wizard's PNGs in $(cd "$here/.." && pwd)"
