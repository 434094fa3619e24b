#!/usr/bin/env bash
# The Windows part of CI, on Linux: cross-build the project and its tests with mingw-w64 (Qt for mingw is built once
# into a cache outside the clone by build-qt.sh, ~40-70 min on a fresh machine, then reused), run the whole test
# suite under Wine, then build the per-user installer and install, run and uninstall it under Wine.
#
#   scripts/windows/ci.sh [--build DIR]      (default DIR: <clone>/build-win)
#
# Run as root on a fresh Debian 12: build-qt.sh installs the cross toolchain, Wine and NSIS with apt-get.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
build_dir=$repo/build-win
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build_dir=$2; shift 2 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "windows/ci.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

timings=()
step() {
    local name=$1
    shift
    local started
    started=$(date +%s)
    printf '\n=== windows: %s\n' "$name"
    "$@"
    timings+=("$(printf '%-44s %5d s' "$name" $(($(date +%s) - started)))")
}

# A Qt build at nice 19 would crawl behind nothing on a CI machine; keep the user's setting if given.
export TGS_WIN_NICE=${TGS_WIN_NICE:-5}
step "Qt for mingw (cached) + cross build + tests" bash "$here/build.sh" --build "$build_dir" --tests
step "test suite under Wine" bash "$here/test.sh" --build "$build_dir"
step "installer: build, install, run, uninstall" bash "$here/package.sh" --build "$build_dir"

printf '\n=== windows: time per part\n'
printf '  %s\n' "${timings[@]}"
