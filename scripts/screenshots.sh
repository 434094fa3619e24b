#!/usr/bin/env bash
# Takes the README's screenshots of the real program under Xvfb, in Chinese and English:
#   scripts/screenshots.sh [--build DIR] [--out DIR]
# The machine is a fake RTX 4070 laptop (nvidia-smi answers from a recorded table,
# tests/fixtures/nvidia-smi/linux-550.40.07-rtx4070-91col.txt) with Debian's real Python and its CPU-only torch;
# no conda. Nothing is installed: the install page is shown with its commands, and the verify page checks
# Debian's torch for real. Needs xvfb, xdotool and imagemagick (scripts/setup.sh installs them). Linux only.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
build=$repo/build
out=$repo/docs/screenshots
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        *) echo "screenshots: unknown argument: $1" >&2; exit 2 ;;
    esac
done
app=$build/app/torchgpu-setup
[ -x "$app" ] || { echo "screenshots: build the program first ($app)" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

# The fake nvidia-smi: the recorded table, or the query line the program asks for.
mkdir -p "$work/bin" "$work/home" "$work/config"
cat > "$work/bin/nvidia-smi" <<SMI
#!/bin/sh
case "\$*" in
  *--query-gpu=*) echo "0, NVIDIA GeForce RTX 4070 Laptop GPU, 8188, 8.9, 550.40.07" ;;
  *) cat "$repo/tests/fixtures/nvidia-smi/linux-550.40.07-rtx4070-91col.txt" ;;
esac
SMI
chmod +x "$work/bin/nvidia-smi"

display=:77
Xvfb $display -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
sleep 1
shot() { DISPLAY=$display import -window root "$out/$1.png"; echo "screenshots: $out/$1.png"; }
key() { DISPLAY=$display xdotool key "$@"; }

run_in() {
    local lang=$1 name
    rm -rf "$work/config"/*
    HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/home/.local/share \
        PATH="$work/bin:/usr/bin:/bin" LC_ALL=C.UTF-8 DISPLAY=$display \
        "$app" --lang "$lang" > "$work/app-$lang.log" 2>&1 &
    local pid=$!
    sleep 3
    local window
    window=$(DISPLAY=$display xdotool search --sync --onlyvisible --pid "$pid" | head -1)
    DISPLAY=$display xdotool windowmove "$window" 0 0 windowfocus "$window" || true
    sleep 1
    shot "1-welcome-$lang"
    key Return; sleep 8; shot "2-detect-$lang"
    key Return; sleep 3; shot "3-recommend-$lang"
    key Return; sleep 3; shot "4-install-$lang"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
run_in zh_CN
run_in en
