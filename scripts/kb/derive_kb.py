#!/usr/bin/env python3
"""Derive the error-prone knowledge-base tables from the upstream files they come from.

Usage: derive_kb.py [UPSTREAM_DIR] > tests/fixtures/kb/derived.json

UPSTREAM_DIR (default: tests/fixtures/kb/upstream) holds small, cited excerpts of the primary
sources and manifest.json, which says which excerpt answers for which torch release. Prints one
JSON object:
  wheel_arch:  {minor: {cuda: {"arch": [...], "ptx": "12.0" | null, "from": "..."}}}
               parsed from the release-branch build scripts (pytorch .ci/manywheel/build_cuda.sh,
               or the table in build_env_setup.py from 2.13 on); values the script could not read
               from a file are taken from the manifest's "recorded" entries and say so in "from"
  python:      {minor: {"linux": [...], "windows": [...]}} wheel Python versions per OS
  conda_pytorch_python: {minor: {"linux": [...], "windows": [...]}} where the pytorch conda
               channel differs from the wheels
  conda_forge: {version: {"linux": [...], "windows": [...], "commits": [...]}} CUDA versions of
               conda-forge's builds, from the feedstock's CI variant file names
tests/core/kb/tst_kbconsistency.cpp checks resources/compat.json against the checked-in output.
Python 3 standard library only; runs at authoring time, not in the product.
"""

import json
import os
import re
import sys

OSES = ("linux", "windows")


def parse_arch_list(value):
    """'7.0;7.5;12.0+PTX' -> (['7.0', '7.5', '12.0'], '12.0')."""
    arch, ptx = [], None
    for item in filter(None, value.split(";")):
        if item.endswith("+PTX"):
            item = item[:-4]
            ptx = item
        arch.append(item)
    return sorted(arch, key=lambda a: [int(x) for x in a.split(".")]), ptx


# $([[ "$ARCH" == "aarch64" ]] && echo "X" || echo "Y") -> Y: the x86_64 wheels are the ones we list.
AARCH64_CHOICE = re.compile(r'\$\(\[\[ "\$ARCH" == "aarch64" \]\] && echo "[^"]*" \|\| echo "([^"]*)"\)')
CASE_ARM = re.compile(r'^\s*(\d+\.\d+)\)\s*(.*)$')
ASSIGN = re.compile(r'TORCH_CUDA_ARCH_LIST="([^"]*)"')


def parse_build_cuda(text):
    """The x86_64 wheel arch list per CUDA version from a build_cuda.sh case statement."""
    base = ""
    result = {}
    current = None
    in_case = False
    for raw in text.splitlines():
        if raw.lstrip().startswith("#"):
            continue
        line = AARCH64_CHOICE.sub(r"\1", re.sub(r"\s+#.*$", "", raw))
        if line.lstrip().startswith("case "):
            in_case = True
            continue
        if line.strip() == "esac":
            in_case = False
            continue
        if not in_case:
            m = ASSIGN.search(line)
            if m:
                base = m.group(1)
            continue
        arm = CASE_ARM.match(line)
        if arm:
            current = arm.group(1)
            line = arm.group(2)
        m = ASSIGN.search(line)
        if current and m and current not in result:
            result[current] = m.group(1).replace("${TORCH_CUDA_ARCH_LIST}", base)
    return {cuda: parse_arch_list(value) for cuda, value in result.items()}


TABLE_ENTRY = re.compile(r'"(\d+\.\d+)":\s*\{\s*"x86_64":\s*\{([\d,\s]+)\}', re.S)
PTX_SET = re.compile(r'_PTX_ARCHES[^=]*=\s*\{([\d,\s]+)\}')


def parse_build_env_setup(text):
    """The x86_64 wheel arch list per CUDA version from build_env_setup.py's table."""
    ptx_codes = {int(x) for x in PTX_SET.search(text).group(1).split(",") if x.strip()}
    result = {}
    for cuda, codes in TABLE_ENTRY.findall(text):
        ints = sorted(int(x) for x in codes.split(",") if x.strip())
        value = ";".join(f"{c // 10}.{c % 10}" + ("+PTX" if c in ptx_codes else "") for c in ints)
        result[cuda] = parse_arch_list(value)
    return result


def read(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return f.read()


def derive_wheel_arch(folder, manifest):
    out = {}
    for minor, entry in manifest["wheel_arch"].items():
        table = {}
        if "file" in entry:
            text = read(folder, entry["file"])
            parsed = parse_build_env_setup(text) if entry["file"].endswith(".py.txt") else parse_build_cuda(text)
            for cuda in entry["cuda"]:
                if cuda not in parsed:
                    sys.exit(f"{entry['file']}: no arch list for CUDA {cuda} (release {minor})")
                arch, ptx = parsed[cuda]
                table[cuda] = {"arch": arch, "ptx": ptx, "from": entry["file"]}
        for cuda, value in entry.get("recorded", {}).items():
            arch, ptx = parse_arch_list(value)
            table[cuda] = {"arch": arch, "ptx": ptx, "from": "recorded: " + entry["source"]}
        out[minor] = dict(sorted(table.items(), key=lambda kv: [int(x) for x in kv[0].split(".")]))
    return out


def per_os(section):
    out = {}
    for key, entry in section.items():
        if key == "about":
            continue
        out[key] = {os_name: entry.get(os_name, entry["all"]) for os_name in OSES}
    return out


CF_HEADER = re.compile(r"^@ (\S+) (\S+) (\S+) (\S+)$")
CF_FILE = re.compile(r"^\s+(linux_64|win_64)_.*?cuda_compiler_version(\d+\.\d+)")


def derive_conda_forge(text):
    out = {}
    version = None
    for line in text.splitlines():
        header = CF_HEADER.match(line)
        if header:
            version, commit = header.group(1), header.group(2)
            entry = out.setdefault(version, {"linux": set(), "windows": set(), "commits": []})
            entry["commits"].append(commit)
            continue
        match = CF_FILE.match(line)
        if match and version:
            os_name = "linux" if match.group(1) == "linux_64" else "windows"
            out[version][os_name].add(match.group(2))
    key = lambda v: [int(x) for x in v.split(".")]
    return {v: {"linux": sorted(e["linux"], key=key), "windows": sorted(e["windows"], key=key),
                "commits": e["commits"]}
            for v, e in sorted(out.items(), key=lambda kv: key(kv[0]))}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "tests", "fixtures", "kb", "upstream")
    manifest = json.loads(read(folder, "manifest.json"))
    derived = {
        "about": "Written by scripts/kb/derive_kb.py from tests/fixtures/kb/upstream/; do not edit by hand.",
        "wheel_arch": derive_wheel_arch(folder, manifest),
        "python": per_os(manifest["python"]),
        "conda_pytorch_python": per_os(manifest["conda_pytorch_python"]),
        "conda_forge": derive_conda_forge(read(folder, manifest["conda_forge"]["file"])),
    }
    json.dump(derived, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
