#include <core/detect/probes/cudatools.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QRegularExpression>

namespace tgs {

namespace {

QString majorMinor(const QString &version)
{
    const QStringList parts = version.split(u'.');
    if (parts.size() < 2)
        return version;
    return parts.at(0) + u'.' + parts.at(1);
}

std::string componentVersion(const nlohmann::json &doc, const char *component)
{
    const auto it = doc.find(component);
    if (it == doc.end() || !it->is_object())
        return {};
    const auto version = it->find("version");
    if (version == it->end() || !version->is_string())
        return {};
    return version->get<std::string>();
}

} // namespace

ProbeResult<QString> CudaToolsParser::parseNvccVersion(const QString &output)
{
    static const QRegularExpression releaseRe(QStringLiteral(R"(release\s+(\d+\.\d+),\s*V(\d+(?:\.\d+)*))"));
    const auto match = releaseRe.match(output);
    if (!match.hasMatch()) {
        return ProbeError{ProblemKind::Unparseable,
                          tr("nvcc --version printed no \"release X.Y\" line this program can read.")};
    }
    const QString release = match.captured(1);
    const QString full = match.captured(2);
    return full.startsWith(release + u'.') || full == release ? full : release;
}

ProbeResult<QString> CudaToolsParser::parseVersionJson(const QByteArray &json)
{
    // nlohmann's non-throwing parse: a broken file is a value, not an exception.
    const nlohmann::json doc = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return ProbeError{ProblemKind::Unparseable, tr("version.json is not valid JSON.")};
    for (const char *component : {"cuda_nvcc", "cuda_cudart"}) {
        const std::string version = componentVersion(doc, component);
        if (!version.empty())
            return QString::fromStdString(version);
    }
    const std::string sdk = componentVersion(doc, "cuda");
    if (!sdk.empty())
        return majorMinor(QString::fromStdString(sdk));
    return ProbeError{ProblemKind::Unparseable, tr("version.json names no CUDA version.")};
}

ProbeResult<QString> CudaToolsParser::parseVersionTxt(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(CUDA Version\s+(\d+\.\d+(?:\.\d+)*))"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return ProbeError{ProblemKind::Unparseable, tr("version.txt names no CUDA version.")};
    return match.captured(1);
}

ProbeResult<QString> CudaToolsParser::parseCudnnHeader(const QString &header)
{
    auto define = [&header](const QString &name) -> QString {
        const QRegularExpression re(QStringLiteral(R"(#\s*define\s+%1\s+(\d+))").arg(name));
        return re.match(header).captured(1);
    };
    const QString major = define(QStringLiteral("CUDNN_MAJOR"));
    const QString minor = define(QStringLiteral("CUDNN_MINOR"));
    const QString patch = define(QStringLiteral("CUDNN_PATCHLEVEL"));
    if (major.isEmpty() || minor.isEmpty())
        return ProbeError{ProblemKind::Unparseable, tr("The cuDNN header defines no CUDNN_MAJOR/CUDNN_MINOR.")};
    const QString majorMinor = major + u'.' + minor;
    return patch.isEmpty() ? majorMinor : QString(majorMinor + u'.' + patch);
}

QString CudaToolsParser::cudnnFromTorchNumber(qint64 number)
{
    if (number <= 0)
        return {};
    const qint64 scale = number >= 10000 ? 10000 : 1000;
    const qint64 major = number / scale;
    const qint64 minor = (number % scale) / 100;
    const qint64 patch = number % 100;
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

ProbeResult<QString> CudaToolsParser::parseProcDriverVersion(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(NVRM version:.*?Kernel Module(?:\s+for\s+\S+)?\s+(\d+\.\d+(?:\.\d+)?))"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return ProbeError{ProblemKind::Unparseable, tr("/proc/driver/nvidia/version names no driver version.")};
    return match.captured(1);
}

ProbeResult<QString> CudaToolsParser::parseSysModuleVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d+\.\d+(?:\.\d+)?)\s*$)"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return ProbeError{ProblemKind::Unparseable, tr("/sys/module/nvidia/version holds no driver version.")};
    return match.captured(1);
}

QString CudaToolsParser::cudaFromDriverNumber(int number)
{
    if (number <= 0)
        return {};
    return QStringLiteral("%1.%2").arg(number / 1000).arg((number % 1000) / 10);
}

QString CudaToolsParser::parseNvccHere(const QString &output)
{
    static const QRegularExpression here(QStringLiteral(R"(^#\$ _HERE_=(.+?)\s*$)"),
                                         QRegularExpression::MultilineOption);
    return here.match(output).captured(1);
}

ProcessSpec NvccProbe::locateSpec(const Platform &platform, const QString &nvcc, int timeoutMs)
{
    ProcessSpec spec = Probe::spec(
        platform, nvcc, {QStringLiteral("--dryrun"), QStringLiteral("-E"), QStringLiteral("tgs-where.cu")}, timeoutMs);
    spec.workingDirectory = QDir::tempPath();
    return spec;
}

ProcessSpec NvccProbe::spec(const Platform &platform, const QString &nvcc, int timeoutMs)
{
    return Probe::spec(platform, nvcc, {QStringLiteral("--version")}, timeoutMs);
}

ProbeResult<QString> NvccProbe::interpret(const ProcessResult &result, const QString &nvcc)
{
    if (auto failure = Probe::runFailure(result, nvcc))
        return *failure;
    ProbeResult<QString> version = CudaToolsParser::parseNvccVersion(result.stdOut);
    if (!version)
        return ProbeError{version.error().kind, version.error().message + u' ' + nvcc};
    return version;
}
} // namespace tgs
