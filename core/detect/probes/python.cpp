#include <core/detect/probes/python.h>

#include <core/base/jsonutil.h>
#include <core/detect/probes/cudatools.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace tgs {

namespace {

QString text(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    return QString::fromStdString(it->dump());
}

// The quick phase cannot ask torch for its cuDNN: the nvidia-cudnn-cu1x wheel's version
// ("9.1.0.70" → "9.1.0"), else the major of the bundled library (libcudnn.so.9, cudnn64_9.dll).
QString cudnnFromFiles(const nlohmann::json &doc, const nlohmann::json &torch)
{
    const auto dists = doc.find("distributions");
    if (dists != doc.end() && dists->is_object()) {
        for (auto it = dists->begin(); it != dists->end(); ++it) {
            if (QString::fromStdString(it.key()).startsWith(QStringLiteral("nvidia_cudnn")) && it->is_string())
                return QString::fromStdString(it->get<std::string>()).section(u'.', 0, 2);
        }
    }
    static const QRegularExpression library(QStringLiteral(R"(cudnn(?:64_|\.so\.)(\d+))"));
    for (const QString &name : json::stringList(torch, "bundled_libraries")) {
        const auto match = library.match(name);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

} // namespace

QString PythonParser::probeMarker()
{
    return QStringLiteral("TGS-PROBE-JSON:");
}

ProbeResult<PythonProbeReport> PythonParser::parseProbeOutput(const QString &output)
{
    const qsizetype at = output.lastIndexOf(probeMarker());
    if (at < 0)
        return ProbeError{ProblemKind::Unparseable, tr("The Python probe printed no result.")};
    qsizetype end = output.indexOf(u'\n', at);
    if (end < 0)
        end = output.size();
    const QByteArray bytes = output.mid(at + probeMarker().size(), end - at - probeMarker().size()).trimmed().toUtf8();
    const nlohmann::json doc
        = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return ProbeError{ProblemKind::Unparseable, tr("The Python probe printed a result this program cannot read.")};

    PythonProbeReport report;
    report.executable = text(doc, "executable");
    report.version = text(doc, "version");
    report.torchImportError = text(doc, "torch_error");
    if (report.version.isEmpty())
        return ProbeError{ProblemKind::Unparseable, tr("The Python probe did not say which Python it is.")};

    const auto torchIt = doc.find("torch");
    if (torchIt != doc.end() && torchIt->is_object()) {
        const nlohmann::json &t = *torchIt;
        TorchInfo torch;
        torch.version = text(t, "version");
        torch.cuda = text(t, "cuda");
        const auto cudnn = t.find("cudnn");
        if (cudnn != t.end() && cudnn->is_number_integer())
            torch.cudnn = CudaToolsParser::cudnnFromTorchNumber(cudnn->get<qint64>());
        const auto available = t.find("cuda_available");
        if (available != t.end() && available->is_boolean())
            torch.cudaAvailable = available->get<bool>();
        torch.imported = text(doc, "phase") != QStringLiteral("quick");
        torch.location = text(t, "location");
        if (torch.cudnn.isEmpty())
            torch.cudnn = cudnnFromFiles(doc, t);
        torch.cudaError = text(t, "cuda_error");
        const auto arch = t.find("arch_list");
        if (arch != t.end() && arch->is_array()) {
            for (const auto &item : *arch) {
                if (item.is_string())
                    torch.archList.append(QString::fromStdString(item.get<std::string>()));
            }
        }
        const auto devices = t.find("devices");
        if (devices != t.end() && devices->is_array()) {
            for (const auto &device : *devices) {
                if (device.is_object())
                    torch.devices.append({text(device, "name"), text(device, "capability")});
            }
        }
        const auto dists = doc.find("distributions");
        if (dists != doc.end() && dists->is_object()) {
            torch.torchvision = text(*dists, "torchvision");
            torch.torchaudio = text(*dists, "torchaudio");
        }
        report.torch = torch;
    }
    return report;
}

QList<PyLauncherEntry> PythonParser::parsePyLauncherList(const QString &output)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*-(?:V:)?(\S+)\s+(?:\*\s+)?(\S.*?)\s*$)"));
    QList<PyLauncherEntry> entries;
    for (const QString &line : output.split(u'\n')) {
        const auto match = re.match(line);
        if (!match.hasMatch())
            continue;
        const QString path = match.captured(2);
        // Only lines that end in an interpreter path; "-3.9-64 *" without a path comes from `py -0`.
        if (!path.endsWith(QStringLiteral(".exe"), Qt::CaseInsensitive))
            continue;
        entries.append({match.captured(1), path});
    }
    return entries;
}

ProcessSpec PythonProbe::spec(Phase phase, const Platform &platform, const QString &python,
                              const QStringList &prependPath, int timeoutMs)
{
    const bool isQuick = phase == Phase::Quick;
    return Probe::pythonScript(
        platform, python, isQuick ? QStringLiteral(":/tgs/python_quick.py") : QStringLiteral(":/tgs/torch_probe.py"),
        isQuick ? QStringLiteral("tgs-quick") : QStringLiteral("tgs-deep"), prependPath, timeoutMs);
}

QString PythonProbe::displayCommand(Phase phase, const QString &python)
{
    return QStringLiteral("%1 -c <%2>")
        .arg(python, phase == Phase::Quick ? QStringLiteral("python_quick.py") : QStringLiteral("torch_probe.py"));
}

ProbeResult<PythonProbeReport> PythonProbe::interpret(const ProcessResult &r, const QString &python)
{
    if (auto failure = Probe::runFailure(r, python)) {
        if (failure->kind == ProblemKind::TimedOut) {
            failure->message = tr("The Python at %1 did not answer within %2 seconds and was stopped. "
                                  "Importing a broken torch or GPU driver can hang.")
                                   .arg(python)
                                   .arg(r.durationMs / 1000);
        }
        return *failure;
    }
    ProbeResult<PythonProbeReport> report = PythonParser::parseProbeOutput(r.stdOut);
    if (!report) {
        const QString detail
            = Probe::firstLine(r.stdErr).isEmpty() ? Probe::firstLine(r.stdOut) : Probe::firstLine(r.stdErr);
        return ProbeError{
            report.error().kind,
            tr("The Python at %1 could not be examined: %2 %3").arg(python, report.error().message, detail).trimmed()};
    }
    return report;
}

} // namespace tgs
