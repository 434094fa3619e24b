# Run by TorchGPU Setup with each Python it finds: `python -c <this file's text> tgs-quick`.
# The quick phase of detection: which Python this is and what PyTorch packages it has, read
# from files on disk (torch/version.py, *.dist-info names) without importing torch, so it
# answers in a blink. Prints one line "TGS-PROBE-JSON: {...}" and nothing else of its own.
# It must run on every Python from 2.7 and 3.5 on, so it keeps to old syntax.
import json
import os
import re
import sys


def read(path):
    try:
        with open(path, "rb") as handle:
            return handle.read(65536).decode("utf-8", "replace")
    except Exception:
        return None


def assigned(text, name):
    # __version__ = '2.5.1+cu124' / cuda: Optional[str] = '12.4' / cuda = None
    match = re.search(r"^%s\s*(?::[^=\n]*)?=\s*['\"]([^'\"]*)['\"]" % name, text, re.M)
    return match.group(1) if match else None


torch = None
dists = {}
for entry in sys.path:
    if not entry or not os.path.isdir(entry):
        continue
    if torch is None:
        text = read(os.path.join(entry, "torch", "version.py"))
        if text is not None:
            location = os.path.join(entry, "torch")
            libs = []
            try:
                libs = os.listdir(os.path.join(location, "lib"))
            except Exception:
                pass
            torch = {
                "version": assigned(text, "__version__"),
                "cuda": assigned(text, "cuda"),
                "cudnn": None,
                "cuda_available": None,
                "location": location,
                "bundled_libraries": [name for name in libs if "cudnn" in name.lower()],
            }
    try:
        names = os.listdir(entry)
    except Exception:
        continue
    for name in names:
        lower = name.lower()
        for suffix in (".dist-info", ".egg-info"):
            if lower.endswith(suffix):
                package, _, version = lower[: -len(suffix)].partition("-")
                if package in ("torch", "torchvision", "torchaudio") or package.startswith("nvidia_cudnn"):
                    dists.setdefault(package.replace("-", "_"), version)

result = {
    "phase": "quick",
    "executable": sys.executable,
    "version": "%d.%d.%d" % tuple(sys.version_info[:3]),
    "bits": 64 if sys.maxsize > 2 ** 32 else 32,
    "torch": torch,
    "torch_error": None,
    "distributions": dists,
}
sys.stdout.write("TGS-PROBE-JSON: " + json.dumps(result) + "\n")
sys.stdout.flush()
