#include <core/detect/environmentreport.h>

#include <core/base/jsonutil.h>

namespace tgs {


nlohmann::json environmentToJson(const Environment &e)
{
    nlohmann::json root;
    root["os"] = e.os.toStdString();

    root["gpus"] = nlohmann::json::array();
    for (const GpuInfo &gpu : e.gpus) {
        root["gpus"].push_back({{"index", gpu.index},
                                {"name", json::stringOrNull(gpu.name)},
                                {"memory_total_mib", gpu.memoryTotalMib ? nlohmann::json(*gpu.memoryTotalMib) : nullptr},
                                {"compute_capability", json::stringOrNull(gpu.computeCapability)},
                                {"source", json::stringOrNull(gpu.source)}});
    }

    if (e.driver) {
        root["driver"] = {{"version", json::stringOrNull(e.driver->version)},
                          {"cuda_version", json::stringOrNull(e.driver->cudaVersion)},
                          {"source", json::stringOrNull(e.driver->source)},
                          {"cuda_source", json::stringOrNull(e.driver->cudaSource)}};
    } else {
        root["driver"] = nullptr;
    }

    if (e.conda) {
        nlohmann::json envs = nlohmann::json::array();
        for (const CondaEnvInfo &env : e.conda->envs) {
            envs.push_back({{"name", json::stringOrNull(env.name)},
                            {"prefix", json::stringOrNull(env.prefix)},
                            {"python", json::stringOrNull(env.python)},
                            {"cudnn", json::stringOrNull(env.cudnn)}});
        }
        root["conda"] = {{"executable", json::stringOrNull(e.conda->executable)},
                         {"version", json::stringOrNull(e.conda->version)},
                         {"base_prefix", json::stringOrNull(e.conda->basePrefix)},
                         {"envs", envs},
                         {"source", json::stringOrNull(e.conda->source)}};
    } else {
        root["conda"] = nullptr;
    }

    root["pythons"] = nlohmann::json::array();
    for (const PythonInfo &python : e.pythons) {
        nlohmann::json torch = nullptr;
        if (python.torch) {
            nlohmann::json devices = nlohmann::json::array();
            for (const TorchDevice &device : python.torch->devices)
                devices.push_back({{"name", json::stringOrNull(device.name)}, {"capability", json::stringOrNull(device.capability)}});
            torch = {{"version", json::stringOrNull(python.torch->version)},
                     {"cuda", json::stringOrNull(python.torch->cuda)},
                     {"cudnn", json::stringOrNull(python.torch->cudnn)},
                     {"cuda_available", python.torch->cudaAvailable},
                     {"arch_list", json::array(python.torch->archList)},
                     {"devices", devices},
                     {"cuda_error", json::stringOrNull(python.torch->cudaError)}};
        }
        root["pythons"].push_back({{"executable", json::stringOrNull(python.executable)},
                                   {"version", json::stringOrNull(python.version)},
                                   {"torch", torch},
                                   {"torch_import_error", json::stringOrNull(python.torchImportError)},
                                   {"source", json::stringOrNull(python.source)}});
    }

    root["cuda_toolkits"] = nlohmann::json::array();
    for (const CudaToolkitInfo &toolkit : e.cudaToolkits) {
        root["cuda_toolkits"].push_back(
            {{"version", json::stringOrNull(toolkit.version)}, {"path", json::stringOrNull(toolkit.path)}, {"source", json::stringOrNull(toolkit.source)}});
    }

    root["cudnn"] = nlohmann::json::array();
    for (const CudnnInfo &cudnn : e.cudnn) {
        root["cudnn"].push_back({{"version", json::stringOrNull(cudnn.version)}, {"path", json::stringOrNull(cudnn.path)}, {"source", json::stringOrNull(cudnn.source)}});
    }

    root["problems"] = nlohmann::json::array();
    for (const Problem &problem : e.problems) {
        root["problems"].push_back({{"component", problem.component.toStdString()},
                                    {"kind", problemKindId(problem.kind).toStdString()},
                                    {"message", problem.message.toStdString()}});
    }
    root["elapsed_ms"] = e.elapsedMs;
    return root;
}

QString EnvironmentReport::problemKindText(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::NotFound: return tr("not found");
    case ProblemKind::DriverUnreachable: return tr("driver unreachable");
    case ProblemKind::DriverLibraryMismatch: return tr("driver/library mismatch");
    case ProblemKind::NoDevices: return tr("no devices");
    case ProblemKind::TimedOut: return tr("timed out");
    case ProblemKind::Unparseable: return tr("unreadable output");
    case ProblemKind::Failed: return tr("failed");
    }
    return {};
}

