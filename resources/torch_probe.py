# Run by TorchGPU Setup with each Python it finds: `python -c <this file's text>`.
# Prints one line "TGS-PROBE-JSON: {...}" and nothing else of its own.
# It must run on every Python from 2.7 and 3.5 on, so it keeps to old syntax.
import json
import platform
import sys

result = {
    "executable": sys.executable,
    "version": platform.python_version(),
    "bits": 64 if sys.maxsize > 2 ** 32 else 32,
    "torch": None,
    "torch_error": None,
}

try:
    import torch
except ImportError as error:
    # Not installed is normal; a DLL or symbol failure inside torch is not.
    if getattr(error, "name", None) != "torch":
        result["torch_error"] = "%s: %s" % (type(error).__name__, error)
except Exception as error:  # e.g. OSError: [WinError 126] while loading torch's DLLs
    result["torch_error"] = "%s: %s" % (type(error).__name__, error)
else:
    info = {
        "version": str(torch.__version__),
        "cuda": getattr(torch.version, "cuda", None),
        "cudnn": None,
        "cuda_available": False,
        "arch_list": [],
        "devices": [],
        "cuda_error": None,
    }
    try:
        info["cudnn"] = torch.backends.cudnn.version()
    except Exception as error:
        info["cuda_error"] = "cudnn: %s: %s" % (type(error).__name__, error)
    try:
        info["cuda_available"] = bool(torch.cuda.is_available())
        if info["cuda_available"]:
            info["arch_list"] = list(torch.cuda.get_arch_list())
            for index in range(torch.cuda.device_count()):
                major, minor = torch.cuda.get_device_capability(index)
                info["devices"].append({
                    "name": torch.cuda.get_device_name(index),
                    "capability": "%d.%d" % (major, minor),
                })
    except Exception as error:
        info["cuda_error"] = "%s: %s" % (type(error).__name__, error)
    result["torch"] = info

sys.stdout.write("TGS-PROBE-JSON: " + json.dumps(result) + "\n")
sys.stdout.flush()
