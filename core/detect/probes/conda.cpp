#include <core/detect/probes/conda.h>

#include <core/base/jsonutil.h>

#include <QDir>
#include <QRegularExpression>

namespace tgs {

namespace {

QString normalizedForCompare(QString path)
{
    path.replace(u'\\', u'/');
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

ProbeResult<QString> CondaParser::parseVersion(const QString &output)
{
    static const QRegularExpression re(QStringLiteral(R"(conda\s+(\d+(?:\.\d+)+))"));
    const auto match = re.match(output);
    if (!match.hasMatch())
        return ProbeError{ProblemKind::Unparseable, tr("conda --version printed no version this program can read.")};
    return match.captured(1);
}

ProbeResult<CondaInfoReport> CondaParser::parseInfoJson(const QString &output)
{
    // conda may print warnings before the JSON object; it starts at the first '{'.
    const qsizetype start = output.indexOf(u'{');
    if (start < 0)
        return ProbeError{ProblemKind::Unparseable, tr("conda info --json printed no JSON.")};
    const QByteArray bytes = output.mid(start).toUtf8();
    const nlohmann::json doc
        = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return ProbeError{ProblemKind::Unparseable, tr("conda info --json printed JSON this program cannot read.")};
    CondaInfoReport report;
    report.version = json::string(doc, "conda_version");
    report.rootPrefix = json::string(doc, "root_prefix");
    report.envPrefixes = json::stringList(doc, "envs");
    report.envsDirs = json::stringList(doc, "envs_dirs");
    if (report.rootPrefix.isEmpty())
        return ProbeError{ProblemKind::Unparseable, tr("conda info --json names no root prefix.")};
    if (!report.envPrefixes.contains(report.rootPrefix))
        report.envPrefixes.prepend(report.rootPrefix);
    return report;
}

ProbeResult<QList<CondaEnvListEntry>> CondaParser::parseEnvList(const QString &output)
{
    if (output.trimmed().startsWith(u'{')) {
        const QByteArray bytes = output.toUtf8();
        const nlohmann::json doc
            = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
        if (doc.is_discarded() || !doc.is_object())
            return ProbeError{ProblemKind::Unparseable,
                              tr("conda env list --json printed JSON this program cannot read.")};
        QList<CondaEnvListEntry> entries;
        for (const QString &prefix : json::stringList(doc, "envs"))
            entries.append({QString(), prefix});
        return entries;
    }
    // A prefix starts with '/' (Unix), a drive "C:\" or a UNC "\\" (Windows).
    static const QRegularExpression pathStartRe(QStringLiteral(R"((?:^|\s)(/|[A-Za-z]:[\\/]|\\\\))"));
    QList<CondaEnvListEntry> entries;
    bool sawHeader = false;
    for (const QString &rawLine : output.split(u'\n')) {
        const QString line = rawLine.trimmed().isEmpty() ? QString() : rawLine;
        if (line.isEmpty())
            continue;
        if (line.trimmed().startsWith(u'#')) {
            sawHeader = true;
            continue;
        }
        const auto match = pathStartRe.match(line);
        if (!match.hasMatch())
            continue;
        CondaEnvListEntry entry;
        entry.prefix = line.mid(match.capturedStart(1)).trimmed();
        const QString before = line.left(match.capturedStart(1));
        if (!before.isEmpty() && !before.front().isSpace()) {
            entry.name = before.split(u' ', Qt::SkipEmptyParts).value(0);
        }
        entries.append(entry);
    }
    if (entries.isEmpty() && !sawHeader)
        return ProbeError{ProblemKind::Unparseable, tr("conda env list printed nothing this program can read.")};
    return entries;
}

QString CondaParser::packageVersionFromMeta(const QStringList &metaFileNames, const QString &package)
{
    const QRegularExpression re(
        QStringLiteral(R"(^%1-(\d+(?:\.\d+)*)-[^-]+\.json$)").arg(QRegularExpression::escape(package)));
    for (const QString &fileName : metaFileNames) {
        const auto match = re.match(fileName);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

QString CondaParser::envName(const QString &prefix, const QString &rootPrefix, const QStringList &envsDirs)
{
    const QString normalized = normalizedForCompare(prefix);
    // Windows paths ("C:/...") compare without case; Unix paths with it.
    const Qt::CaseSensitivity cs
        = normalized.size() > 1 && normalized.at(1) == u':' ? Qt::CaseInsensitive : Qt::CaseSensitive;
    if (normalized.compare(normalizedForCompare(rootPrefix), cs) == 0)
        return QStringLiteral("base");
    const qsizetype slash = normalized.lastIndexOf(u'/');
    if (slash < 0)
        return {};
    const QString parent = normalized.left(slash);
    const QString leaf = normalized.mid(slash + 1);
    QStringList dirs = envsDirs;
    dirs.append(normalizedForCompare(rootPrefix) + QStringLiteral("/envs"));
    for (const QString &dir : dirs) {
        if (parent.compare(normalizedForCompare(dir), cs) == 0)
            return leaf;
    }
    return {};
}

namespace {

ProcessSpec condaSpec(const Platform &platform, const QString &conda, const QStringList &arguments, int timeoutMs)
{
    ProcessSpec spec = Probe::spec(platform, conda, arguments, timeoutMs);
    spec.asPythonChild();
    return spec;
}

} // namespace

ProcessSpec CondaProbe::infoSpec(const Platform &platform, const QString &conda, int timeoutMs)
{
    return condaSpec(platform, conda, {QStringLiteral("info"), QStringLiteral("--json")}, timeoutMs);
}

ProcessSpec CondaProbe::versionSpec(const Platform &platform, const QString &conda, int timeoutMs)
{
    return condaSpec(platform, conda, {QStringLiteral("--version")}, timeoutMs);
}

ProcessSpec CondaProbe::envListSpec(const Platform &platform, const QString &conda, int timeoutMs)
{
    return condaSpec(platform, conda, {QStringLiteral("env"), QStringLiteral("list")}, timeoutMs);
}
} // namespace tgs
