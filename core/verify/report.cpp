#include <core/verify/report.h>

#include <core/base/boundedfile.h>
#include <core/base/jsonutil.h>
#include <core/detect/environmentreport.h>
#include <core/recommend/recommendationreport.h>
#include <core/verify/verificationreport.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <utility>

namespace tgs {

namespace {

const QString kToolName = QStringLiteral("TorchGPU Setup");

// Not followed by more of the same name or folder ("/home/li" must not match "/home/lisa" or "/home/li.bak").
const QString kEnd = QStringLiteral("(?![\\p{L}\\p{N}_\\-])(?!\\.[\\p{L}\\p{N}_])");

// Names that are folders of every system, not a person's: hiding them would only garble paths.
bool isGenericName(const QString &name)
{
    static const QStringList generic{QStringLiteral("root"), QStringLiteral("home"), QStringLiteral("users"),
                                     QStringLiteral("user"), QStringLiteral("tmp")};
    return generic.contains(name, Qt::CaseInsensitive);
}

bool isIdeographic(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        const QChar::Script s = c.script();
        return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana
               || s == QChar::Script_Hangul;
    });
}

class Redactor
{
public:
    explicit Redactor(const Platform &platform)
    {
        const bool win = platform.isWindows();
        const auto options = win ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption;
        const QString homeToken = win ? QStringLiteral("%USERPROFILE%") : QStringLiteral("~");

        QStringList homes;
        for (QString home :
             {platform.homeDir, platform.env(QStringLiteral("USERPROFILE")), platform.env(QStringLiteral("HOME"))}) {
            home.replace(u'\\', u'/');
            while (home.size() > 1 && home.endsWith(u'/'))
                home.chop(1);
            // "/" or "C:" is no one's home folder in particular.
            if (home.count(u'/') < 1 || home.size() < 3
                || homes.contains(home, win ? Qt::CaseInsensitive : Qt::CaseSensitive))
                continue;
            homes << home;
        }
        std::sort(homes.begin(), homes.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &home : std::as_const(homes)) {
            // Forward slashes, backslashes, and the doubled backslashes of Python's repr in a traceback.
            QStringList parts = home.split(u'/');
            for (QString &part : parts)
                part = QRegularExpression::escape(part);
            const QString pattern = parts.join(QStringLiteral("(?:/|\\\\\\\\|\\\\)"));
            m_rules.append({QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}_.\\\\/-])") + pattern + kEnd, options),
                            homeToken});
        }

        QStringList names;
        for (const QString &home : std::as_const(homes))
            names << home.section(u'/', -1);
        for (const char *variable : {"USERNAME", "USER", "LOGNAME"})
            names << platform.env(QString::fromLatin1(variable)).trimmed();
        QStringList unique;
        for (const QString &name : std::as_const(names)) {
            if (!name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && !isGenericName(name)
                && !unique.contains(name, win ? Qt::CaseInsensitive : Qt::CaseSensitive))
                unique << name;
        }
        std::sort(unique.begin(), unique.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const QString user = QStringLiteral("<user>");
        for (const QString &name : std::as_const(unique)) {
            const QString escaped = QRegularExpression::escape(name);
            const bool ascii = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
            QString pattern;
            if (ascii && name.size() <= 2)
                pattern = QStringLiteral("(?<=[\\\\/])") + escaped + kEnd; // a path component only
            else if (isIdeographic(name))
                pattern = QStringLiteral("(?<![A-Za-z0-9_])") + escaped + QStringLiteral("(?![A-Za-z0-9_])");
            else
                pattern = QStringLiteral("(?<![\\p{L}\\p{N}_])") + escaped + QStringLiteral("(?![\\p{L}\\p{N}_])");
            m_rules.append({QRegularExpression(pattern, options), user});
        }
    }

    QString apply(QString text) const
    {
        for (const auto &[pattern, replacement] : m_rules)
            text.replace(pattern, replacement);
        return text;
    }

    void apply(nlohmann::json &value) const
    {
        if (value.is_string()) {
            value = apply(QString::fromStdString(value.get<std::string>())).toStdString();
        } else if (value.is_structured()) {
            // Keys are the report's own identifiers (and environment variable names), never user data.
            for (auto &item : value)
                apply(item);
        }
    }

private:
    QList<std::pair<QRegularExpression, QString>> m_rules;
};

