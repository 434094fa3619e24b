#include <core/kb/kbtext.h>

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace tgs {

namespace {

// The sites the knowledge base is about; a link elsewhere in a text shown to users is refused.
bool knownSite(const QString &host)
{
    static const QStringList sites{QStringLiteral("pytorch.org"),  QStringLiteral("nvidia.com"),
                                   QStringLiteral("github.com"),   QStringLiteral("conda-forge.org"),
                                   QStringLiteral("anaconda.org"), QStringLiteral("anaconda.com"),
                                   QStringLiteral("conda.io"),     QStringLiteral("python.org"),
                                   QStringLiteral("pypi.org"),     QStringLiteral("microsoft.com")};
    const QString h = host.toLower();
    for (const QString &site : sites) {
        if (h == site || h.endsWith(u'.' + site))
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> KbText::problem(const QString &text)
{
    for (const QChar c : text) {
        // Control characters, and format characters such as U+202E, which reverses what a reader sees.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("contains the invisible character U+%1")
                .arg(QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper());
    }
    // Words are delimited by what is not an ASCII letter, digit, '_' or '-', so that "运行curl" (no space
    // after Chinese text) is caught as well as "run curl".
    static const QRegularExpression command(
        QStringLiteral(
            // shell syntax: substitution, pipes, escapes, chaining, appending to a file
            R"(`|\$|\||\\|&&|>>)"
            // programs that fetch, run or elevate
            R"(|(?<![A-Za-z0-9_-])(?:sudo|su|doas|curl|wget|sh|bash|zsh|ksh|csh|powershell|pwsh|cmd|iex|iwr|irm|eval)"
            R"(|exec|chmod|chown|rm|rmdir|del|nc|ncat|netcat|certutil|bitsadmin|mshta|rundll32|regsvr32|msiexec)"
            R"(|winget|choco|apt-get|dnf|yum|brew|npm|npx|invoke-webrequest|invoke-restmethod|invoke-expression)"
            R"(|start-process|set-executionpolicy)(?![A-Za-z0-9_-]))"
            // install commands: the program writes these itself
            R"(|(?<![A-Za-z0-9_-])(?:pip3?|conda|mamba|micromamba|uv|python3?|py|apt)\s+)"
            R"((?:install|uninstall|create|remove|run|-m|-c)(?![A-Za-z0-9_-]))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = command.match(text);
    if (match.hasMatch())
        return tr("\"%1\" reads like part of a command; the texts of a knowledge base are plain prose, and every "
                  "command comes from the program itself")
            .arg(match.captured(0).trimmed());
    static const QRegularExpression link(QStringLiteral(R"((?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]*://([^/\s?#:<>()]*))"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString scheme = m.captured(0).section(u':', 0, 0).toLower();
        if (scheme != QStringLiteral("https") || !knownSite(m.captured(1)))
            return tr("links to %1, which is not a PyTorch, NVIDIA, conda, Python or GitHub site over https")
                .arg(m.captured(0));
    }
    return std::nullopt;
}

} // namespace tgs
