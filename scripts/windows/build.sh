#!/usr/bin/env bash
# Cross-builds TorchGPU Setup for 64-bit Windows with mingw-w64, against the Qt for mingw that
# scripts/windows/build-qt.sh builds once and caches (run as root on a fresh machine: it installs packages).
#
#   scripts/windows/build.sh [--source DIR] [--build DIR] [--clean] [--tests] [--smoke] [-- CMAKE_ARGS...]
#
#   --source DIR  the project to build (default: this clone)
#   --build DIR   the build folder (default: <source>/build-win, git-ignored)
#   --clean       build from scratch, so that every file's warnings are reported
#   --tests       configure with TGS_BUILD_TESTS=ON (default OFF for now)
#   --smoke       afterwards run the exe under Wine: --version and detect --json
#
# Environment: TGS_WIN_CACHE, TGS_WIN_WORK (see build-qt.sh), TGS_WIN_JOBS (default 2), TGS_WIN_NICE (default 19),
# TGS_WIN_BUILD_TYPE (default Release), WINEPREFIX (default <build>/wineprefix).
#
# Prints the compiler warnings of the files compiled in this run and the DLLs each built .exe imports.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
toolchain="$repo/cmake/windows/mingw-w64-x86_64.cmake"
triplet=x86_64-w64-mingw32
jobs=${TGS_WIN_JOBS:-2}
niceness=${TGS_WIN_NICE:-19}
build_type=${TGS_WIN_BUILD_TYPE:-Release}

source_dir=$repo
build_dir=""
clean=0
tests=OFF
smoke=0
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --source) source_dir=$(cd "$2" && pwd); shift 2 ;;
        --build) build_dir=$2; shift 2 ;;
        --clean) clean=1; shift ;;
        --tests) tests=ON; shift ;;
        --smoke) smoke=1; shift ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done
build_dir=${build_dir:-$source_dir/build-win}
mkdir -p "$build_dir"
build_dir=$(cd "$build_dir" && pwd)

log() { printf 'build-win: %s\n' "$*"; }
die() { printf 'build-win: error: %s\n' "$*" >&2; exit 1; }

# 1. Qt for mingw, the private nlohmann_json and libsodium (cached; built on the first run).
env_file=$(mktemp)
trap 'rm -f "$env_file"' EXIT
"$here/build-qt.sh" --env-out "$env_file"
# shellcheck disable=SC1090
. "$env_file"
qt=$TGS_QT_MINGW_PREFIX
json=$TGS_JSON_MINGW_PREFIX
# libsodium for mingw, static (cached; built from Debian's source on the first run).
"$here/build-sodium.sh" --env-out "$env_file"
# shellcheck disable=SC1090
. "$env_file"
sodium=$TGS_SODIUM_MINGW_PREFIX

# 2. Configure.
if [ $clean -eq 1 ]; then
    log "cleaning $build_dir"
    find "$build_dir" -mindepth 1 -maxdepth 1 ! -name wineprefix -exec rm -rf {} +
fi
started=$(date +%s)
log "configuring $source_dir in $build_dir"
nice -n "$niceness" cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE="$build_type" \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_PREFIX_PATH="$qt;$json;$sodium" \
    -DCMAKE_FIND_ROOT_PATH="$qt;$json;$sodium" \
    -DQT_HOST_PATH=/usr \
    -DQt6HostInfo_DIR=/usr/lib/x86_64-linux-gnu/cmake/Qt6HostInfo \
    -DTGS_BUILD_TESTS="$tests" \
    "${extra[@]}" > "$build_dir/configure.log" 2>&1 \
    || { cat "$build_dir/configure.log" >&2; die "configuring failed"; }
grep -iE 'warning' -A5 "$build_dir/configure.log" || true

# 3. Build.
log "building with $jobs jobs at nice $niceness (log: $build_dir/build.log)"
rc=0
nice -n "$niceness" cmake --build "$build_dir" -j "$jobs" > "$build_dir/build.log" 2>&1 || rc=$?
elapsed=$(( $(date +%s) - started ))
warnings=$(grep -E ': warning: ' "$build_dir/build.log" | sort -u || true)
nwarn=$(printf '%s' "$warnings" | grep -c . || true)
if [ $rc -ne 0 ]; then
    grep -E ': (error|fatal error): |FAILED: |undefined reference' "$build_dir/build.log" | sort -u | head -n 100 >&2 || true
    die "the build failed after $elapsed s (rc $rc); errors above, full log $build_dir/build.log"
fi
log "built in $((elapsed / 60)) min $((elapsed % 60)) s; $nwarn compiler warnings in the files compiled this run"
[ "$nwarn" -eq 0 ] || printf '%s\n' "$warnings" | sed 's/^/    /'

# 4. What each program imports (everything here must ship beside it, or be part of Windows).
mapfile -t exes < <(find "$build_dir" -name '*.exe' -not -path '*/CMakeFiles/*' -not -path '*/wineprefix/*' | sort)
for exe in "${exes[@]}"; do
    log "DLL imports of ${exe#"$build_dir"/}:"
    $triplet-objdump -p "$exe" | sed -n 's/^\s*DLL Name: /    /p'
done

# 5. Smoke run under Wine: the DLLs come from the Qt cache and the mingw runtime through WINEPATH; Wine drops
# every QT_* variable, so Qt's are passed as WINEQT_*.
if [ $smoke -eq 1 ]; then
    exe="$build_dir/app/torchgpu-setup.exe"
    [ -f "$exe" ] || die "no $exe"
    # shellcheck source=wine-env.sh
    . "$here/wine-env.sh"
    tgs_wine_dev_env "$qt" "$build_dir"
    export WINEQT_QPA_PLATFORM=offscreen
    if [ ! -d "$WINEPREFIX" ]; then
        log "creating the Wine prefix $WINEPREFIX"
        wineboot -i > "$build_dir/wineboot.log" 2>&1 || true
    fi
    for args in "--version" "detect --json"; do
        log "wine torchgpu-setup.exe $args"
        set +e
        # shellcheck disable=SC2086
        timeout 120 wine "$exe" $args > "$build_dir/smoke.out" 2> "$build_dir/smoke.err"
        rc=$?
        set -e
        sed 's/^/    out: /' "$build_dir/smoke.out"
        sed 's/^/    err: /' "$build_dir/smoke.err" | head -n 20
        log "rc $rc"
    done
fi
