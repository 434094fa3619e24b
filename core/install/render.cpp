#include <core/base/localizedtext.h>
#include <core/install/plan.h>

#include <nlohmann/json.hpp>

#include <QRegularExpression>

namespace tgs {

namespace {

// The program's own argv rules (MSVCRT / CommandLineToArgvW): backslashes are literal except
// before a '"', where they are doubled, and a '"' inside is written \".
QString msvcrtQuoted(const QString &argument)
{
    QString quoted = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        quoted += QString(c == u'"' ? 2 * backslashes + 1 : backslashes, u'\\');
        backslashes = 0;
        quoted += c;
    }
    return quoted + QString(2 * backslashes, u'\\') + u'"';
}

// cmd.exe first: inside double quotes '&', '|', '<', '>', '(', ')' and '^' are literal, but a
// '"' ends the quoting and '%VAR%' (and '!VAR!' with delayed expansion) is expanded even there.
// An argument with one of those gets every cmd metacharacter, quotes included, escaped with '^',
// so cmd passes it through unchanged and the program reads it by its own rules.
QString quoteForCmd(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_.:/\\=+,-]+$)"));
    if (!argument.isEmpty() && plain.match(argument).hasMatch())
        return argument;
    const QString quoted = msvcrtQuoted(argument);
    static const QRegularExpression expands(QStringLiteral(R"(["%!])"));
    if (!argument.contains(expands))
        return quoted;
    QString escaped;
    for (const QChar c : quoted) {
        if (QStringLiteral("^&|<>()%!\"").contains(c))
            escaped += u'^';
        escaped += c;
    }
    return escaped;
}

} // namespace

QString quoteArgument(const QString &argument, Shell shell)
{
    switch (shell) {
    case Shell::Posix: {
        static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_@%+=:,./-]+$)"));
        if (!argument.isEmpty() && plain.match(argument).hasMatch())
            return argument;
        QString quoted = argument;
        quoted.replace(u'\'', QStringLiteral("'\\''"));
        return u'\'' + quoted + u'\'';
    }
    case Shell::PowerShell: {
        // Single quotes are literal in PowerShell; a single quote inside is doubled.
        static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_.:/\\=+-]+$)"));
        if (!argument.isEmpty() && plain.match(argument).hasMatch())
            return argument;
        QString quoted = argument;
        quoted.replace(u'\'', QStringLiteral("''"));
        return u'\'' + quoted + u'\'';
    }
    case Shell::Cmd:
        return quoteForCmd(argument);
    }
    return argument;
}

QString renderStep(const PlanStep &step, Shell shell)
{
    if (step.kind == PlanStep::Kind::Download) {
        switch (shell) {
        case Shell::Posix:
            return QStringLiteral("curl -L -o %1 %2 && echo '%3  %1' | sha256sum -c -")
                .arg(quoteArgument(step.destination, shell), quoteArgument(step.url, shell), step.sha256);
        case Shell::PowerShell:
            return QStringLiteral(
                       "Invoke-WebRequest -Uri %1 -OutFile %2; (Get-FileHash %2 -Algorithm SHA256).Hash -eq '%3'")
                .arg(quoteArgument(step.url, shell), quoteArgument(step.destination, shell), step.sha256.toUpper());
        case Shell::Cmd:
            return QStringLiteral("curl -L -o %1 %2 && certutil -hashfile %1 SHA256")
                .arg(quoteArgument(step.destination, shell), quoteArgument(step.url, shell));
        }
    }
    QStringList parts;
    QString prefix;
    for (auto it = step.environment.cbegin(); it != step.environment.cend(); ++it) {
        switch (shell) {
        case Shell::Posix:
            parts << it.key() + u'=' + quoteArgument(it.value(), shell);
            break;
        case Shell::PowerShell:
            prefix += QStringLiteral("$env:%1 = %2; ")
                          .arg(it.key(), u'\'' + QString(it.value()).replace(u'\'', QStringLiteral("''")) + u'\'');
            break;
        case Shell::Cmd:
            prefix += QStringLiteral("set \"%1=%2\" && ").arg(it.key(), it.value());
            break;
        }
    }
    if (shell == Shell::PowerShell)
        parts << QStringLiteral("&") << u'\'' + QString(step.program).replace(u'\'', QStringLiteral("''")) + u'\'';
    else
        parts << quoteArgument(step.program, shell);
    for (const QString &argument : step.arguments)
        parts << quoteArgument(argument, shell);
    return prefix + parts.join(u' ');
}

