#!/usr/bin/env bash
# Runs the whole test suite of a Windows cross build (scripts/windows/build.sh --tests) under Wine, with ctest.
#
#   scripts/windows/test.sh [--build DIR] [-- CTEST_ARGS...]
#
#   --build DIR   the cross build folder (default: <clone>/build-win)
#
# Each test program is started through CMAKE_CROSSCOMPILING_EMULATOR (wine). The Qt and mingw runtime DLLs are
# found through WINEPATH; the Wine prefix is private to the build folder and created on the first run.
# Prints "N passed, M failed, K skipped" and every skip with its reason; exits non-zero if anything failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
build_dir=$repo/build-win
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build_dir=$2; shift 2 ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "windows/test.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done
build_dir=$(cd "$build_dir" && pwd)
log() { printf 'test-win: %s\n' "$*"; }
die() { printf 'test-win: error: %s\n' "$*" >&2; exit 1; }

qt=$(sed -n 's/^Qt6_DIR:PATH=\(.*\)\/lib\/cmake\/Qt6$/\1/p' "$build_dir/CMakeCache.txt")
[ -d "$qt/bin" ] || die "no Qt for mingw found through $build_dir/CMakeCache.txt (Qt6_DIR)"
grep -q '^TGS_BUILD_TESTS:BOOL=ON' "$build_dir/CMakeCache.txt" || die "$build_dir was built without tests (--tests)"

# shellcheck source=wine-env.sh
. "$here/wine-env.sh"
tgs_wine_dev_env "$qt" "$build_dir"
# The host's CUDA, conda or Python must not leak into detection under test: Wine passes the Unix environment on.
unset CUDA_HOME CUDA_PATH CONDA_EXE CONDA_PREFIX PYTHONPATH PYTHONHOME VIRTUAL_ENV || true

if [ ! -f "$WINEPREFIX/system.reg" ]; then
    log "creating the Wine prefix $WINEPREFIX"
    wineboot -i > "$build_dir/wineboot.log" 2>&1 || true
fi
wineserver -p 600 2>/dev/null || true # one server for the whole run (exits 2 when one is running already)
# Wine starts its own background programs (services.exe, explorer.exe, …) with the first program of a session, and
# they inherit that program's output pipe: ctest would then wait for the pipe to close until the time-out. A program
# that sleeps through the whole run, with its output on /dev/null, starts them first and keeps them running; it also
# asks for the desktop window, whose explorer.exe /desktop would otherwise hold a later test's pipe the same way.
wine "$build_dir/tests/tgs_testhelper.exe" --tgs-helper keeper 7200000 > /dev/null 2>&1 < /dev/null &
keeper=$!
sleep 5

started=$(date +%s)
log "running the tests under $(wine --version)"
rc=0
ctest --test-dir "$build_dir" --output-on-failure --timeout 300 -j 2 "${extra[@]}" || rc=$?
elapsed=$(( $(date +%s) - started ))

# The summary: ctest's own counts, and each skip with its reason from the test log.
last_log=$build_dir/Testing/Temporary/LastTest.log
passed=$(grep -c '^Test Passed\.' "$last_log" || true)
failed=$(grep -c '^Test Failed\.' "$last_log" || true)
mapfile -t skips < <(grep -E '^SKIP +: ' "$last_log" | sed 's/^SKIP *: //' | sort -u)
log "under Wine: $passed passed, $failed failed, ${#skips[@]} test functions skipped, in $elapsed s"
for skip in "${skips[@]}"; do
    log "  skipped: $skip"
done
kill "$keeper" 2>/dev/null || true
wineserver -k || true
exit $rc