QString EnvironmentReport::toText(const Environment &e)
{
    QStringList out;
    const QString none = tr("none found");
    const QString unknown = tr("unknown");
    auto orUnknown = [&unknown](const QString &value) { return value.isEmpty() ? unknown : value; };

    out << tr("Operating system: %1").arg(e.os);

    out << QString() << tr("NVIDIA GPUs:");
    if (e.gpus.isEmpty())
        out << u"  " + none;
    for (const GpuInfo &gpu : e.gpus) {
        const QString memory = gpu.memoryTotalMib ? tr("%1 MiB").arg(*gpu.memoryTotalMib) : unknown;
        out << tr("  [%1] %2, memory %3, compute capability %4 (from %5)")
                   .arg(gpu.index)
                   .arg(orUnknown(gpu.name), memory, orUnknown(gpu.computeCapability), gpu.source);
    }

    out << QString() << tr("NVIDIA driver:");
    if (e.driver) {
        out << tr("  version %1 (from %2)").arg(orUnknown(e.driver->version), orUnknown(e.driver->source));
        if (!e.driver->cudaVersion.isEmpty()) {
            out << tr("  highest CUDA it supports: %1 (from %2). This is the driver's limit, not an installed CUDA.")
                       .arg(e.driver->cudaVersion, e.driver->cudaSource);
        }
    } else {
        out << u"  " + none;
    }

    out << QString() << tr("conda:");
    if (e.conda) {
        out << tr("  %1, version %2").arg(e.conda->executable, orUnknown(e.conda->version));
        for (const CondaEnvInfo &env : e.conda->envs) {
            out << tr("  environment %1 at %2: Python %3")
                       .arg(env.name.isEmpty() ? tr("(unnamed)") : env.name, env.prefix, orUnknown(env.python));
        }
    } else {
        out << u"  " + none;
    }

    out << QString() << tr("Python interpreters:");
    if (e.pythons.isEmpty())
        out << u"  " + none;
    for (const PythonInfo &python : e.pythons) {
        out << tr("  %1: Python %2 (from %3)").arg(python.executable, python.version, python.source);
        if (python.torch) {
            const TorchInfo &t = *python.torch;
            out << tr("    torch %1, CUDA %2, cuDNN %3, GPU usable: %4")
                       .arg(t.version, t.cuda.isEmpty() ? tr("none (CPU build)") : t.cuda,
                            t.cudnn.isEmpty() ? tr("none") : t.cudnn, t.cudaAvailable ? tr("yes") : tr("no"));
        } else if (!python.torchImportError.isEmpty()) {
            out << tr("    torch is installed but fails to import: %1").arg(python.torchImportError);
        } else {
            out << tr("    torch is not installed");
        }
    }

    out << QString() << tr("CUDA toolkits (needed only to compile CUDA code):");
    if (e.cudaToolkits.isEmpty())
        out << u"  " + none;
    for (const CudaToolkitInfo &toolkit : e.cudaToolkits)
        out << tr("  CUDA %1 at %2 (from %3)").arg(toolkit.version, toolkit.path, toolkit.source);

    out << QString() << tr("cuDNN:");
    if (e.cudnn.isEmpty())
        out << u"  " + none;
    for (const CudnnInfo &cudnn : e.cudnn)
        out << tr("  cuDNN %1 at %2 (from %3)").arg(cudnn.version, cudnn.path, cudnn.source);

    if (!e.problems.isEmpty()) {
        out << QString() << tr("Problems:");
        for (const Problem &problem : e.problems)
            out << tr("  %1 (%2): %3").arg(problem.component, problemKindText(problem.kind), problem.message);
    }
    out << QString() << tr("Detection took %1 s.").arg(e.elapsedMs / 1000.0, 0, 'f', 1);
    return out.join(u'\n') + u'\n';
}

} // namespace tgs
