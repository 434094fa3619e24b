#!/usr/bin/env bash
# Builds Qt 6 for 64-bit Windows (x86_64-w64-mingw32) once, from Debian's own qt6-base source, into a cache
# folder outside the clone, and reuses it on every later run. Also puts a private copy of nlohmann_json
# (headers + CMake config) into the cache for the cross build.
#
#   scripts/windows/build-qt.sh [--env-out FILE]
#
# On a fresh Debian 12 run it as root: it installs the cross toolchain, Wine, NSIS and the host Qt tools with
# apt-get, and adds a deb-src entry when the Qt cache has to be built. As another user it only works once those
# packages are installed and the cache folder is writable.
#
# Environment:
#   TGS_WIN_CACHE  cache root (default /var/cache/torchgpu-setup/win); Qt goes to $TGS_WIN_CACHE/qt-<key>
#   TGS_WIN_WORK   source and build trees (default /var/tmp/torchgpu-setup-win); safe to delete afterwards
#   TGS_WIN_JOBS   parallel compile jobs for the Qt build (default 2)
#   TGS_WIN_NICE   niceness of the Qt build (default 19)
#
# --env-out FILE writes TGS_QT_MINGW_PREFIX=... and TGS_JSON_MINGW_PREFIX=... to FILE (for build.sh).
#
# The key hashes everything that changes the result: Debian's qt6-base version, the configure options below,
# the toolchain file's content and the mingw compiler (gcc version, package versions of gcc and the mingw-w64
# headers). The build goes to a temporary folder that is renamed into place only when it is complete, so an
# interrupted build is never taken for a cached one; the build tree in TGS_WIN_WORK is kept, so a rerun
# continues where it stopped. First build: 1106 steps, ~70 min at nice 19 -j2 on 2 busy cores; 88 MB installed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
toolchain="$repo/cmake/windows/mingw-w64-x86_64.cmake"
cache_root=${TGS_WIN_CACHE:-/var/cache/torchgpu-setup/win}
work_root=${TGS_WIN_WORK:-/var/tmp/torchgpu-setup-win}
jobs=${TGS_WIN_JOBS:-2}
niceness=${TGS_WIN_NICE:-19}
triplet=x86_64-w64-mingw32
host_info_dir=/usr/lib/x86_64-linux-gnu/cmake/Qt6HostInfo

env_out=""
while [ $# -gt 0 ]; do
    case "$1" in
        --env-out) env_out=$2; shift 2 ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "build-qt.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

