#include <core/verify/verification.h>

#include <nlohmann/json.hpp>

namespace tgs {

namespace {

nlohmann::json text(const QString &value)
{
    return value.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(value.toStdString());
}

template<typename T> nlohmann::json optional(const std::optional<T> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace

bool Verification::computeOk() const
{
    if (!torchImported)
        return false;
    if (!devices.isEmpty()) {
        for (const VerifiedDevice &device : devices) {
            if (!device.computeOk)
                return false;
        }
        return true;
    }
    return cpuComputeOk;
}

bool Verification::passed(bool pcHasNvidiaGpu) const
{
    if (!torchImported || !computeOk())
        return false;
    if (!pcHasNvidiaGpu)
        return true;
    return !cpuOnly && cudaAvailable.value_or(false) && !devices.isEmpty();
}

nlohmann::json verificationToJson(const Verification &v, bool pcHasNvidiaGpu)
{
    nlohmann::json devices = nlohmann::json::array();
    for (const VerifiedDevice &d : v.devices) {
        devices.push_back({{"index", d.index},
                           {"name", d.name.toStdString()},
                           {"compute_capability", text(d.computeCapability)},
                           {"memory_total_mib", optional(d.memoryTotalMib)},
                           {"compute_ok", d.computeOk},
                           {"ms", optional(d.matmulMs)},
                           {"conv_ms", optional(d.convMs)},
                           {"max_abs_error", optional(d.maxAbsError)},
                           {"error", text(d.error)}});
    }
    nlohmann::json archList = nlohmann::json::array();
    for (const QString &arch : v.archList)
        archList.push_back(arch.toStdString());
    nlohmann::json problems = nlohmann::json::array();
    for (const Problem &p : v.problems)
        problems.push_back({{"component", p.component.toStdString()},
                            {"kind", problemKindId(p.kind).toStdString()},
                            {"message", p.message.toStdString()}});
    return nlohmann::json{{"python", {{"executable", text(v.pythonExecutable)}, {"version", text(v.pythonVersion)}}},
                          {"torch", text(v.torchVersion)},
                          {"torch_import_error", text(v.torchImportError)},
                          {"torchvision", text(v.torchvisionVersion)},
                          {"torchaudio", text(v.torchaudioVersion)},
                          {"torch_path", text(v.torchPath)},
                          {"torch_from_pythonpath", v.torchFromPythonPath},
                          {"user_site_torch", text(v.userSiteTorch)},
                          {"cuda", text(v.cuda)},
                          {"cudnn", text(v.cudnnVersion)},
                          {"cudnn_number", optional(v.cudnnNumber)},
                          {"cudnn_enabled", v.cudnnEnabled},
                          {"cpu_only", v.torchImported ? nlohmann::json(v.cpuOnly) : nlohmann::json(nullptr)},
                          {"cuda_available", optional(v.cudaAvailable)},
                          {"cuda_error", text(v.cudaError)},
                          {"device_count", v.deviceCount},
                          {"arch_list", archList},
                          {"devices", devices},
                          {"cpu", {{"compute_ok", v.cpuComputeOk}, {"ms", optional(v.cpuMs)}}},
                          {"compute_ok", v.computeOk()},
                          {"passed", v.passed(pcHasNvidiaGpu)},
                          {"problems", problems},
                          {"elapsed_ms", optional(v.elapsedMs)}};
}

} // namespace tgs
