#!/usr/bin/env bash
# Takes the README's screenshots of the real program under Xvfb, in Chinese and English:
#   scripts/screenshots.sh [--build DIR] [--out DIR] [--display :N]
# The machine is a fake RTX 4070 laptop: nvidia-smi answers from a recorded table
# (tests/fixtures/nvidia-smi/linux-550.40.07-rtx4070-91col.txt); a fake Miniforge in the temporary home answers
# `conda info --json` / `conda env list --json`; Debian's real Python with its CPU-only torch. Nothing is
# downloaded: the download sources' probe addresses point at a local server that answers after a fixed delay
# (TGS_MIRRORS_FILE), `conda create` makes the environment folder (its bin/python is Debian's /usr/bin/python3)
# and `conda run … python -m pip install` prints pip's lines at pip's pace ("Progress N of M" as pip 24.1+ prints
# them with --progress-bar raw); the sizes and timings are made up, the verify page checks Debian's torch for real.
# Shots: the four pages before anything runs; then the install running, the stop question (Esc), stopped (Stop),
# a recognised failure (Retry; pip's real "Network is unreachable" lines from tests/fixtures/install-errors/),
# and a successful retry, which goes on to the verify page.
# Needs xvfb, xdotool and imagemagick (scripts/setup.sh installs them). Linux only.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
build=$repo/build
out=$repo/docs/screenshots
display=:77
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --display) display=$2; shift 2 ;;
        *) echo "screenshots: unknown argument: $1" >&2; exit 2 ;;
    esac
done
app=$build/app/torchgpu-setup
[ -x "$app" ] || { echo "screenshots: build the program first ($app)" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/home" "$work/config"

# The fake nvidia-smi: the recorded table, or the query line the program asks for.
cat > "$work/bin/nvidia-smi" <<SMI
#!/bin/sh
case "\$*" in
  *--query-gpu=*) echo "0, NVIDIA GeForce RTX 4070 Laptop GPU, 8188, 8.9, 550.40.07" ;;
  *) cat "$repo/tests/fixtures/nvidia-smi/linux-550.40.07-rtx4070-91col.txt" ;;
esac
SMI
chmod +x "$work/bin/nvidia-smi"

