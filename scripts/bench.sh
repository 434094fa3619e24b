#!/usr/bin/env bash
# Benchmarks (not tests): detection time against its slowest probe with fake tools of known
# delay, and on this machine against `python3 -m torch.utils.collect_env`; line framing of 50 MB
# of output (one line without a newline, short lines, progress updates).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
cmake --build --preset default --target bench_detection bench_linesplitter bench_liveconsole torchgpu-setup
./build/tests/bench_linesplitter
./build/tests/bench_liveconsole
./build/tests/bench_detection "${1:-3}"