QString renderPlan(const Plan &plan, Shell shell)
{
    QStringList lines;
    const QString comment = shell == Shell::Cmd ? QStringLiteral("REM ") : QStringLiteral("# ");
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        lines << comment + QStringLiteral("%1. %2").arg(i + 1).arg(plan.steps.at(i).title);
        lines << renderStep(plan.steps.at(i), shell);
    }
    return lines.join(u'\n') + u'\n';
}

QString renderPlanReadable(const Plan &plan, Shell shell)
{
    // The settings each step runs with, said once per distinct set: in practice every command has the same.
    QList<QMap<QString, QString>> sets;
    QList<QStringList> stepsOfSet;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const QMap<QString, QString> &environment = plan.steps.at(i).environment;
        if (environment.isEmpty() || plan.steps.at(i).kind == PlanStep::Kind::Download)
            continue;
        qsizetype set = sets.indexOf(environment);
        if (set < 0) {
            sets << environment;
            stepsOfSet << QStringList();
            set = sets.size() - 1;
        }
        stepsOfSet[set] << QString::number(i + 1);
    }
    QStringList lines;
    const QString comment = shell == Shell::Cmd ? QStringLiteral("REM ") : QStringLiteral("# ");
    for (qsizetype set = 0; set < sets.size(); ++set) {
        QStringList assignments;
        for (auto it = sets.at(set).cbegin(); it != sets.at(set).cend(); ++it)
            assignments << it.key() + u'=' + it.value();
        const QString which = stepsOfSet.at(set).size() == plan.steps.size()
                                  ? PlanBuilder::tr("Every step runs with: %1")
                                  : PlanBuilder::tr("Steps %1 run with: %2").arg(listText(stepsOfSet.at(set)));
        lines << comment + which.arg(assignments.join(u' '));
    }
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        PlanStep bare = plan.steps.at(i);
        if (bare.kind != PlanStep::Kind::Download)
            bare.environment.clear();
        lines << QString() << comment + QStringLiteral("%1. %2").arg(i + 1).arg(bare.title);
        lines << renderStep(bare, shell);
    }
    return lines.join(u'\n') + u'\n';
}

nlohmann::json planToJson(const Plan &plan)
{
    nlohmann::json steps = nlohmann::json::array();
    for (const PlanStep &step : plan.steps) {
        nlohmann::json args = nlohmann::json::array();
        for (const QString &argument : step.arguments)
            args.push_back(argument.toStdString());
        nlohmann::json env = nlohmann::json::object();
        for (auto it = step.environment.cbegin(); it != step.environment.cend(); ++it)
            env[it.key().toStdString()] = it.value().toStdString();
        nlohmann::json item = {{"id", step.id.toStdString()},
                               {"title", step.title.toStdString()},
                               {"kind", step.kind == PlanStep::Kind::Download ? "download" : "command"},
                               {"program", step.program.toStdString()},
                               {"args", args},
                               {"env", env},
                               {"check", step.check.toStdString()}};
        if (step.kind == PlanStep::Kind::Download) {
            item["url"] = step.url.toStdString();
            item["sha256"] = step.sha256.toStdString();
            item["destination"] = step.destination.toStdString();
        }
        steps.push_back(item);
    }
    nlohmann::json notes = nlohmann::json::array();
    for (const QString &note : plan.notes)
        notes.push_back(note.toStdString());
    return {{"route", routeId(plan.route).toStdString()},
            {"env", plan.envName.toStdString()},
            {"env_prefix", plan.envPrefix.toStdString()},
            {"python", plan.python.toStdString()},
            {"steps", steps},
            {"notes", notes}};
}

} // namespace tgs
