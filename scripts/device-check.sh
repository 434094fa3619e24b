#!/usr/bin/env bash
# The checks that need real NVIDIA hardware, as one short script: build the program (unless a build is there
# already), then print what it detects and what it verifies in the Python that has the CUDA build of torch.
#
#   scripts/device-check.sh [PYTHON]      (default: $TGS_DEVICE_PYTHON, else python3 on PATH)
#
# On a machine without an NVIDIA GPU it runs just as well and says so: detection reports no GPU, verification
# runs on the CPU. Exit status: verify's (0 only when torch works, on the GPU where there is one).
set -uo pipefail
cd "$(dirname "$0")/.."

python=${1:-${TGS_DEVICE_PYTHON:-$(command -v python3 || true)}}
app=build/app/torchgpu-setup
if [ ! -x "$app" ]; then
    echo "== building (cmake --preset default)"
    cmake --preset default > /tmp/tgs-device-configure.log 2>&1 || { cat /tmp/tgs-device-configure.log; exit 2; }
    cmake --build --preset default --target torchgpu-setup || exit 2
fi
export QT_QPA_PLATFORM=offscreen

echo "== nvidia-smi"
if command -v nvidia-smi > /dev/null 2>&1; then
    nvidia-smi || true
else
    echo "no NVIDIA GPU: nvidia-smi is not on PATH"
fi
echo
echo "== torchgpu-setup detect --json"
"$app" detect --json --lang en
echo
if [ -z "$python" ]; then
    echo "== no Python on PATH: nothing to verify"
    exit 1
fi
echo "== torchgpu-setup verify --python $python --json"
"$app" verify --python "$python" --json --lang en
rc=$?
echo
echo "== torchgpu-setup verify --python $python (text)"
"$app" verify --python "$python" --lang en
echo "== verify exit status: $rc"
exit $rc
