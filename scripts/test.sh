#!/usr/bin/env bash
# Configures, builds and runs every test (ctest). Needs scripts/setup.sh to have run once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/check-format.sh
cmake --preset default
cmake --build --preset default
ctest --preset default
