#include <core/detect/probes/nvidiasmi.h>

#include <core/base/textmatch.h>

#include <QRegularExpression>

namespace tgs {

namespace {

QString cleanValue(const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.isEmpty() || value.startsWith(u'[') || value == QStringLiteral("N/A") || value == QStringLiteral("ERR!"))
        return {};
    return value;
}

std::optional<int> mebibytes(const QString &raw)
{
    QString value = cleanValue(raw);
    value.remove(QStringLiteral("MiB"));
    bool ok = false;
    const int mib = value.trimmed().toInt(&ok);
    return ok ? std::optional<int>(mib) : std::nullopt;
}

} // namespace

QStringList NvidiaSmiParser::queryFields(bool withComputeCapability)
{
    QStringList fields{QStringLiteral("index"), QStringLiteral("name"), QStringLiteral("memory.total")};
    if (withComputeCapability)
        fields.append(QStringLiteral("compute_cap"));
    fields.append(QStringLiteral("driver_version"));
    return fields;
}

std::optional<ProbeError> NvidiaSmiParser::classifyFailure(const QString &output)
{
    if (text::containsPhrase(output, QStringLiteral("couldn't communicate with the NVIDIA driver"))) {
        return ProbeError{ProblemKind::DriverUnreachable,
                          tr("nvidia-smi could not talk to the NVIDIA driver. The driver is not installed, "
                             "not loaded, or was just updated: install or reinstall the NVIDIA driver and restart.")};
    }
    if (text::containsPhrase(output, QStringLiteral("Driver/library version mismatch"))) {
        return ProbeError{ProblemKind::DriverLibraryMismatch,
                          tr("The NVIDIA driver that is loaded differs from the installed driver libraries "
                             "(usually right after a driver update). Restart the computer.")};
    }
    if (text::containsPhrase(output, QStringLiteral("No devices were found"))) {
        return ProbeError{ProblemKind::NoDevices,
                          tr("The NVIDIA driver is installed but sees no GPU. Check that the GPU is seated and "
                             "enabled, and that the virtual machine or container has been given it.")};
    }
    if (text::containsPhrase(output, QStringLiteral("Failed to initialize NVML"))) {
        return ProbeError{ProblemKind::DriverUnreachable,
                          tr("nvidia-smi could not initialise NVML, the driver's management library: "
                             "reinstall the NVIDIA driver, or restart the computer.")};
    }
    // cmd.exe's "not recognized" text is localized, but its line always starts with the quoted name.
    if (text::containsPhrase(output, QStringLiteral("is not recognized as an internal or external command"))
        || text::anyLineStartsWith(output, QStringLiteral("'nvidia-smi' "))
        || output.contains(QStringLiteral("command not found"))) {
        return ProbeError{ProblemKind::NotFound, tr("nvidia-smi is not installed.")};
    }
    return std::nullopt;
}

bool NvidiaSmiParser::isUnknownFieldError(const QString &output)
{
    return output.contains(QStringLiteral("is not a valid field to query"), Qt::CaseInsensitive);
}

ProbeResult<SmiReport> NvidiaSmiParser::parseTable(const QString &output)
{
    if (auto failure = classifyFailure(output))
        return *failure;

    static const QRegularExpression smiRe(QStringLiteral(R"(NVIDIA-SMI\s+([0-9][0-9.]*))"));
    static const QRegularExpression driverRe(QStringLiteral(R"((?:Driver|KMD) Version:\s*([0-9][0-9.]*))"));
    static const QRegularExpression cudaRe(QStringLiteral(R"(CUDA(?: UMD)? Version:\s*([0-9]+\.[0-9]+))"));
    static const QRegularExpression gpuRowRe(QStringLiteral(
        R"(^\|\s*(\d+)\s+(.*?)\s+(On|Off|WDDM|TCC|MCDM|N/A|ERR!)\s*\|\s*([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f]))"));
    static const QRegularExpression memoryRe(QStringLiteral(R"((\d+)\s*MiB\s*/\s*(\d+)\s*MiB)"));

    SmiReport report;
    const auto smi = smiRe.match(output);
    const auto driver = driverRe.match(output);
    if (!smi.hasMatch() || !driver.hasMatch()) {
        return ProbeError{ProblemKind::Unparseable,
                          tr("nvidia-smi printed something this program cannot read (no driver version in it).")};
    }
    report.smiVersion = smi.captured(1);
    report.driverVersion = driver.captured(1);
    report.cudaVersion = cudaRe.match(output).captured(1);

    const QStringList lines = output.split(u'\n');
    bool inGpuTable = false;
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (!inGpuTable) {
            inGpuTable = line.startsWith(QStringLiteral("|="));
            continue;
        }
        if (line.isEmpty() || !(line.startsWith(u'|') || line.startsWith(u'+')))
            break;
        const auto row = gpuRowRe.match(line);
        if (row.hasMatch()) {
            GpuInfo gpu;
            gpu.index = row.captured(1).toInt();
            gpu.name = row.captured(2).trimmed();
            gpu.source = QStringLiteral("nvidia-smi");
            report.gpus.append(gpu);
            continue;
        }
        if (!report.gpus.isEmpty() && !report.gpus.last().memoryTotalMib) {
            const auto memory = memoryRe.match(line);
            if (memory.hasMatch())
                report.gpus.last().memoryTotalMib = memory.captured(2).toInt();
        }
    }
    return report;
}

