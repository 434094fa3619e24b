#!/usr/bin/env bash
# Fails when a C++ file deviates from .clang-format. The formatter is pinned to the version
# scripts/setup.sh installs (Debian 12's clang-format 14): another version formats differently.
# Fix deviations with: git ls-files '*.cpp' '*.h' | xargs clang-format-14 -i
set -euo pipefail
cd "$(dirname "$0")/.."
want=14
cf=""
for candidate in "clang-format-$want" clang-format; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" --version | grep -q "version $want\."; then
        cf="$candidate"
        break
    fi
done
if [ -z "$cf" ]; then
    echo "check-format: clang-format $want is not installed (bash scripts/setup.sh installs it)." >&2
    exit 1
fi
bad=()
while IFS= read -r file; do
    "$cf" --dry-run --Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done < <(git ls-files '*.cpp' '*.h')
if [ ${#bad[@]} -gt 0 ]; then
    echo "check-format: ${#bad[@]} file(s) deviate from .clang-format ($cf):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    echo "Fix with: git ls-files '*.cpp' '*.h' | xargs $cf -i" >&2
    exit 1
fi
echo "check-format: every C++ file follows .clang-format ($cf)."
