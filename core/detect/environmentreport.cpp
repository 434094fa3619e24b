#include <core/detect/environmentreport.h>

#include <core/base/jsonutil.h>

namespace tgs {

nlohmann::json environmentToJson(const Environment &e)
{
    nlohmann::json root;
    root["os"] = e.os.toStdString();

    root["gpus"] = nlohmann::json::array();
    for (const GpuInfo &gpu : e.gpus) {
        root["gpus"].push_back(
            {{"index", gpu.index},
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
                devices.push_back(
                    {{"name", json::stringOrNull(device.name)}, {"capability", json::stringOrNull(device.capability)}});
            torch = {{"version", json::stringOrNull(python.torch->version)},
                     {"cuda", json::stringOrNull(python.torch->cuda)},
                     {"cudnn", json::stringOrNull(python.torch->cudnn)},
                     {"cuda_available",
                      python.torch->cudaAvailable ? nlohmann::json(*python.torch->cudaAvailable) : nullptr},
                     {"location", json::stringOrNull(python.torch->location)},
                     {"torchvision", json::stringOrNull(python.torch->torchvision)},
                     {"torchaudio", json::stringOrNull(python.torch->torchaudio)},
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
        root["cuda_toolkits"].push_back({{"version", json::stringOrNull(toolkit.version)},
                                         {"path", json::stringOrNull(toolkit.path)},
                                         {"source", json::stringOrNull(toolkit.source)}});
    }

    root["cudnn"] = nlohmann::json::array();
    for (const CudnnInfo &cudnn : e.cudnn) {
        root["cudnn"].push_back({{"version", json::stringOrNull(cudnn.version)},
                                 {"path", json::stringOrNull(cudnn.path)},
                                 {"source", json::stringOrNull(cudnn.source)}});
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
    case ProblemKind::NotFound:
        return tr("not found");
    case ProblemKind::DriverUnreachable:
        return tr("driver unreachable");
    case ProblemKind::DriverLibraryMismatch:
        return tr("driver/library mismatch");
    case ProblemKind::NoDevices:
        return tr("no devices");
    case ProblemKind::TimedOut:
        return tr("timed out");
    case ProblemKind::Unparseable:
        return tr("unreadable output");
    case ProblemKind::Failed:
        return tr("failed");
    }
    return {};
}

QString EnvironmentReport::torchSummary(const PythonInfo &python)
{
    if (!python.torch) {
        return python.torchImportError.isEmpty() ? tr("torch not installed")
                                                 : tr("torch fails to import: %1").arg(python.torchImportError);
    }
    const TorchInfo &t = *python.torch;
    const QString usable = !t.cudaAvailable ? tr("not checked yet") : *t.cudaAvailable ? tr("yes") : tr("no");
    return tr("torch %1, CUDA %2, cuDNN %3, GPU usable: %4")
        .arg(t.version, t.cuda.isEmpty() ? tr("none (CPU build)") : t.cuda, t.cudnn.isEmpty() ? tr("none") : t.cudnn,
             usable);
}

QString EnvironmentReport::problemText(const Problem &problem)
{
    return tr("%1 (%2): %3").arg(problem.component, problemKindText(problem.kind), problem.message);
}

QList<ReportSection> EnvironmentReport::sections(const Environment &e)
{
    const QString none = tr("none found");
    QList<ReportSection> out;
    out.append({tr("Operating system"), {{QString(), e.os}}});

    ReportSection gpus{tr("NVIDIA GPUs"), {}};
    for (const GpuInfo &gpu : e.gpus) {
        const QString memory = gpu.memoryTotalMib ? tr("%1 MiB").arg(*gpu.memoryTotalMib) : tr("memory unknown");
        const QString cc = gpu.computeCapability.isEmpty() ? tr("compute capability unknown")
                                                           : tr("compute capability %1").arg(gpu.computeCapability);
        gpus.rows.append({tr("GPU %1").arg(gpu.index),
                          tr("%1 — %2, %3", "GPU name — memory, compute capability").arg(gpu.name, memory, cc)});
    }
    out.append(gpus);

    ReportSection driver{tr("NVIDIA driver"), {}};
    if (e.driver) {
        driver.rows.append({tr("Version"), tr("%1 (from %2)").arg(e.driver->version, e.driver->source)});
        if (!e.driver->cudaVersion.isEmpty()) {
            driver.rows.append({tr("Highest CUDA"), tr("%1 — the driver's limit, not an installed CUDA (from %2)")
                                                        .arg(e.driver->cudaVersion, e.driver->cudaSource)});
        }
    }
    out.append(driver);

    ReportSection conda{tr("conda"), {}};
    if (e.conda) {
        conda.rows.append({tr("Program"), e.conda->version.isEmpty()
                                              ? tr("%1, version not known").arg(e.conda->executable)
                                              : tr("%1, version %2").arg(e.conda->executable, e.conda->version)});
        for (const CondaEnvInfo &env : e.conda->envs) {
            conda.rows.append({env.name.isEmpty() ? tr("(unnamed)") : env.name,
                               tr("%1 — Python %2").arg(env.prefix, env.python.isEmpty() ? tr("none") : env.python)});
        }
    }
    out.append(conda);

    ReportSection pythons{tr("Python and PyTorch"), {}};
    for (const PythonInfo &python : e.pythons)
        pythons.rows.append({tr("Python %1").arg(python.version),
                             QStringLiteral("%1 — %2").arg(python.executable, torchSummary(python))});
    out.append(pythons);

    ReportSection tools{tr("CUDA toolkits and cuDNN"), {}};
    for (const CudaToolkitInfo &toolkit : e.cudaToolkits)
        tools.rows.append({tr("CUDA %1").arg(toolkit.version), toolkit.path});
    for (const CudnnInfo &cudnn : e.cudnn)
        tools.rows.append({tr("cuDNN %1").arg(cudnn.version), cudnn.path});
    out.append(tools);

    for (ReportSection &section : out) {
        if (section.rows.isEmpty())
            section.rows.append({QString(), none});
    }
    return out;
}

QString EnvironmentReport::toText(const Environment &e)
{
    QStringList out;
    for (const ReportSection &section : sections(e)) {
        out << tr("%1:", "a heading before its lines").arg(section.title);
        for (const ReportRow &row : section.rows)
            out << QStringLiteral("  ")
                       + (row.label.isEmpty() ? row.value
                                              : tr("%1: %2", "a label and its value").arg(row.label, row.value));
        out << QString();
    }
    if (!e.problems.isEmpty()) {
        out << tr("Problems:");
        for (const Problem &problem : e.problems)
            out << QStringLiteral("  ") + problemText(problem);
        out << QString();
    }
    out << tr("Detection took %1 s.").arg(e.elapsedMs / 1000.0, 0, 'f', 1);
    return out.join(u'\n') + u'\n';
}

} // namespace tgs
