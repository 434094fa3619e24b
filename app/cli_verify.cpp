// `verify`: is the PyTorch of an environment really working, on the GPU where there is one.
#include "appoptions.h"
#include "cli.h"
#include "output.h"

#include <core/base/boundedfile.h>
#include <core/detect/detector.h>
#include <core/install/installrunner.h>
#include <core/kb/kbstore.h>
#include <core/recommend/recommender.h>
#include <core/verify/doctor.h>
#include <core/verify/report.h>
#include <core/verify/verificationreport.h>
#include <core/verify/verifier.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tgs::app {

namespace {

// What to verify: the option given, else the first Python on PATH (what `python` runs for the user).
std::optional<VerifyTarget> targetFrom(const RecommendOptions &o, const Environment &e)
{
    if (!o.env.isEmpty())
        return VerifyTarget::condaEnv(o.env);
    if (!o.prefix.isEmpty())
        return VerifyTarget::prefix(o.prefix);
    if (!o.pythonPath.isEmpty())
        return VerifyTarget::python(o.pythonPath);
    for (const PythonInfo &python : e.pythons) {
        if (python.source == QStringLiteral("PATH"))
            return VerifyTarget::python(python.executable);
    }
    return std::nullopt;
}

Result<KnowledgeBase> knowledgeBase(const RecommendOptions &o)
{
    return o.kbFile.isEmpty() ? KnowledgeBaseStore::best(KnowledgeBaseStore::defaultCacheDir())
                              : KnowledgeBase::fromFile(o.kbFile);
}

QString findingsText(const QList<Finding> &findings)
{
    if (findings.isEmpty())
        return Cli::tr("The doctor found nothing wrong.") + u'\n';
    QStringList lines{Cli::tr("The doctor's findings:")};
    for (const Finding &f : findings) {
        const QString mark = f.severity == Severity::Error     ? QStringLiteral("✗")
                             : f.severity == Severity::Warning ? QStringLiteral("⚠")
                                                               : QStringLiteral("ℹ");
        lines << QStringLiteral("%1 %2").arg(mark, f.title);
        if (!f.detail.isEmpty())
            lines << QStringLiteral("  ") + f.detail;
        if (!f.evidence.isEmpty())
            lines << QStringLiteral("  > ") + f.evidence;
        if (!f.fix.instruction.isEmpty())
            lines << QStringLiteral("  ") + Cli::tr("Fix: %1").arg(f.fix.instruction);
    }
    return lines.join(u'\n') + u'\n';
}

bool anyError(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

// The newest install log, if any: the one a report is most likely about.
QString newestLog()
{
    const QDir logs(InstallRunner::defaultLogDirectory());
    const QFileInfoList files = logs.entryInfoList({QStringLiteral("*.log")}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

} // namespace

int Cli::report(const RecommendOptions &o)
{
    const QStringList formats{QStringLiteral("md"), QStringLiteral("json")};
    QString format = o.format;
    if (format.isEmpty())
        format = o.output.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? QStringLiteral("json")
                                                                                 : QStringLiteral("md");
    if (!formats.contains(format)) {
        writeErr(tr("--format \"%1\" is not one of: md, json.").arg(format) + u'\n');
        return 2;
    }
    const Result<KnowledgeBase> kb = knowledgeBase(o);
    if (!kb) {
        writeErr(kb.error().message + u'\n');
        return 2;
    }
    writeErr(tr("Detecting, checking PyTorch and writing the report…") + u'\n');
    const DetectionOptions detection = defaultDetectionOptions();
    ReportInput input;
    input.platform = detection.platform;
    input.appVersion = QCoreApplication::applicationVersion();
    input.knowledgeBase = &*kb;
    input.environment = Detector::detect(detection);
    const Facts facts = factsWithOverrides(input.environment, detection.platform.os, {});
    if (const Result<Recommendation> r = Recommender(*kb).recommend(facts, {}))
        input.recommendation = *r;
    if (const std::optional<VerifyTarget> target = targetFrom(o, *input.environment)) {
        VerifyOptions options;
        options.platform = detection.platform;
        input.verification = Verifier::verify(*target, options, input.environment->conda);
    }
    DoctorInput doctor;
    doctor.environment = input.environment;
    doctor.verification = input.verification;
    doctor.platform = detection.platform;
    input.logPath = o.logFile.isEmpty() ? newestLog() : o.logFile;
    input.findings = Doctor::diagnose(doctor, *kb);
    if (!o.output.isEmpty()) {
        QString path = o.output;
        if (QFileInfo(path).suffix().isEmpty())
            path += u'.' + format;
        const Result<QString> saved = Report::save(input, path);
        if (!saved) {
            writeErr(saved.error().message + u'\n');
            return 1;
        }
        writeOut(tr("Report saved: %1").arg(*saved) + u'\n');
        return 0;
    }
    writeOut(format == QStringLiteral("json") ? QString::fromStdString(Report::toJson(input).dump(2)) + u'\n'
                                              : Report::toMarkdown(input));
    return 0;
}

int Cli::doctor(const RecommendOptions &o)
{
    const Result<KnowledgeBase> kb = knowledgeBase(o);
    if (!kb) {
        writeErr(kb.error().message + u'\n');
        return 2;
    }
    DoctorInput input;
    const QString textFile = !o.logFile.isEmpty() ? o.logFile : o.textFile;
    if (!textFile.isEmpty()) {
        // A log of a long install is a few MiB at most; a pasted error is far less.
        const Result<QByteArray> text = BoundedFile::read(textFile, 16 * 1024 * 1024);
        if (!text) {
            writeErr(text.error().message + u'\n');
            return 2;
        }
        input.text = QString::fromUtf8(*text);
    }
    if (!o.json)
        writeOut(tr("Detecting the GPU, driver, conda, Python, CUDA and cuDNN…") + u'\n');
    const DetectionOptions detection = defaultDetectionOptions();
    input.environment = Detector::detect(detection);
    input.platform = detection.platform;
    const QList<Finding> findings = Doctor::diagnose(input, *kb);
    if (o.json)
        writeOut(QString::fromStdString(findingsToJson(findings).dump(2)) + u'\n');
    else
        writeOut(findingsText(findings));
    return anyError(findings) ? 1 : 0;
}

int Cli::verify(const RecommendOptions &o)
{
    if (!o.json)
        writeOut(tr("Looking for the GPU, conda and Python…") + u'\n');
    DetectionOptions detection = defaultDetectionOptions();
    detection.deep = false; // the probe in the environment says the rest
    const Environment environment = Detector::detect(detection);
    const std::optional<VerifyTarget> target = targetFrom(o, environment);
    if (!target) {
        writeErr(tr("No Python was found on PATH. Name the environment with --env NAME, --prefix FOLDER or "
                    "--python PATH.")
                 + u'\n');
        return 2;
    }
    if (!o.json)
        writeOut(tr("Checking PyTorch in %1 (importing torch and computing on every GPU)…").arg(target->value) + u'\n');
    VerifyOptions options;
    options.platform = detection.platform;
    const Verification v = Verifier::verify(*target, options, environment.conda);
    const bool pcHasGpu = environment.hasNvidiaGpu();
    QList<Finding> findings;
    if (const Result<KnowledgeBase> kb = knowledgeBase(o)) {
        DoctorInput input;
        input.environment = environment;
        input.verification = v;
        input.platform = detection.platform;
        findings = Doctor::diagnose(input, *kb);
    }
    if (o.json) {
        nlohmann::json j = verificationToJson(v, pcHasGpu);
        j["findings"] = findingsToJson(findings)["findings"];
        writeOut(QString::fromStdString(j.dump(2)) + u'\n');
    } else {
        writeOut(VerificationReport::toText(v, pcHasGpu));
        if (!findings.isEmpty())
            writeOut(findingsText(findings));
    }
    return v.passed(pcHasGpu) ? 0 : 1;
}

} // namespace tgs::app
