#!/usr/bin/env bash
# Installs what TorchGPU Setup needs to build, test and run on Debian 12 / Ubuntu 22.04+.
# Works as root, or as a user with sudo. On Windows, see README.md ("Building on Windows").
set -euo pipefail

if ! command -v apt-get >/dev/null 2>&1; then
    cat >&2 <<'MSG'
This script installs build dependencies with apt-get (Debian/Ubuntu).
On Windows install instead:
  - Visual Studio 2022 (Desktop development with C++), CMake >= 3.21 and Ninja;
  - Qt 6.4 or newer for MSVC 2022 64-bit (Qt Online Installer: qtbase, qttools, qttranslations);
  - nlohmann_json (vcpkg install nlohmann-json:x64-windows, or any package that provides its CMake config);
  - libsodium (vcpkg install libsodium:x64-windows-static-md: static, with the DLL C runtime Qt uses);
then configure with -DCMAKE_PREFIX_PATH="C:/Qt/6.x/msvc2022_64;<vcpkg>/installed/x64-windows;<vcpkg>/installed/x64-windows-static-md".
MSG
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "Run this script as root, or install sudo." >&2
        exit 1
    fi
fi

packages=(
    # the build
    build-essential cmake ninja-build
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev
    nlohmann-json3-dev
    # Ed25519 signatures of knowledge-base updates (core/kb/kbsignature.cpp), and the signing script
    # scripts/kb/sign-kb.py, which uses the same library through PyNaCl
    libsodium-dev python3-nacl
    # the formatter the test script enforces (.clang-format; pinned to Debian 12's 14)
    clang-format-14
    # the parsers' fuzz targets (scripts/fuzz.sh): clang, and its libFuzzer, ASan and UBSan runtimes
    clang libclang-rt-dev
    # the GUI on a headless machine, screenshots, Chinese glyphs
    xvfb xauth imagemagick xdotool fonts-noto-cjk
    # a real (CPU-only) torch for /usr/bin/python3, which detection must find
    python3 python3-torch
    # packages and their checks (scripts/package-linux.sh: dpkg-shlibdeps; scripts/check-workflows.sh: YAML)
    dpkg-dev python3-yaml
)

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${packages[@]}"
echo "setup: all build and test dependencies are installed."
