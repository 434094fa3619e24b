#!/usr/bin/env bash
# Configures, builds and runs every test (ctest). Needs scripts/setup.sh to have run once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/check-format.sh
cmake --preset default
cmake --build --preset default
ctest --preset default
# A smoke run of each parser's fuzz target (a clang build of its own in build-fuzz; tests/fuzz/README.md).
bash scripts/fuzz.sh --time 5
