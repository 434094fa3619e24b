#pragma once

#include <core/base/platform.h>
#include <core/base/result.h>
#include <core/detect/environment.h>
#include <core/install/plan.h>
#include <core/kb/knowledgebase.h>
#include <core/recommend/recommendation.h>
#include <core/verify/doctor.h>
#include <core/verify/verification.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace tgs {

// Everything a report can hold; each part is optional, and a report leaves out what is absent.
struct ReportInput
{
    std::optional<Environment> environment;
    std::optional<Recommendation> recommendation;
    // The knowledge base the recommendation came from (its date and file are part of the recommendation's text);
    // not owned, may be null.
    const KnowledgeBase *knowledgeBase = nullptr;
    std::optional<Plan> plan;
    QString logPath; // an install log: the report quotes its last lines
    std::optional<Verification> verification;
    QList<Finding> findings;
    // Whose home folder and user name the report hides, and which OS's path rules apply to them.
    Platform platform = Platform::current();
    QString appVersion;
    QDateTime created; // invalid: the time the report is made
};

// One report a user can attach to a forum post or send to a colleague: the verdict first, then verification,
// the doctor's findings, the environment, the recommendation, the plan and the end of the install log; as
// Markdown or JSON, in the UI language, with the user's home folder and name taken out of every string.
// The parts are rendered by their own report functions, so translators see each sentence once.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Report)

public:
    static constexpr int kLogLines = 80;
    static constexpr qint64 kLogBytes = 256 * 1024; // how much of the log's end is read, at most
    static constexpr int kLogLineChars = 1000;      // longer log lines are cut

    static QString toMarkdown(const ReportInput &input);
    // {"tool": {"name", "version"}, "created", "verdict", "environment", "recommendation", "plan", "log_excerpt":
    // {"path", "lines", "truncated", "error"}, "verification", "findings": [...]}; absent parts are null.
    static nlohmann::json toJson(const ReportInput &input);

    // Hides who the user is: the home folder (platform.homeDir, USERPROFILE, HOME; with '\', '/' or the '\\' of
    // Python's repr, case-insensitively on Windows) becomes "~" ("%USERPROFILE%" on Windows), and the user name
    // (USERNAME, USER, LOGNAME, the home folder's last component) becomes "<user>" wherever it is a whole word —
    // or, for a name of one or two ASCII characters ("li"), only where it is a whole path component, so that
    // "libcudnn", "Linux" or the English "an" stay intact.
    static QString redact(const QString &text, const Platform &platform);

    // Markdown for a name ending in .md or .markdown, JSON for .json; returns the file's absolute path, or an
    // Error that says what to do (another folder, free space, the right extension).
    static Result<QString> save(const ReportInput &input, const QString &path);
};

} // namespace tgs