bool pcHasNvidiaGpu(const ReportInput &input)
{
    if (input.environment)
        return input.environment->hasNvidiaGpu();
    return input.verification && input.verification->deviceCount > 0;
}

struct LogExcerpt
{
    QStringList lines;
    bool truncated = false; // the log has more lines than these
    QString error;
};

// The end of the log, bounded: a log larger than kLogBytes is read from its last kLogBytes only.
LogExcerpt readLogExcerpt(const QString &path)
{
    LogExcerpt excerpt;
    QByteArray bytes;
    const QFileInfo info(path);
    if (info.isFile() && info.size() > Report::kLogBytes) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(info.size() - Report::kLogBytes)) {
            excerpt.error = Report::tr("%1 cannot be read: %2").arg(path, file.errorString());
            return excerpt;
        }
        bytes = file.read(Report::kLogBytes);
        bytes.remove(0, bytes.indexOf('\n') + 1); // a partial first line, perhaps a partial character
        excerpt.truncated = true;
    } else {
        Result<QByteArray> read = BoundedFile::read(path, Report::kLogBytes);
        if (!read) {
            excerpt.error = read.error().message;
            return excerpt;
        }
        bytes = read.value();
    }
    QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.size() > Report::kLogLineChars)
            line = line.left(Report::kLogLineChars) + u'…';
    }
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.size() > Report::kLogLines) {
        lines = lines.mid(lines.size() - Report::kLogLines);
        excerpt.truncated = true;
    }
    excerpt.lines = lines;
    return excerpt;
}

// Markdown-safe text for a paragraph, a list item or a heading.
QString inlineText(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]|~#");
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'\n')
            out += QStringLiteral("<br>");
        else if (c == u'\r')
            continue;
        else if (special.contains(c))
            out += u'\\' + QString(c);
        else
            out += c;
    }
    return out;
}

// A fenced block whose fence is longer than any run of backticks inside.
QString codeBlock(const QString &text, const QString &language)
{
    static const QRegularExpression ticks(QStringLiteral("`{3,}"));
    qsizetype longest = 2;
    for (auto it = ticks.globalMatch(text); it.hasNext();)
        longest = std::max(longest, it.next().capturedLength());
    const QString fence(longest + 1, u'`');
    QString body = text;
    if (!body.endsWith(u'\n'))
        body += u'\n';
    return fence + language + u'\n' + body + fence + u'\n';
}

QString bullet(const QString &label, const QString &value)
{
    if (label.isEmpty())
        return QStringLiteral("- ") + inlineText(value);
    return QStringLiteral("- **%1:** %2").arg(inlineText(label), inlineText(value));
}

QString heading(int level, const QString &title)
{
    return QString(level, u'#') + u' ' + inlineText(title);
}

// The summary line of detection's Python list, for the verified environment.
PythonInfo asPythonInfo(const Verification &v)
{
    PythonInfo python;
    python.executable = v.pythonExecutable;
    python.version = v.pythonVersion;
    python.torchImportError = v.torchImportError;
    if (v.torchImported) {
        TorchInfo torch;
        torch.version = v.torchVersion;
        torch.cuda = v.cuda;
        torch.cudnn = v.cudnnVersion;
        torch.cudaAvailable = v.cudaAvailable;
        torch.imported = true;
        python.torch = torch;
    }
    return python;
}

QString severityMark(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("✗");
    case Severity::Warning:
        return QStringLiteral("⚠");
    case Severity::Info:
        break;
    }
    return QStringLiteral("ℹ");
}

void appendVerification(QStringList &md, const ReportInput &input, const Redactor &r)
{
    const Verification &v = *input.verification;
    // The same words as the verify command's title, from its own translation context.
    md << heading(
        2, QCoreApplication::translate("tgs::VerificationReport", "Verification of %1").arg(r.apply(v.target.value)))
       << QString();
    for (const ReportRow &row : VerificationReport::rows(v))
        md << bullet(row.label, r.apply(row.value));
    for (const VerifiedDevice &device : v.devices)
        md << bullet(QString(), r.apply(VerificationReport::deviceLine(device)));
    for (const Problem &problem : v.problems)
        md << bullet(QString(), QStringLiteral("✗ ") + r.apply(problem.message));
    md << QString();
}

