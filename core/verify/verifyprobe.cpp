#include <core/verify/verifyprobe.h>

#include <core/base/jsonutil.h>
#include <core/detect/probes/cudatools.h>
#include <core/detect/probes/probe.h>

#include <nlohmann/json.hpp>

#include <limits>

namespace tgs {

namespace {

bool flag(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

std::optional<double> number(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt;
}

// An index, count or size the probe prints as a JSON number: nothing when an int cannot hold it (1e300, a NaN of a
// broken probe), since converting such a double to int is undefined behaviour.
std::optional<int> integer(const nlohmann::json &object, const char *key)
{
    const std::optional<double> value = number(object, key);
    if (!value || !(*value >= double(std::numeric_limits<int>::min()))
        || !(*value <= double(std::numeric_limits<int>::max())))
        return std::nullopt;
    return int(*value);
}

void readImport(const nlohmann::json &d, Verification &v)
{
    v.torchImported = flag(d, "ok");
    if (!v.torchImported) {
        v.torchImportError = json::string(d, "error");
        return;
    }
    v.torchVersion = json::string(d, "version");
    v.cuda = json::string(d, "cuda");
    v.torchPath = json::string(d, "path");
    v.torchFromPythonPath = flag(d, "from_pythonpath");
    v.torchvisionVersion = json::string(d, "torchvision");
    v.torchaudioVersion = json::string(d, "torchaudio");
    v.cudnnEnabled = flag(d, "cudnn_enabled");
    if (const auto it = d.find("cudnn"); it != d.end() && it->is_number_integer() && it->get<long long>() > 0
                                         && it->get<long long>() <= std::numeric_limits<int>::max()) {
        v.cudnnNumber = int(it->get<long long>());
        v.cudnnVersion = CudaToolsParser::cudnnFromTorchNumber(*v.cudnnNumber);
    }
    v.cpuOnly = v.cuda.isEmpty() || v.torchVersion.endsWith(QStringLiteral("+cpu"));
}

void readCuda(const nlohmann::json &d, Verification &v)
{
    v.cudaAvailable = flag(d, "available");
    v.cudaError = json::string(d, "error");
    if (const auto count = integer(d, "device_count"); count && *count >= 0)
        v.deviceCount = *count;
    v.archList = json::stringList(d, "arch_list");
    if (const auto it = d.find("devices"); it != d.end() && it->is_array()) {
        for (const nlohmann::json &item : *it) {
            if (!item.is_object())
                continue;
            VerifiedDevice device;
            device.index = integer(item, "index").value_or(int(v.devices.size()));
            device.name = json::string(item, "name");
            device.computeCapability = json::string(item, "capability");
            device.memoryTotalMib = integer(item, "memory_total_mib");
            v.devices << device;
        }
    }
}

void readDevice(const nlohmann::json &d, Verification &v)
{
    const std::optional<int> index = integer(d, "index");
    for (VerifiedDevice &device : v.devices) {
        if (!index || device.index != *index)
            continue;
        device.computeOk = flag(d, "compute_ok");
        device.matmulMs = number(d, "matmul_ms");
        device.convMs = number(d, "conv_ms");
        device.maxAbsError = number(d, "max_abs_error");
        device.error = json::string(d, "error");
    }
}

void readPython(const nlohmann::json &d, Verification &v)
{
    v.pythonExecutable = json::string(d, "executable");
    v.pythonVersion = json::string(d, "version");
    v.torchFromUserSite = !json::string(d, "user_site_torch").isEmpty();
    v.userSiteTorch = json::string(d, "user_site_torch");
}

} // namespace

ProcessSpec VerifyProbe::spec(const Platform &platform, const QString &python, const QStringList &prependPath,
                              int timeoutMs)
{
    ProcessSpec spec = Probe::pythonScript(platform, python, QStringLiteral(":/tgs/verify_probe.py"),
                                           QStringLiteral("tgs-verify"), prependPath, timeoutMs);
    // The environment's own packages only: a torch in the user's site-packages must not pass for the env's.
    spec.setEnvironment.insert(QStringLiteral("PYTHONNOUSERSITE"), QStringLiteral("1"));
    return spec;
}

QStringList VerifyProbe::parse(const QString &output, Verification &v)
{
    static const QString marker = QStringLiteral("TGS-VERIFY ");
    QStringList stages;
    for (const QString &rawLine : output.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (!line.startsWith(marker))
            continue;
        const QString rest = line.mid(marker.size());
        const QString stage = rest.section(u' ', 0, 0);
        const QByteArray payload = rest.section(u' ', 1).toUtf8();
        const nlohmann::json data
            = nlohmann::json::parse(payload.constData(), payload.constData() + payload.size(), nullptr, false);
        if (data.is_discarded() || !data.is_object())
            continue;
        if (stage == QStringLiteral("python"))
            readPython(data, v);
        else if (stage == QStringLiteral("import"))
            readImport(data, v);
        else if (stage == QStringLiteral("cuda"))
            readCuda(data, v);
        else if (stage == QStringLiteral("device"))
            readDevice(data, v);
        else if (stage == QStringLiteral("cpu")) {
            v.cpuComputeOk = flag(data, "compute_ok");
            v.cpuMs = number(data, "ms");
            if (!v.cpuComputeOk && !json::string(data, "error").isEmpty())
                v.problems.append({QStringLiteral("cpu"), ProblemKind::Failed, json::string(data, "error")});
        } else if (stage != QStringLiteral("done"))
            continue;
        stages << stage;
    }
    return stages;
}

namespace {

// Where the probe was when it stopped, in words, from the stages it finished.
QString whereItStopped(const QStringList &stages, const Verification &v)
{
    if (stages.contains(QStringLiteral("cpu")))
        return VerifyProbe::tr("after the computations");
    if (stages.contains(QStringLiteral("cuda"))) {
        const qsizetype done = stages.count(QStringLiteral("device"));
        if (done < v.devices.size())
            return VerifyProbe::tr("while computing on GPU %1 (%2)").arg(done).arg(v.devices.at(done).name);
        return VerifyProbe::tr("while computing on the CPU");
    }
    if (stages.contains(QStringLiteral("import")))
        return VerifyProbe::tr("while starting CUDA (torch.cuda.is_available())");
    if (stages.contains(QStringLiteral("python")))
        return VerifyProbe::tr("while importing torch");
    return VerifyProbe::tr("before it could say anything");
}

} // namespace

void VerifyProbe::interpret(const ProcessResult &result, const QString &python, Verification &v)
{
    v.output = result.stdOut + result.stdErr;
    v.elapsedMs = double(result.durationMs);
    const QStringList stages = parse(result.stdOut, v);
    const QString where = whereItStopped(stages, v);
    switch (result.outcome) {
    case Outcome::FailedToStart:
        v.problems.append({QStringLiteral("python"), ProblemKind::NotFound,
                           tr("The Python at %1 could not be started: %2. Check the environment's name or path.")
                               .arg(python, result.errorString)});
        return;
    case Outcome::TimedOut:
        v.problems.append({QStringLiteral("verify"), ProblemKind::TimedOut,
                           tr("The check did not finish within %1 seconds and was stopped %2. A hung GPU driver or a "
                              "broken CUDA installation can do this; restart the PC and check again.")
                               .arg(result.durationMs / 1000)
                               .arg(where)});
        return;
    case Outcome::Crashed:
        v.problems.append({QStringLiteral("verify"), ProblemKind::Failed,
                           tr("Python crashed %1 (%2). The last lines it printed are in the report.")
                               .arg(where, result.errorString)});
        return;
    case Outcome::Canceled:
        v.problems.append({QStringLiteral("verify"), ProblemKind::Failed, tr("The check was canceled %1.").arg(where)});
        return;
    case Outcome::Succeeded:
    case Outcome::ExitCode:
        break;
    }
    if (!stages.contains(QStringLiteral("done"))) {
        const QString said = Probe::firstLine(result.stdErr.isEmpty() ? result.stdOut : result.stdErr);
        v.problems.append({QStringLiteral("verify"), stages.isEmpty() ? ProblemKind::Unparseable : ProblemKind::Failed,
                           stages.isEmpty() ? tr("%1 did not answer as a Python does: %2").arg(python, said)
                                            : tr("The check stopped %1: %2").arg(where, said)});
    }
}

} // namespace tgs
