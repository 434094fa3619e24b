#!/usr/bin/env bash
# Builds the Linux packages (.deb and .tar.gz) of a finished build with CPack, then checks the .deb without touching
# this system: its control fields, that its Depends are met by what is installed here, and the program itself,
# unpacked into a temporary root (dpkg -x) and run from there.
#
#   scripts/package-linux.sh --build DIR [--keep]
#
#   --build DIR   a finished build folder (cmake --preset default makes ./build)
#   --keep        keep the unpacked root (DIR/package-root)
#
# Packages: dpkg-dev (dpkg-shlibdeps, which CPack runs for the Depends), python3. The packages are left in
# DIR/package/. Exits non-zero with a message on the first check that fails.
set -euo pipefail

build_dir=""
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build_dir=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "package-linux: unknown argument: $1" >&2; exit 2 ;;
    esac
done

log() { printf 'package-linux: %s\n' "$*"; }
die() { printf 'package-linux: error: %s\n' "$*" >&2; exit 1; }

[ -n "$build_dir" ] || die "give the build folder: --build DIR"
[ -f "$build_dir/CPackConfig.cmake" ] || die "$build_dir has no CPackConfig.cmake: configure and build it first"
build_dir=$(cd "$build_dir" && pwd)
for tool in cpack dpkg-deb dpkg-shlibdeps dpkg-query python3; do
    command -v "$tool" > /dev/null || die "$tool is not installed (package dpkg-dev, python3)"
done

timings=()
part_started=0
part_name=""
part() {
    part_end
    part_name=$1
    part_started=$(date +%s)
    log "== $part_name"
}
part_end() {
    if [ -n "$part_name" ]; then
        local took=$(( $(date +%s) - part_started ))
        timings+=("$(printf '%4d s  %s' "$took" "$part_name")")
        log "   ($part_name: $took s)"
        part_name=""
    fi
}

# 1. The packages.
part "cpack (DEB, TGZ)"
out_dir="$build_dir/package"
rm -rf "$out_dir"
cpack --config "$build_dir/CPackConfig.cmake" -G "DEB;TGZ" -B "$out_dir" > "$build_dir/cpack.log" 2>&1 \
    || { tail -n 40 "$build_dir/cpack.log" >&2; die "cpack failed (log: $build_dir/cpack.log)"; }
deb=$(find "$out_dir" -maxdepth 1 -name 'torchgpu-setup_*.deb' | head -n 1)
tgz=$(find "$out_dir" -maxdepth 1 -name 'torchgpu-setup-*.tar.gz' | head -n 1)
[ -n "$deb" ] || die "cpack made no .deb in $out_dir"
[ -n "$tgz" ] || die "cpack made no .tar.gz in $out_dir"
stat -c '    %9s  %n' "$deb" "$tgz"

# 2. The control fields, and whether this system meets the Depends (what `apt install ./x.deb` would need).
part ".deb fields and dependencies"
dpkg-deb -f "$deb" | sed 's/^/    /'
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = torchgpu-setup ] || die "Package is $(field Package)"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || die "Architecture is $(field Architecture)"
depends=$(field Depends)
[ -n "$depends" ] || die "the .deb has no Depends (did dpkg-shlibdeps run?)"
# Ubuntu 24.04 calls them libqt6core6t64 and so on (the 64-bit time_t transition).
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libc6 'libstdc\+\+6'; do
    grep -qE "(^|, )$lib(t64)?( |,|$)" <<< "$depends" || die "Depends lacks $lib: $depends"
done
# Each comma-separated item is met when one of its |-alternatives is installed in a version that satisfies it.
unmet=0
while IFS= read -r item; do
    met=0
    while IFS= read -r alt; do
        read -r name op version <<< "$(sed -E 's/^ *([^ (]+) *(\(([<>=]+) *([^)]+)\))?.*$/\1 \3 \4/' <<< "$alt")"
        installed=$(dpkg-query -W -f='${db:Status-Abbrev}${Version}' "$name" 2> /dev/null | sed -n 's/^ii *//p')
        [ -n "$installed" ] || continue
        if [ -z "$op" ] || dpkg --compare-versions "$installed" "$op" "$version"; then
            met=1
            log "   met: $alt (installed $installed)"
            break
        fi
    done < <(tr '|' '\n' <<< "$item")
    [ $met -eq 1 ] || { log "   NOT met: $item"; unmet=1; }
done < <(tr ',' '\n' <<< "$depends" | sed 's/^ *//')
[ $unmet -eq 0 ] || die "this system does not meet the .deb's Depends (above)"
if command -v apt-get > /dev/null; then
    # apt's own view, as a cross-check: installing the .deb would install nothing else.
    apt_out=$(apt-get -s install "$deb" 2>&1) || { printf '%s\n' "$apt_out" | sed 's/^/    /'; die "apt-get -s install $deb fails"; }
    printf '%s\n' "$apt_out" | grep -E '^(Inst|[0-9]+ upgraded)' | sed 's/^/    apt: /'
    others=$(printf '%s\n' "$apt_out" | grep '^Inst ' | grep -vc '^Inst torchgpu-setup ' || true)
    [ "$others" -eq 0 ] || die "apt would install $others other packages for it"
fi

# 3. Unpacked into a root of its own, and run from there.
part "unpack (dpkg -x) and run"
root="$build_dir/package-root"
rm -rf "$root"
dpkg -x "$deb" "$root"
(cd "$root" && find . -type f -printf '    %P\n' | sort)
for file in usr/bin/torchgpu-setup usr/share/applications/torchgpu-setup.desktop \
    usr/share/icons/hicolor/scalable/apps/torchgpu-setup.svg; do
    [ -f "$root/$file" ] || die "the .deb has no /$file"
done
if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate "$root/usr/share/applications/torchgpu-setup.desktop" || die "the .desktop file is invalid"
fi
if ldd "$root/usr/bin/torchgpu-setup" | grep -q 'not found'; then
    ldd "$root/usr/bin/torchgpu-setup" | grep 'not found' | sed 's/^/    /'
    die "libraries of /usr/bin/torchgpu-setup are missing"
fi
run_unpacked() { # ARGS...: prints the output; fails on a non-zero exit
    local rc=0
    QT_QPA_PLATFORM=offscreen timeout 300 "$root/usr/bin/torchgpu-setup" "$@" \
        > "$build_dir/package-run.out" 2> "$build_dir/package-run.err" || rc=$?
    sed 's/^/    out: /' "$build_dir/package-run.out"
    sed 's/^/    err: /' "$build_dir/package-run.err" | head -n 30
    [ $rc -eq 0 ] || die "torchgpu-setup $* exited with $rc"
}
log "   torchgpu-setup --version"
run_unpacked --version
version=$(field Version)
grep -qF "$version" "$build_dir/package-run.out" || die "--version does not print the package's version $version"
log "   torchgpu-setup detect --json"
run_unpacked detect --json
python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$build_dir/package-run.out" \
    || die "detect --json did not print JSON"

# 4. The archive holds the same layout under one top folder.
part ".tar.gz contents"
tar -tzf "$tgz" | sed 's/^/    /'
top=$(basename "$tgz" .tar.gz)
for file in bin/torchgpu-setup share/applications/torchgpu-setup.desktop; do
    tar -tzf "$tgz" "$top/$file" > /dev/null 2>&1 || die "the archive has no $top/$file"
done

part_end
[ $keep -eq 1 ] || rm -rf "$root"
log "done: $deb $tgz"
printf '%s\n' "${timings[@]}" | sed 's/^/    /'
