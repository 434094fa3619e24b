#!/usr/bin/env bash
# Fuzzes the pure parsers with libFuzzer (tests/fuzz/README.md): builds the targets with clang, ASan and UBSan in
# a build folder of their own, then runs each for the given time on a corpus seeded with the real fixtures.
#   bash scripts/fuzz.sh [--time SECONDS] [--build DIR] [TARGET...]
# TARGET is a name of tests/fuzz/fuzz_<name>.cpp; none means all. Prints, per target, the executions and whether it
# found anything; exits 1 when any target found a crash, a leak, a time-out or undefined behaviour, and names the
# reproducer (run it again with: <build>/tests/fuzz/fuzz_<name> <reproducer>).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
build=build-fuzz
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
    --time) seconds="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
    esac
done
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "fuzz: --time wants a whole number of seconds, not \"$seconds\"" >&2
    exit 2
fi

# The seeds of each target: real tool output and data files (folders are read flat; *.md are their notes).
declare -A seeds=(
    [nvidiasmi_table]="tests/fixtures/nvidia-smi"
    [nvidiasmi_query]="tests/fixtures/nvidia-smi-query"
    [cudatools]="tests/fixtures/nvcc tests/fixtures/nvcc-dryrun tests/fixtures/cuda-version-file
                 tests/fixtures/cudnn-header tests/fixtures/proc-driver-version"
    [conda]="tests/fixtures/conda"
    [python_probe]="tests/fuzz/seeds/python-probe tests/fixtures/py-launcher"
    [verify_probe]="tests/fixtures/verify"
    [knowledgebase]="resources/compat.json tests/fixtures/kb/minimal.json tests/fixtures/kb/derived.json"
    [mirrors]="resources/mirrors.json"
    [failures]="tests/fixtures/install-errors"
    [doctor_text]="tests/fixtures/doctor tests/fixtures/install-errors"
)
# JSON readers get JSON's tokens as a dictionary.
declare -A dicts=([cudatools]=json [conda]=json [python_probe]=json [verify_probe]=json [knowledgebase]=json
    [mirrors]=json)

if [ ${#targets[@]} -eq 0 ]; then
    targets=(nvidiasmi_table nvidiasmi_query cudatools conda python_probe verify_probe knowledgebase mirrors failures
        doctor_text)
fi
for target in "${targets[@]}"; do
    if [ -z "${seeds[$target]+set}" ]; then
        echo "fuzz: no target \"$target\"; the targets: ${!seeds[*]}" >&2
        exit 2
    fi
done

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is not installed (bash scripts/setup.sh installs clang and its libFuzzer)." >&2
    exit 1
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    # Debug keeps Qt's and nlohmann_json's own assertions (bounds of QList::at, json::operator[]) in the inlined
    # code; -O1 keeps it fast enough to fuzz.
    cmake -S . -B "$build" -G Ninja -DTGS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
        "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" >/dev/null
fi
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
failed=()
for target in "${targets[@]}"; do
    corpus="$build/fuzz/corpus/$target"
    findings="$build/fuzz/findings/$target"
    log="$build/fuzz/$target.log"
    mkdir -p "$corpus" "$findings"
    for source in ${seeds[$target]}; do
        while IFS= read -r -d '' file; do
            cp "$file" "$corpus/seed-$(basename "$(dirname "$file")")-$(basename "$file")"
        done < <(find "$source" -maxdepth 1 -type f ! -name '*.md' -print0)
    done
    options=(-max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$findings/")
    if [ -n "${dicts[$target]:-}" ]; then
        options+=(-dict="tests/fuzz/${dicts[$target]}.dict")
    fi
    status=0
    "$build/tests/fuzz/fuzz_$target" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    inputs=$(find "$corpus" -type f | wc -l)
    if [ "$status" -eq 0 ]; then
        printf 'fuzz: %-16s %10s executions in %s s, corpus %s inputs: nothing found\n' \
            "$target" "${runs:-?}" "$seconds" "$inputs"
    else
        reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error:)' "$log" | head -n 5 | sed 's/^/    /' >&2 || true
        printf 'fuzz: %-16s FOUND a failure (exit %s) after %s executions; reproducer: %s; log: %s\n' \
            "$target" "$status" "${runs:-?}" "${reproducer:-none written}" "$log" >&2
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: ${#failed[@]} target(s) found a failure: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} target(s), $seconds s each, nothing found."
