#include <core/detect/probes/python.h>

#include <core/detect/probes/cudatools.h>

#include <nlohmann/json.hpp>

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
    const nlohmann::json doc = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
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
        torch.cudaAvailable = available != t.end() && available->is_boolean() && available->get<bool>();
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

} // namespace tgs
