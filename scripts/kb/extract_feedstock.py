#!/usr/bin/env python3
"""Write the conda-forge fixture that derive_kb.py reads, from a local copy of the feedstock.

Usage: extract_feedstock.py GIT_DIR > tests/fixtures/kb/upstream/conda-forge-ci-support.txt

GIT_DIR is a (bare) clone of https://github.com/conda-forge/pytorch-cpu-feedstock. For every
commit on the upload branches (main and vX.Y.x; first parent only, so unmerged pull-request
commits are skipped) that touched recipe/ or .ci_support/, it reads the version from
recipe/meta.yaml and the names of the CI variant files. conda-forge builds and uploads one
package per variant file, so the linux_64 / win_64 files whose name carries a
cuda_compiler_version are the CUDA builds of that version. One block is written per version and
distinct set of file names, with the first commit that had it. Only the file names are kept.
Python 3 standard library only; runs at authoring time, not in the product.
"""

import re
import subprocess
import sys

BRANCH_PATTERN = re.compile(r"^(main|v\d+\.\d+\.x)$")
VERSION_PATTERN = re.compile(r'set version = "(\d+\.\d+\.\d+)"')
FIRST_VERSION = [1, 8, 0]  # the oldest torch release in resources/compat.json
CUDA_FILE_PATTERN = re.compile(r"^(linux_64|win_64)_.*cuda_compiler_version\d+\.\d+.*\.yaml$")


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True,
                          text=True).stdout


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    git_dir = sys.argv[1]
    branches = [b.strip().lstrip("* ") for b in git(git_dir, "branch", "--format=%(refname:short)").splitlines()]
    branches = sorted(b for b in branches if BRANCH_PATTERN.match(b))
    seen = {}
    for branch in branches:
        log = git(git_dir, "log", "--first-parent", "--reverse", "--format=%H %cs", branch, "--",
                  "recipe/meta.yaml", ".ci_support")
        for line in log.splitlines():
            commit, date = line.split()
            try:
                meta = git(git_dir, "show", commit + ":recipe/meta.yaml")
            except subprocess.CalledProcessError:
                continue
            match = VERSION_PATTERN.search(meta)
            if not match or [int(x) for x in match.group(1).split(".")] < FIRST_VERSION:
                continue
            names = git(git_dir, "ls-tree", "--name-only", commit, ".ci_support/").split()
            files = tuple(sorted(n.split("/")[-1] for n in names if CUDA_FILE_PATTERN.match(n.split("/")[-1])))
            key = (match.group(1), files)
            if key not in seen or date < seen[key][1]:
                seen[key] = (commit, date, branch)
    print("# conda-forge/pytorch-cpu-feedstock: CUDA CI variant files (.ci_support/) per recipe version")
    print("# written by scripts/kb/extract_feedstock.py; one block per version and distinct file set,")
    print("# with the first upload-branch commit (first parent) that had it")
    for (version, files), (commit, date, branch) in sorted(
            seen.items(), key=lambda kv: ([int(x) for x in kv[0][0].split(".")], kv[1][1])):
        print(f"@ {version} {commit} {date} {branch}")
        for name in files:
            print(f"  {name}")


if __name__ == "__main__":
    main()