# The fake Miniforge: conda answers the detector, creates environments and runs pip in them. What pip does is
# in $work/pip-mode: "slow" (a long download, until it is stopped), "fail" (no network), "ok".
root=$work/home/miniforge3
mkdir -p "$root/bin" "$root/conda-meta" "$root/envs"
touch "$root/conda-meta/python-3.12.7-hc5c86c4_0_cpython.json"
echo slow > "$work/pip-mode"
cat > "$root/bin/conda" <<CONDA
#!/bin/bash
root='$root'
work='$work'
repo='$repo'
CONDA
cat >> "$root/bin/conda" <<'CONDA'
envs() { printf '"%s"' "$root"; for e in "$root"/envs/*/; do [ -d "$e" ] && printf ', "%s"' "${e%/}"; done; }
name=torchgpu
for ((i = 1; i < $#; i++)); do [ "${!i}" = -n ] && { j=$((i + 1)); name=${!j}; }; done
progress() { # size in bytes, bytes per update (pip prints at most 4 a second)
    local got=0
    while [ "$got" -lt "$1" ]; do
        echo "Progress $got of $1"
        [ $((got * 100 / $1)) -ge 30 ] && touch "$work/progress-30"
        sleep 0.25
        got=$((got + $2))
    done
    echo "Progress $1 of $1"
}
pip() {
    local index=https://download.pytorch.org/whl/cu126 whl=https://download.pytorch.org/whl
    local mode
    mode=$(cat "$work/pip-mode")
    echo "Looking in indexes: $index"
    echo "Collecting torch==2.14.1"
    if [ "$mode" = fail ]; then
        sleep 1
        cat "$repo/tests/fixtures/install-errors/pip-retry-network-unreachable-linux.txt"
        exit 1
    fi
    echo "  Downloading $index/torch-2.14.1%2Bcu126-cp311-cp311-manylinux_2_28_x86_64.whl.metadata (29 kB)"
    echo "Collecting torchvision==0.29.1"
    echo "  Downloading $index/torchvision-0.29.1%2Bcu126-cp311-cp311-manylinux_2_28_x86_64.whl.metadata (6.1 kB)"
    for dep in "filelock-3.13.1|11 kB" "typing_extensions-4.12.2|37 kB" "sympy-1.13.3|6.2 MB" \
        "networkx-3.3|1.7 MB" "jinja2-3.1.4|133 kB" "fsspec-2024.6.1|177 kB"; do
        echo "Collecting ${dep%%-*} (from torch==2.14.1)"
        echo "  Downloading $whl/${dep%|*}-py3-none-any.whl (${dep#*|})"
        sleep 0.1
    done
    echo "Downloading $index/torch-2.14.1%2Bcu126-cp311-cp311-manylinux_2_28_x86_64.whl (866.1 MB)"
    if [ "$mode" = slow ]; then progress 866123456 4718592; else progress 866123456 123456789; fi
    echo "Downloading $index/torchvision-0.29.1%2Bcu126-cp311-cp311-manylinux_2_28_x86_64.whl (7.5 MB)"
    progress 7512345 7512345
    echo "Installing collected packages: typing-extensions, sympy, networkx, jinja2, fsspec, filelock, torch, torchvision"
    sleep 1
    echo "Successfully installed filelock-3.13.1 fsspec-2024.6.1 jinja2-3.1.4 networkx-3.3 sympy-1.13.3 torch-2.14.1+cu126 torchvision-0.29.1+cu126 typing-extensions-4.12.2"
}
case "$1" in
    --version) echo "conda 24.9.2" ;;
    info) echo "{\"conda_version\": \"24.9.2\", \"root_prefix\": \"$root\", \"envs\": [$(envs)], \"envs_dirs\": [\"$root/envs\"]}" ;;
    env) echo "{\"envs\": [$(envs)]}" ;;
    create)
        prefix=$root/envs/$name
        printf 'Channels:\n - conda-forge\nPlatform: linux-64\n'
        echo "Collecting package metadata (repodata.json): ...working... done"; sleep 0.5
        echo "Solving environment: ...working... done"
        printf '\n## Package Plan ##\n\n  environment location: %s\n\n  added / updated specs:\n    - python=3.11\n\n' "$prefix"
        echo "Downloading and Extracting Packages: ...working... done"; sleep 0.5
        echo "Preparing transaction: ...working... done"
        echo "Verifying transaction: ...working... done"
        mkdir -p "$prefix/bin" "$prefix/conda-meta"
        ln -sf /usr/bin/python3 "$prefix/bin/python"
        touch "$prefix/conda-meta/python-3.11.2-h2755cc3_0_cpython.json"
        echo "Executing transaction: ...working... done"
        printf '#\n# To activate this environment, use\n#\n#     $ conda activate %s\n#\n' "$name"
        printf '# To deactivate an active environment, use\n#\n#     $ conda deactivate\n\n'
        ;;
    run)
        shift
        while [ $# -gt 0 ] && [ "$1" != python ]; do shift; done
        shift
        [ "${1:-}" = -u ] && shift
        if [ "${1:-} ${2:-} ${3:-}" = "-m pip install" ]; then pip; else exec "$root/envs/$name/bin/python" "$@"; fi
        ;;
    *) echo "conda (screenshots' fake): $*" >&2; exit 1 ;;
esac
CONDA
chmod +x "$root/bin/conda"

# The download sources' probe addresses, answered here after a fixed delay each (no network is used).
cat > "$work/sources.py" <<'PY'
import http.server, sys, time
delay = {"official": 0.21, "tuna": 0.034, "ustc": 0.061, "bfsu": 0.047, "sjtu": 0.072, "aliyun": 0.055}
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(delay.get(self.path.split("/")[1], 0.1))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
open(sys.argv[1], "w").write(str(server.server_port))
server.serve_forever()
PY
python3 "$work/sources.py" "$work/port" &
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
python3 - "$repo/resources/mirrors.json" "$work/mirrors.json" "$(cat "$work/port")" <<'PY'
import json, sys
catalog = json.load(open(sys.argv[1], encoding="utf-8"))
for mirror in catalog["mirrors"]:
    mirror["probe_path"] = "http://127.0.0.1:%s/%s/simple/six/" % (sys.argv[3], mirror["id"])
json.dump(catalog, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
sleep 1
X() { DISPLAY=$display xdotool "$@"; }
key() { X key "$@"; }
# The wizard's rectangle (a dialog is centred on it), as 256 colours.
shot() {
    DISPLAY=$display import -window root -crop "${size}+0+0" +repage -colors 256 "PNG8:$out/$1.png"
    echo "screenshots: $out/$1.png"
}
# Waits up to $1 seconds for the file $2.
wait_file() { for _ in $(seq $(($1 * 10))); do [ -e "$2" ] && return 0; sleep 0.1; done; echo "screenshots: no $2" >&2; }

# Nothing of this machine's own proxy, conda or pip set-up reaches the program (a pip.conf naming a mirror would
# change the default source and add a sentence to the shots).
clean_env=(-u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy -u ALL_PROXY
    -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL -u CONDARC -u CONDA_PREFIX -u CONDA_EXE -u CONDA_ROOT -u VIRTUAL_ENV
    -u XDG_CONFIG_DIRS PIP_CONFIG_FILE=/dev/null)

run_in() {
    local lang=$1 pid window dialog=
    rm -rf "${work:?}/config"/* "$work/home/.local" "$root/envs"/* "$work"/progress-30
    echo slow > "$work/pip-mode"
    env "${clean_env[@]}" \
        HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/home/.local/share \
        TGS_MIRRORS_FILE=$work/mirrors.json PATH="$work/bin:/usr/bin:/bin" LC_ALL=C.UTF-8 DISPLAY=$display \
        "$app" --lang "$lang" > "$work/app-$lang.log" 2>&1 &
    pid=$!
    sleep 3
    window=$(X search --sync --onlyvisible --pid "$pid" | head -1)
    X windowmove "$window" 0 0 windowfocus "$window" || true
    eval "$(X getwindowgeometry --shell "$window")"
    size=${WIDTH}x${HEIGHT}
    sleep 1
    shot "1-welcome-$lang"
    key Return; sleep 8; shot "2-detect-$lang"
    key Return; sleep 3; shot "3-recommend-$lang"
    key Return; sleep 4; shot "4-install-$lang"
    # Install: the source check, conda create, then pip's download until 30 %.
    key Return
    wait_file 60 "$work/progress-30"
    sleep 1
    shot "5-installing-$lang"
    # Esc asks first; the dialog is a second window of the program.
    key Escape
    for _ in $(seq 50); do
        dialog=$(X search --onlyvisible --pid "$pid" 2>/dev/null | grep -vx "$window" | head -1 || true)
        [ -n "$dialog" ] && break
        sleep 0.1
    done
    sleep 0.5
    shot "6-stop-question-$lang"
    # "Keep installing" (the dialog's Esc button), then the page's own Stop.
    [ -n "$dialog" ] && X windowfocus --sync "$dialog" || true
    key Escape
    sleep 1
    X windowfocus --sync "$window" || true
    key alt+s
    sleep 3
    shot "7-stopped-$lang"
    # Retry the stopped step: pip finds no network.
    echo fail > "$work/pip-mode"
    key alt+r
    sleep 4
    shot "8-failed-$lang"
    # Retry again: pip installs, and the wizard goes on to check the new environment.
    echo ok > "$work/pip-mode"
    key alt+r
    sleep 15
    shot "9-verify-$lang"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
# A 1920×1080 screen at 150 % scaling (Windows' default on such laptops): the install page with a download
# running, in device pixels, to show the window and its text at that size.
run_scaled() {
    local lang=$1 pid window big=$((${display#:} + 1))
    rm -rf "${work:?}/config"/* "$work/home/.local" "$root/envs"/* "$work"/progress-30
    echo slow > "$work/pip-mode"
    Xvfb ":$big" -screen 0 1920x1080x24 -nolisten tcp > /dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    env "${clean_env[@]}" \
        HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/home/.local/share \
        TGS_MIRRORS_FILE=$work/mirrors.json PATH="$work/bin:/usr/bin:/bin" LC_ALL=C.UTF-8 DISPLAY=":$big" \
        QT_SCALE_FACTOR=1.5 "$app" --lang "$lang" > "$work/app-scaled-$lang.log" 2>&1 &
    pid=$!
    sleep 3
    window=$(DISPLAY=":$big" xdotool search --sync --onlyvisible --pid "$pid" | head -1)
    DISPLAY=":$big" xdotool windowfocus "$window" || true
    sleep 1
    DISPLAY=":$big" xdotool key Return; sleep 8
    DISPLAY=":$big" xdotool key Return; sleep 3
    DISPLAY=":$big" xdotool key Return; sleep 4
    DISPLAY=":$big" xdotool key Return
    wait_file 60 "$work/progress-30"
    sleep 1
    DISPLAY=":$big" import -window root -colors 256 "PNG8:$out/10-scaled-150-installing-$lang.png"
    echo "screenshots: $out/10-scaled-150-installing-$lang.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
}
run_in zh_CN
run_in en
run_scaled zh_CN
run_scaled en