void appendFindings(QStringList &md, const QList<Finding> &findings, const Redactor &r)
{
    md << heading(2, Report::tr("The doctor's findings")) << QString();
    for (const Finding &f : findings) {
        md << QStringLiteral("- **%1 %2**").arg(severityMark(f.severity), inlineText(r.apply(f.title)));
        if (!f.detail.isEmpty())
            md << QStringLiteral("  ") + inlineText(r.apply(f.detail)) + QStringLiteral("<br>");
        if (!f.evidence.isEmpty())
            md << QStringLiteral("  &gt; ") + inlineText(r.apply(f.evidence)) + QStringLiteral("<br>");
        if (!f.fix.instruction.isEmpty())
            md << QStringLiteral("  ") + inlineText(Report::tr("Fix: %1").arg(r.apply(f.fix.instruction)));
    }
    md << QString();
}

void appendEnvironment(QStringList &md, const Environment &environment, const Redactor &r)
{
    md << heading(2, Report::tr("Detected environment")) << QString();
    for (const ReportSection &section : EnvironmentReport::sections(environment)) {
        md << heading(3, section.title) << QString();
        for (const ReportRow &row : section.rows)
            md << bullet(row.label, r.apply(row.value));
        md << QString();
    }
    for (const Problem &problem : environment.problems)
        md << bullet(QString(), QStringLiteral("✗ ") + r.apply(EnvironmentReport::problemText(problem)));
    if (!environment.problems.isEmpty())
        md << QString();
}

