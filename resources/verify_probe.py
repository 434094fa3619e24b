# Verifies the PyTorch of the Python that runs it: imports torch, reads its versions and CUDA facts, then runs a
# real computation on every GPU (a matrix product checked against the CPU, and a cuDNN convolution) and on the CPU.
# Run by TorchGPU Setup's `verify` (core/verify/verifier.cpp) as: python -X utf8 -c <this file> tgs-verify
#
# Each stage prints one line "TGS-VERIFY <stage> <json>" as soon as it is done, so that a crash or hang in a
# later stage (a CUDA driver fault, say) still leaves what was learnt before it. Standard library and torch only;
# Python 3.6+ syntax.
import json
import os
import sys
import time


def emit(stage, data):
    sys.stdout.write("TGS-VERIFY %s %s\n" % (stage, json.dumps(data, sort_keys=True)))
    sys.stdout.flush()


def last_line(exc):
    text = "%s: %s" % (type(exc).__name__, exc)
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


def dist_version(name):
    try:
        from importlib import metadata  # Python 3.8+
        return metadata.version(name)
    except Exception:
        return None


def under(path, folder):
    if not path or not folder:
        return False
    path = os.path.normcase(os.path.realpath(path))
    folder = os.path.normcase(os.path.realpath(folder))
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def python_stage():
    import site
    user_site = None
    try:
        user_site = site.getusersitepackages()
    except Exception:
        pass
    user_torch = None
    if user_site and os.path.isdir(os.path.join(user_site, "torch")):
        user_torch = os.path.join(user_site, "torch")
    emit("python", {
        "executable": sys.executable,
        "version": "%d.%d.%d" % sys.version_info[:3],
        "user_site_torch": user_torch,
        "pythonpath": os.environ.get("PYTHONPATH") or None,
        "pythonhome": os.environ.get("PYTHONHOME") or None,
    })


def import_stage():
    started = time.perf_counter()
    try:
        import torch
    except BaseException as exc:  # ImportError, OSError [WinError 126], even SystemExit from a broken build
        emit("import", {"ok": False, "error": last_line(exc), "ms": (time.perf_counter() - started) * 1000})
        return None
    path = os.path.dirname(getattr(torch, "__file__", "") or "")
    from_pythonpath = any(under(path, entry) for entry in (os.environ.get("PYTHONPATH") or "").split(os.pathsep))
    cudnn_number = None
    cudnn_enabled = False
    try:
        cudnn_number = torch.backends.cudnn.version()
        cudnn_enabled = bool(torch.backends.cudnn.enabled)
    except Exception:
        pass
    emit("import", {
        "ok": True,
        "ms": (time.perf_counter() - started) * 1000,
        "version": str(torch.__version__),
        "cuda": torch.version.cuda,
        "cudnn": cudnn_number,
        "cudnn_enabled": cudnn_enabled,
        "path": path,
        "from_pythonpath": from_pythonpath,
        "torchvision": dist_version("torchvision"),
        "torchaudio": dist_version("torchaudio"),
    })
    return torch


def cuda_stage(torch):
    data = {"available": False, "device_count": 0, "arch_list": [], "error": None, "devices": []}
    try:
        data["available"] = bool(torch.cuda.is_available())
        if not data["available"]:
            try:
                torch.cuda.init()  # says why: "Found no NVIDIA driver", "found version 11040", ...
            except Exception as exc:
                data["error"] = last_line(exc)
        else:
            data["device_count"] = torch.cuda.device_count()
            data["arch_list"] = list(torch.cuda.get_arch_list())
            for i in range(data["device_count"]):
                props = torch.cuda.get_device_properties(i)
                data["devices"].append({
                    "index": i,
                    "name": props.name,
                    "capability": "%d.%d" % (props.major, props.minor),
                    "memory_total_mib": int(props.total_memory // (1024 * 1024)),
                })
    except Exception as exc:
        data["error"] = last_line(exc)
    emit("cuda", data)
    return data


def timed(torch, device, fn):
    fn()  # warm-up: kernel selection, cuDNN autotuning, lazy module loading
    if device != "cpu":
        torch.cuda.synchronize(device)
    started = time.perf_counter()
    result = fn()
    if device != "cpu":
        torch.cuda.synchronize(device)
    return result, (time.perf_counter() - started) * 1000


def device_stage(torch, index):
    device = "cuda:%d" % index
    data = {"index": index, "compute_ok": False, "matmul_ms": None, "conv_ms": None, "max_abs_error": None,
            "error": None}
    try:
        generator = torch.Generator().manual_seed(1234)
        a = torch.randn(1024, 1024, generator=generator)
        b = torch.randn(1024, 1024, generator=generator)
        expected = a @ b
        ga, gb = a.to(device), b.to(device)
        product, data["matmul_ms"] = timed(torch, device, lambda: ga @ gb)
        error = (product.cpu() - expected).abs().max().item()
        data["max_abs_error"] = error
        scale = expected.abs().max().item()
        matmul_ok = error <= 1e-3 * max(scale, 1.0) * 32  # TF32 or reordered sums, never garbage
        images = torch.randn(8, 3, 64, 64, generator=generator)
        kernels = torch.randn(16, 3, 3, 3, generator=generator)
        conv_expected = torch.nn.functional.conv2d(images, kernels, padding=1)
        gi, gk = images.to(device), kernels.to(device)
        conv, data["conv_ms"] = timed(torch, device, lambda: torch.nn.functional.conv2d(gi, gk, padding=1))
        conv_ok = (conv.cpu() - conv_expected).abs().max().item() <= 1e-2 * max(conv_expected.abs().max().item(), 1.0)
        data["compute_ok"] = bool(matmul_ok and conv_ok)
        if not matmul_ok:
            data["error"] = "the GPU's matrix product differs from the CPU's by %g" % error
        elif not conv_ok:
            data["error"] = "the GPU's convolution differs from the CPU's"
    except Exception as exc:  # "no kernel image is available for execution on the device", out of memory, ...
        data["error"] = last_line(exc)
    emit("device", data)


def cpu_stage(torch):
    data = {"compute_ok": False, "ms": None, "error": None}
    try:
        # A product small enough to check with plain Python, then a larger one to time.
        n = 24
        a = [[(i * n + j) % 7 - 3 for j in range(n)] for i in range(n)]
        b = [[(i + 2 * j) % 5 - 2 for j in range(n)] for i in range(n)]
        expected = [[sum(a[i][k] * b[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
        got = (torch.tensor(a, dtype=torch.float64) @ torch.tensor(b, dtype=torch.float64)).tolist()
        exact = all(got[i][j] == expected[i][j] for i in range(n) for j in range(n))
        big = torch.randn(512, 512, generator=torch.Generator().manual_seed(7))
        _, data["ms"] = timed(torch, "cpu", lambda: big @ big)
        data["compute_ok"] = bool(exact)
        if not exact:
            data["error"] = "the CPU's matrix product is wrong"
    except Exception as exc:
        data["error"] = last_line(exc)
    emit("cpu", data)


def main():
    python_stage()
    torch = import_stage()
    if torch is not None:
        cuda = cuda_stage(torch)
        for device in cuda["devices"]:
            device_stage(torch, device["index"])
        cpu_stage(torch)
    emit("done", {})


if __name__ == "__main__" and sys.argv[-1:] == ["tgs-verify"]:
    main()
