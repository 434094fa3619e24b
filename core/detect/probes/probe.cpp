#include <core/detect/probes/probe.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace tgs {

ProcessSpec Probe::spec(const Platform &platform, const QString &program, const QStringList &arguments, int timeoutMs)
{
    ProcessSpec spec;
    spec.program = program;
    spec.arguments = arguments;
    spec.environment = platform.environment;
    spec.timeoutMs = timeoutMs;
    spec.killGraceMs = 1000;
    spec.withEnglishLocale();
    return spec;
}

std::optional<ProbeError> Probe::runFailure(const ProcessResult &result, const QString &tool)
{
    switch (result.outcome) {
    case Outcome::TimedOut:
        return ProbeError{ProblemKind::TimedOut,
                          tr("%1 did not answer within %2 seconds and was stopped. A hung driver or a stuck "
                             "network drive can cause this; restart the computer and try again.")
                              .arg(tool)
                              .arg(result.durationMs / 1000)};
    case Outcome::FailedToStart:
        return ProbeError{ProblemKind::Failed, tr("%1 could not be started: %2").arg(tool, result.errorString)};
    case Outcome::Crashed:
        return ProbeError{ProblemKind::Failed, tr("%1 crashed.").arg(tool)};
    case Outcome::Canceled:
        return ProbeError{ProblemKind::Failed, tr("%1 was canceled.").arg(tool)};
    case Outcome::Succeeded:
    case Outcome::ExitCode:
        break;
    }
    return std::nullopt;
}

QString Probe::firstLine(const QString &text)
{
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

std::optional<QByteArray> Probe::readSmallFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.read(4 * 1024 * 1024);
}

ProcessSpec Probe::pythonScript(const Platform &platform, const QString &python, const QString &scriptResource,
                                const QString &argument, const QStringList &prependPath, int timeoutMs)
{
    // Each script is read once: they are compiled into the program.
    static QHash<QString, QString> scripts;
    auto script = scripts.find(scriptResource);
    if (script == scripts.end()) {
        QFile file(scriptResource);
        script = scripts.insert(scriptResource,
                                file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString());
    }
    ProcessSpec spec = Probe::spec(platform, python, {QStringLiteral("-c"), *script, argument}, timeoutMs);
    spec.asPythonChild();
    spec.workingDirectory = QDir::tempPath();
    if (!prependPath.isEmpty()) {
        const QString sep = platform.pathListSeparator();
        spec.setEnvironment.insert(QStringLiteral("PATH"),
                                   prependPath.join(sep) + sep + platform.env(QStringLiteral("PATH")));
    }
    return spec;
}

} // namespace tgs