ProbeResult<SmiReport> NvidiaSmiParser::parseQuery(const QString &output, const QStringList &fields)
{
    if (auto failure = classifyFailure(output))
        return *failure;
    const qsizetype indexCol = fields.indexOf(QStringLiteral("index"));
    const qsizetype nameCol = fields.indexOf(QStringLiteral("name"));
    const qsizetype memoryCol = fields.indexOf(QStringLiteral("memory.total"));
    const qsizetype ccCol = fields.indexOf(QStringLiteral("compute_cap"));
    const qsizetype driverCol = fields.indexOf(QStringLiteral("driver_version"));

    SmiReport report;
    for (const QString &rawLine : output.split(u'\n', Qt::SkipEmptyParts)) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(u',');
        // --format=csv without noheader starts with the field names ("memory.total [MiB]").
        if (cells.first().trimmed().startsWith(fields.first()))
            continue;
        if (cells.size() != fields.size()) {
            return ProbeError{ProblemKind::Unparseable,
                              tr("nvidia-smi --query-gpu printed a line this program cannot read: \"%1\"").arg(line)};
        }
        GpuInfo gpu;
        gpu.index = indexCol >= 0 ? cells.at(indexCol).trimmed().toInt() : int(report.gpus.size());
        if (nameCol >= 0)
            gpu.name = cleanValue(cells.at(nameCol));
        if (memoryCol >= 0)
            gpu.memoryTotalMib = mebibytes(cells.at(memoryCol));
        if (ccCol >= 0)
            gpu.computeCapability = cleanValue(cells.at(ccCol));
        gpu.source = QStringLiteral("nvidia-smi --query-gpu");
        if (driverCol >= 0 && report.driverVersion.isEmpty())
            report.driverVersion = cleanValue(cells.at(driverCol));
        report.gpus.append(gpu);
    }
    if (report.gpus.isEmpty())
        return ProbeError{ProblemKind::Unparseable, tr("nvidia-smi --query-gpu printed no GPU.")};
    return report;
}

ProcessSpec NvidiaSmiProbe::tableSpec(const Platform &platform, const QString &smi, int timeoutMs)
{
    return Probe::spec(platform, smi, {}, timeoutMs);
}

ProcessSpec NvidiaSmiProbe::querySpec(const Platform &platform, const QString &smi, const QStringList &fields,
                                      int timeoutMs)
{
    return Probe::spec(
        platform, smi,
        {QStringLiteral("--query-gpu=") + fields.join(u','), QStringLiteral("--format=csv,noheader,nounits")},
        timeoutMs);
}

std::optional<ProbeError> NvidiaSmiProbe::failure(const ProcessResult &r)
{
    if (auto failed = Probe::runFailure(r, QStringLiteral("nvidia-smi")))
        return failed;
    if (r.outcome != Outcome::ExitCode)
        return std::nullopt;
    const QString all = r.stdOut + u'\n' + r.stdErr;
    if (auto known = NvidiaSmiParser::classifyFailure(all))
        return known;
    return ProbeError{
        ProblemKind::Failed,
        NvidiaSmiParser::tr("nvidia-smi exited with code %1: %2").arg(r.exitCode).arg(Probe::firstLine(all))};
}

ProbeResult<SmiReport> NvidiaSmiProbe::interpretTable(const ProcessResult &r)
{
    if (auto failed = failure(r))
        return *failed;
    return NvidiaSmiParser::parseTable(r.stdOut);
}

ProbeResult<SmiReport> NvidiaSmiProbe::interpretQuery(const ProcessResult &r, const QStringList &fields)
{
    if (auto failed = failure(r))
        return *failed;
    return NvidiaSmiParser::parseQuery(r.stdOut, fields);
}

} // namespace tgs