// RecommendationReport's text as Markdown: its "  - " and "  ! " lines become list items.
void appendRecommendation(QStringList &md, const ReportInput &input, const Redactor &r)
{
    static const KnowledgeBase noKnowledgeBase;
    const KnowledgeBase &kb = input.knowledgeBase ? *input.knowledgeBase : noKnowledgeBase;
    QStringList lines = RecommendationReport::toText(*input.recommendation, kb).split(u'\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (!input.knowledgeBase && !lines.isEmpty())
        lines.removeLast(); // the knowledge base's date and file, unknown here
    md << heading(2, Report::tr("Recommendation")) << QString();
    for (const QString &line : std::as_const(lines)) {
        if (line.startsWith(QStringLiteral("  - ")))
            md << QStringLiteral("- ") + inlineText(r.apply(line.mid(4)));
        else if (line.startsWith(QStringLiteral("  ! ")))
            md << QStringLiteral("- ⚠ ") + inlineText(r.apply(line.mid(4)));
        else if (line.isEmpty())
            md << QString();
        else
            md << inlineText(r.apply(line)) + QStringLiteral("  ");
    }
    md << QString();
}

void appendPlan(QStringList &md, const Plan &plan, const Redactor &r)
{
    const bool win = plan.request.platform.isWindows();
    md << heading(2, Report::tr("Install plan")) << QString();
    for (const QString &note : plan.notes)
        md << bullet(QString(), r.apply(note));
    if (!plan.notes.isEmpty())
        md << QString();
    md << codeBlock(r.apply(renderPlan(plan, win ? Shell::PowerShell : Shell::Posix)),
                    win ? QStringLiteral("powershell") : QStringLiteral("sh"));
}

void appendLog(QStringList &md, const ReportInput &input, const LogExcerpt &log, const Redactor &r)
{
    md << heading(2, Report::tr("Install log")) << QString();
    const QString path
        = r.apply(input.platform.isWindows() ? QString(input.logPath).replace(u'/', u'\\') : input.logPath);
    if (!log.error.isEmpty()) {
        md << inlineText(r.apply(log.error)) << QString();
        return;
    }
    md << inlineText(log.truncated ? Report::tr("The last %n line(s) of %1:", nullptr, int(log.lines.size())).arg(path)
                                   : Report::tr("All of %1:").arg(path))
       << QString() << codeBlock(r.apply(log.lines.join(u'\n')), QStringLiteral("text"));
}

QString createdText(const ReportInput &input)
{
    const QDateTime created = input.created.isValid() ? input.created : QDateTime::currentDateTime();
    return created.toOffsetFromUtc(created.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

QString Report::redact(const QString &text, const Platform &platform)
{
    return Redactor(platform).apply(text);
}

QString Report::toMarkdown(const ReportInput &input)
{
    const Redactor r(input.platform);
    const bool gpu = pcHasNvidiaGpu(input);
    QStringList md{heading(1, tr("TorchGPU Setup report")), QString()};
    md << inlineText(
        tr("Created %1 by %2 %3.")
            .arg(createdText(input), kToolName, input.appVersion.isEmpty() ? QStringLiteral("–") : input.appVersion))
       << QString();
    if (input.verification) {
        md << QStringLiteral("**%1**  ").arg(inlineText(VerificationReport::verdict(*input.verification, gpu)))
           << inlineText(r.apply(EnvironmentReport::torchSummary(asPythonInfo(*input.verification))));
    } else {
        md << inlineText(tr("PyTorch has not been verified."));
    }
    md << QString();
    if (input.verification)
        appendVerification(md, input, r);
    if (!input.findings.isEmpty())
        appendFindings(md, input.findings, r);
    if (input.environment)
        appendEnvironment(md, *input.environment, r);
    if (input.recommendation)
        appendRecommendation(md, input, r);
    if (input.plan)
        appendPlan(md, *input.plan, r);
    if (!input.logPath.isEmpty())
        appendLog(md, input, readLogExcerpt(input.logPath), r);
    while (!md.isEmpty() && md.constLast().isEmpty())
        md.removeLast();
    // Every piece was redacted before it was escaped; this pass catches the words of the report's own sentences.
    return r.apply(md.join(u'\n') + u'\n');
}

nlohmann::json Report::toJson(const ReportInput &input)
{
    const bool gpu = pcHasNvidiaGpu(input);
    nlohmann::json report = {
        {"tool", {{"name", kToolName.toStdString()}, {"version", json::stringOrNull(input.appVersion)}}},
        {"created", createdText(input).toStdString()},
        {"verdict", nullptr},
        {"passed", nullptr},
        {"environment", nullptr},
        {"recommendation", nullptr},
        {"plan", nullptr},
        {"log_excerpt", nullptr},
        {"verification", nullptr},
        {"findings", findingsToJson(input.findings).at("findings")},
    };
    if (input.verification) {
        report["verdict"] = VerificationReport::verdict(*input.verification, gpu).toStdString();
        report["passed"] = input.verification->passed(gpu);
        report["verification"] = verificationToJson(*input.verification, gpu);
    }
    if (input.environment)
        report["environment"] = environmentToJson(*input.environment);
    if (input.recommendation) {
        static const KnowledgeBase noKnowledgeBase;
        report["recommendation"]
            = recommendationToJson(*input.recommendation, input.knowledgeBase ? *input.knowledgeBase : noKnowledgeBase);
        if (!input.knowledgeBase)
            report["recommendation"]["knowledge_base"] = nullptr;
    }
    if (input.plan)
        report["plan"] = planToJson(*input.plan);
    if (!input.logPath.isEmpty()) {
        const LogExcerpt log = readLogExcerpt(input.logPath);
        // The path as the report's platform writes it (a Windows log in "\" form), not as this host would.
        const QString path = input.platform.isWindows() ? QString(input.logPath).replace(u'/', u'\\') : input.logPath;
        report["log_excerpt"] = {{"path", path.toStdString()},
                                 {"lines", json::array(log.lines)},
                                 {"truncated", log.truncated},
                                 {"error", json::stringOrNull(log.error)}};
    }
    Redactor(input.platform).apply(report);
    return report;
}

Result<QString> Report::save(const ReportInput &input, const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const bool markdown = suffix == QStringLiteral("md") || suffix == QStringLiteral("markdown");
    if (!markdown && suffix != QStringLiteral("json"))
        return Error{tr("%1: a report is saved as Markdown (.md) or JSON (.json); choose a name that ends in one of "
                        "them.")
                         .arg(QDir::toNativeSeparators(path))};
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!info.absoluteDir().exists())
        return Error{
            tr("The folder %1 does not exist. Choose an existing folder, such as your Documents folder.").arg(folder)};
    const QByteArray bytes = markdown ? toMarkdown(input).toUtf8()
                                      : QByteArray(QByteArray::fromStdString(toJson(input).dump(
                                                       2, ' ', false, nlohmann::json::error_handler_t::replace))
                                                   + '\n');
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The report cannot be written to %1 (%2). Choose a folder you can write to, such as your "
                        "Documents folder.")
                         .arg(folder, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("The report could not be saved as %1 (%2). Check that the disk has free space, or save it "
                        "on another drive.")
                         .arg(QDir::toNativeSeparators(info.absoluteFilePath()), file.errorString())};
    return QDir::toNativeSeparators(info.absoluteFilePath());
}

} // namespace tgs
