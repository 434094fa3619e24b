#!/usr/bin/env bash
# Checks the GitHub Actions workflows, which cannot run here: each .github/workflows/*.yml must parse as YAML and
# have the shape of a workflow (on, jobs, each job's runs-on and steps, each step's uses or run); then actionlint
# checks them properly where it is installed (Debian 12 does not package it: https://github.com/rhysd/actionlint).
#
#   scripts/check-workflows.sh
#
# Needs python3 and python3-yaml (apt); run as root it installs python3-yaml when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf 'check-workflows: %s\n' "$*"; }
die() { printf 'check-workflows: error: %s\n' "$*" >&2; exit 1; }

# Debian's python3, the one python3-yaml installs into (not whichever python3 comes first on PATH).
python=/usr/bin/python3
[ -x "$python" ] || python=$(command -v python3 || true)
[ -n "$python" ] || die "python3 is not installed (apt-get install python3 python3-yaml)"
if ! "$python" -c 'import yaml' 2> /dev/null; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
        log "installing python3-yaml"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml > /dev/null \
            || die "apt-get install python3-yaml failed"
    else
        die "$python has no yaml module: install python3-yaml (apt-get install python3-yaml, as root)"
    fi
fi

mapfile -t workflows < <(find .github/workflows -maxdepth 1 -type f \( -name '*.yml' -o -name '*.yaml' \) | sort)
[ ${#workflows[@]} -gt 0 ] || die "no workflows in .github/workflows"

"$python" - "${workflows[@]}" <<'PY'
import sys
import yaml

failed = False
for path in sys.argv[1:]:
    problems = []
    try:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
    except yaml.YAMLError as e:
        problems.append(f"not YAML: {e}")
        doc = None
    if doc is not None and not isinstance(doc, dict):
        problems.append("the top level is not a mapping")
    elif isinstance(doc, dict):
        # YAML 1.1 (PyYAML) reads the key `on` as true.
        if "on" not in doc and True not in doc:
            problems.append("no 'on' (the events that start it)")
        jobs = doc.get("jobs")
        if not isinstance(jobs, dict) or not jobs:
            problems.append("no 'jobs'")
            jobs = {}
        for name, job in jobs.items():
            if not isinstance(job, dict):
                problems.append(f"job {name}: not a mapping")
                continue
            if "uses" in job:  # a reusable workflow
                continue
            if "runs-on" not in job:
                problems.append(f"job {name}: no 'runs-on'")
            steps = job.get("steps")
            if not isinstance(steps, list) or not steps:
                problems.append(f"job {name}: no 'steps'")
                continue
            for i, step in enumerate(steps, 1):
                if not isinstance(step, dict) or ("uses" in step) == ("run" in step):
                    problems.append(f"job {name}, step {i}: needs exactly one of 'uses' and 'run'")
    if problems:
        failed = True
        for p in problems:
            print(f"check-workflows: {path}: {p}", file=sys.stderr)
    else:
        jobs = ", ".join(doc["jobs"])
        print(f"check-workflows: {path}: parses; jobs: {jobs}")
sys.exit(1 if failed else 0)
PY

if command -v actionlint > /dev/null; then
    actionlint "${workflows[@]}"
    log "actionlint: no findings"
else
    log "actionlint is not installed (not packaged for Debian 12); checked the YAML and the workflow shape only"
fi