log() { printf 'build-qt: %s\n' "$*"; }
die() { printf 'build-qt: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------------------
# 1. Packages
packages=(
    # the cross toolchain (posix threads: std::thread and std::mutex work), windres, widl/gendef
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 mingw-w64-tools
    # running and packaging the Windows build
    wine wine64 nsis
    # apt-get source, the build
    dpkg-dev xz-utils cmake ninja-build
    # the host Qt (same version as the source): moc, rcc, uic, lupdate/lrelease, Qt6HostInfo
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    # its headers and CMake config are copied into a private prefix for the cross build
    nlohmann-json3-dev
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${db:Status-Status}\n' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || die "missing packages (run as root to install them): ${missing[*]}"
    log "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=1800 update -qq
    apt-get -o DPkg::Lock::Timeout=1800 install -y -qq --no-install-recommends "${missing[@]}"
fi

[ -f "$toolchain" ] || die "toolchain file not found: $toolchain"
[ -f "$host_info_dir/Qt6HostInfoConfig.cmake" ] || die "host Qt tools not found: $host_info_dir"
command -v $triplet-g++-posix >/dev/null || die "$triplet-g++-posix not found"

# ---------------------------------------------------------------------------------------------------------------
# 2. The key
qt_deb_version=$(dpkg-query -W -f='${source:Version}' qt6-base-dev)
qt_version=${qt_deb_version%%+*}
qt_version=${qt_version%%-*}

# Everything but the install prefix (which is derived from the key). Each option is one array element.
qt_options=(
    -G Ninja
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_SHARED_LIBS=ON
    -DQT_HOST_PATH=/usr
    -DQt6HostInfo_DIR=$host_info_dir
    -DQT_QMAKE_TARGET_MKSPEC=win32-g++
    -DQT_BUILD_EXAMPLES=OFF
    -DQT_BUILD_TESTS=OFF
    -DQT_BUILD_BENCHMARKS=OFF
    -DQT_BUILD_MANUAL_TESTS=OFF
    # modules: Core, Gui, Widgets, Network, Test only
    -DFEATURE_gui=ON
    -DFEATURE_widgets=ON
    -DFEATURE_network=ON
    -DFEATURE_testlib=ON
    -DFEATURE_sql=OFF
    -DFEATURE_dbus=OFF
    -DFEATURE_concurrent=OFF
    -DFEATURE_xml=OFF
    -DFEATURE_printsupport=OFF
    -DFEATURE_opengl=OFF
    -DINPUT_opengl=no
    -DFEATURE_vulkan=OFF
    # TLS through Windows' own schannel; no OpenSSL
    -DFEATURE_openssl=OFF
    -DFEATURE_schannel=ON
    # no ICU: text codecs are the Windows code pages
    -DFEATURE_icu=OFF
    # Debian's source drops wintab.h
    -DFEATURE_tabletevent=OFF
    # with Direct2D off, qwindows.dll fails to link (Qt 6.4)
    -DFEATURE_direct2d=ON
    # nothing from the Linux host: bundled third-party code only
    -DFEATURE_pkg_config=OFF
    -DFEATURE_system_zlib=OFF
    -DFEATURE_system_pcre2=OFF
    -DFEATURE_system_png=OFF
    -DFEATURE_system_jpeg=OFF
    -DFEATURE_system_freetype=OFF
    -DFEATURE_system_harfbuzz=OFF
    -DFEATURE_system_doubleconversion=OFF
    -DFEATURE_zstd=OFF
    -DFEATURE_brotli=OFF
)

mingw_gcc=$($triplet-g++-posix --version | head -n 1)
mingw_pkgs=$(dpkg-query -W -f='${Package} ${Version}\n' g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev 2>/dev/null)
key_text=$(
    printf 'format 1\n'
    printf 'debian qt6-base %s\n' "$qt_deb_version"
    printf 'mingw %s\n%s\n' "$mingw_gcc" "$mingw_pkgs"
    printf 'toolchain sha256 %s\n' "$(sha256sum < "$toolchain" | cut -d' ' -f1)"
    printf 'option %s\n' "${qt_options[@]}"
)
key=$(printf '%s\n' "$key_text" | sha256sum | cut -c1-16)
qt_prefix="$cache_root/qt-$key"

json_version=$(dpkg-query -W -f='${Version}' nlohmann-json3-dev)
json_prefix="$cache_root/nlohmann_json-$json_version"

write_env() {
    [ -n "$env_out" ] || return 0
    printf 'TGS_QT_MINGW_PREFIX=%q\nTGS_JSON_MINGW_PREFIX=%q\nTGS_QT_MINGW_KEY=%q\n' \
        "$qt_prefix" "$json_prefix" "$key" > "$env_out"
}

mkdir -p "$cache_root"
# One build at a time per cache (two CI jobs on one machine share it).
exec 9>"$cache_root/.lock"
if ! flock -n 9; then
    log "waiting for another build-qt.sh to finish with $cache_root ..."
    flock 9
fi

# ---------------------------------------------------------------------------------------------------------------
# 3. nlohmann_json for the cross build. Pointing CMake at Debian's config (/usr/share/cmake/nlohmann_json) puts
# -isystem /usr/include on the mingw command line, and then glibc's headers shadow mingw's. A private prefix
# with only the json headers and the same (relocatable) config avoids that.
if [ -f "$json_prefix/share/cmake/nlohmann_json/nlohmann_jsonConfig.cmake" ]; then
    log "nlohmann_json for mingw: cached at $json_prefix"
else
    tmp="$json_prefix.partial"
    rm -rf "$tmp"
    mkdir -p "$tmp/include" "$tmp/share/cmake"
    cp -a /usr/include/nlohmann "$tmp/include/"
    cp -a /usr/share/cmake/nlohmann_json "$tmp/share/cmake/"
    mv "$tmp" "$json_prefix"
    log "nlohmann_json for mingw: copied to $json_prefix"
fi

# ---------------------------------------------------------------------------------------------------------------
# 4. Qt
if [ -f "$qt_prefix/.tgs-complete" ] && [ -f "$qt_prefix/lib/cmake/Qt6/Qt6Config.cmake" ]; then
    log "Qt for mingw: cached at $qt_prefix"
    write_env
    exit 0
fi

log "Qt for mingw: not cached; building Qt $qt_version (Debian $qt_deb_version) into $qt_prefix"
log "key $key from:"
printf '%s\n' "$key_text" | sed 's/^/    /'
started=$(date +%s)

# 4a. The source, from Debian (needs a deb-src entry).
src_parent="$work_root/src-$qt_deb_version"
src_dir="$src_parent/qtbase"
if [ ! -f "$src_dir/.tgs-unpacked" ]; then
    if ! apt-get source --print-uris "qt6-base=$qt_deb_version" >/dev/null 2>&1; then
        [ "$(id -u)" -eq 0 ] || die "apt has no deb-src entry for qt6-base; run as root once to add it"
        deb822=/etc/apt/sources.list.d/debian.sources
        added=/etc/apt/sources.list.d/torchgpu-setup-deb-src.sources
        if [ -f "$deb822" ]; then
            # Every stanza of Debian's own file that has Types: deb but no deb-src, again as Types: deb-src.
            awk 'BEGIN { RS = ""; ORS = "\n\n" }
                 /(^|\n)Types:[^\n]*deb-src/ { next }
                 /(^|\n)Types:[^\n]*deb/ { sub(/(^|\n)Types:[^\n]*/, "\nTypes: deb-src"); sub(/^\n/, ""); print }' \
                "$deb822" > "$added.tmp"
        elif [ -f /etc/apt/sources.list ]; then
            added=/etc/apt/sources.list.d/torchgpu-setup-deb-src.list
            sed -n 's/^deb \(.*\)$/deb-src \1/p' /etc/apt/sources.list > "$added.tmp"
        fi
        [ -s "$added.tmp" ] || die "could not derive a deb-src entry from the apt sources; add one for qt6-base"
        mv "$added.tmp" "$added"
        log "added deb-src entries in $added:"
        sed 's/^/    /' "$added"
        apt-get -o DPkg::Lock::Timeout=1800 update -qq
    fi
    rm -rf "$src_parent"
    mkdir -p "$src_parent"
    (
        cd "$src_parent"
        # apt's download sandbox user (_apt) cannot write here when we run as root; that is only a warning.
        apt-get -q source "qt6-base=$qt_deb_version" 2>&1 | grep -v '^W: Download is performed unsandboxed' || true
        d=$(find . -mindepth 1 -maxdepth 1 -type d -name 'qt6-base-*' | head -n 1)
        [ -n "$d" ] && [ -f "$d/CMakeLists.txt" ] || { echo "build-qt: error: apt-get source qt6-base failed" >&2; exit 1; }
        mv "$d" qtbase
        touch qtbase/.tgs-unpacked
    )
fi

# 4b. Configure, build, install into a temporary folder, rename.
build_dir="$work_root/build-qt-$key"
mkdir -p "$build_dir"
if [ ! -f "$build_dir/build.ninja" ]; then
    log "configuring (log: $build_dir/configure.log)"
    if ! nice -n "$niceness" cmake -S "$src_dir" -B "$build_dir" "${qt_options[@]}" \
            -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_INSTALL_PREFIX="$qt_prefix" \
            > "$build_dir/configure.log" 2>&1; then
        tail -n 60 "$build_dir/configure.log" >&2
        rm -f "$build_dir/build.ninja"
        die "configuring Qt failed; see $build_dir/configure.log"
    fi
    grep -E '^Building for|^ *(Building shared libraries|Qt (Gui|Widgets|Network|Testlib|Sql|Xml|D-Bus|Concurrent|PrintSupport) |Schannel|OpenSSL |ICU|Direct 2D |DirectWrite |Desktop OpenGL)' \
        "$build_dir/config.summary" 2>/dev/null | sed 's/^/    /' || true
fi
log "building with $jobs jobs at nice $niceness (log: $build_dir/build.log)"
if ! nice -n "$niceness" cmake --build "$build_dir" -j "$jobs" > "$build_dir/build.log" 2>&1; then
    grep -E -B2 -A8 'FAILED:|error:' "$build_dir/build.log" | tail -n 80 >&2
    die "building Qt failed; see $build_dir/build.log"
fi
tmp="$qt_prefix.partial"
rm -rf "$tmp"
log "installing"
nice -n "$niceness" cmake --install "$build_dir" --prefix "$tmp" > "$build_dir/install.log" 2>&1 \
    || { tail -n 40 "$build_dir/install.log" >&2; die "installing Qt failed"; }
[ -f "$tmp/lib/cmake/Qt6/Qt6Config.cmake" ] || die "the Qt install has no lib/cmake/Qt6/Qt6Config.cmake"
printf '%s\n' "$key_text" > "$tmp/.tgs-key.txt"
date -u +%FT%TZ > "$tmp/.tgs-complete"
rm -rf "$qt_prefix"
mv "$tmp" "$qt_prefix"
elapsed=$(( $(date +%s) - started ))
log "Qt for mingw: built in $((elapsed / 60)) min $((elapsed % 60)) s, $(du -sh "$qt_prefix" | cut -f1), cached at $qt_prefix"
write_env
