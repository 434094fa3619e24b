#!/usr/bin/env bash
# Builds libsodium for 64-bit Windows (x86_64-w64-mingw32) once, as a static library, from Debian's own libsodium
# source, into a cache folder outside the clone, and reuses it on every later run. Debian has no mingw build of
# libsodium; the knowledge-base update check needs it (core/kb/kbsignature.cpp: Ed25519 signatures).
#
#   scripts/windows/build-sodium.sh [--env-out FILE]
#
# Like build-qt.sh: on a fresh Debian 12 run it as root (it installs what it needs with apt-get and relies on the
# deb-src entry build-qt.sh adds); as another user it only works once those are there and the cache is writable.
#
# Environment: TGS_WIN_CACHE, TGS_WIN_WORK, TGS_WIN_JOBS, TGS_WIN_NICE (see build-qt.sh). libsodium goes to
# $TGS_WIN_CACHE/libsodium-<key>.
#
# --env-out FILE writes TGS_SODIUM_MINGW_PREFIX=... to FILE (for build.sh).
#
# The key hashes what changes the result: Debian's libsodium version, the configure options below and the mingw
# compiler. The install goes to a temporary folder renamed into place when complete. ~3 min on 2 busy cores.
set -euo pipefail

cache_root=${TGS_WIN_CACHE:-/var/cache/torchgpu-setup/win}
work_root=${TGS_WIN_WORK:-/var/tmp/torchgpu-setup-win}
jobs=${TGS_WIN_JOBS:-2}
niceness=${TGS_WIN_NICE:-19}
triplet=x86_64-w64-mingw32

env_out=""
while [ $# -gt 0 ]; do
    case "$1" in
        --env-out) env_out=$2; shift 2 ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "build-sodium.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

log() { printf 'build-sodium: %s\n' "$*"; }
die() { printf 'build-sodium: error: %s\n' "$*" >&2; exit 1; }

# 1. Packages: the cross compiler (build-qt.sh installs it too), apt-get source, and libsodium-dev, whose version
# names the source to fetch (the Linux build uses it, so the two builds use the same libsodium).
# Debian's source is upstream's git tree, without a generated configure: autoreconf makes it, as Debian's own
# build does (dh_autoreconf).
packages=(gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 dpkg-dev make libsodium-dev autoconf automake libtool)
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
command -v $triplet-gcc-posix >/dev/null || die "$triplet-gcc-posix not found"

# 2. The key.
deb_version=$(dpkg-query -W -f='${source:Version}' libsodium-dev)
options=("--host=$triplet" --disable-shared --enable-static --with-pic=no --disable-dependency-tracking
         "CC=$triplet-gcc-posix" "CFLAGS=-O2 -g0")
key_text=$(
    printf 'format 1\n'
    printf 'debian libsodium %s\n' "$deb_version"
    printf 'mingw %s\n' "$($triplet-gcc-posix --version | head -n 1)"
    dpkg-query -W -f='${Package} ${Version}\n' gcc-mingw-w64-x86-64-posix mingw-w64-x86-64-dev autoconf automake \
        libtool 2>/dev/null
    printf 'option %s\n' "${options[@]}"
)
key=$(printf '%s\n' "$key_text" | sha256sum | cut -c1-16)
prefix="$cache_root/libsodium-$key"

write_env() {
    [ -n "$env_out" ] || return 0
    printf 'TGS_SODIUM_MINGW_PREFIX=%q\n' "$prefix" > "$env_out"
}

mkdir -p "$cache_root"
exec 9>"$cache_root/.lock"
if ! flock -n 9; then
    log "waiting for another build with $cache_root to finish ..."
    flock 9
fi

if [ -f "$prefix/.tgs-complete" ] && [ -f "$prefix/lib/libsodium.a" ]; then
    log "libsodium for mingw: cached at $prefix"
    write_env
    exit 0
fi
log "libsodium for mingw: not cached; building Debian $deb_version into $prefix"
started=$(date +%s)

# 3. The source, from Debian (the deb-src entry is the one build-qt.sh adds for qt6-base).
src_parent="$work_root/src-libsodium-$deb_version"
src_dir="$src_parent/libsodium"
if [ ! -f "$src_dir/.tgs-unpacked" ]; then
    apt-get source --print-uris "libsodium=$deb_version" >/dev/null 2>&1 \
        || die "apt has no deb-src entry for libsodium; run scripts/windows/build-qt.sh as root once to add it"
    rm -rf "$src_parent"
    mkdir -p "$src_parent"
    (
        cd "$src_parent"
        apt-get -q source "libsodium=$deb_version" 2>&1 | grep -v '^W: Download is performed unsandboxed' || true
        d=$(find . -mindepth 1 -maxdepth 1 -type d -name 'libsodium-*' | head -n 1)
        [ -n "$d" ] && [ -f "$d/configure.ac" ] || { echo "build-sodium: error: apt-get source libsodium failed" >&2; exit 1; }
        mv "$d" libsodium
        (cd libsodium && autoreconf -fi > autoreconf.log 2>&1) \
            || { tail -n 20 libsodium/autoreconf.log >&2; echo "build-sodium: error: autoreconf failed" >&2; exit 1; }
        touch libsodium/.tgs-unpacked
    )
fi

# 4. Configure, build, install into a temporary folder, rename. Out of tree, so the source stays clean.
build_dir="$work_root/build-libsodium-$key"
tmp="$prefix.partial"
rm -rf "$build_dir" "$tmp"
mkdir -p "$build_dir"
(
    cd "$build_dir"
    nice -n "$niceness" "$src_dir/configure" --prefix="$tmp" "${options[@]}" > configure.log 2>&1 \
        || { tail -n 40 configure.log >&2; exit 1; }
    nice -n "$niceness" make -j "$jobs" > build.log 2>&1 || { tail -n 40 build.log >&2; exit 1; }
    make install > install.log 2>&1 || { tail -n 40 install.log >&2; exit 1; }
) || die "building libsodium failed; logs in $build_dir"
[ -f "$tmp/lib/libsodium.a" ] && [ -f "$tmp/include/sodium.h" ] || die "the install has no lib/libsodium.a"
# The .pc and .la files name the temporary folder; nothing here reads them (cmake/FindSodium.cmake looks for the
# header and the archive), so they go rather than mislead.
rm -rf "$tmp/lib/pkgconfig" "$tmp/lib/libsodium.la"
printf '%s\n' "$key_text" > "$tmp/.tgs-key.txt"
date -u +%FT%TZ > "$tmp/.tgs-complete"
rm -rf "$prefix"
mv "$tmp" "$prefix"
rm -rf "$build_dir"
elapsed=$(( $(date +%s) - started ))
log "libsodium for mingw: built in $((elapsed / 60)) min $((elapsed % 60)) s, cached at $prefix"
write_env
