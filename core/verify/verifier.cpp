#include <core/base/localizedtext.h>
#include <core/verify/verifier.h>

#include <core/detect/locations.h>
#include <core/process/linesplitter.h>
#include <core/process/processrunner.h>
#include <core/verify/verifyprobe.h>

#include <QDir>
#include <QFileInfo>

namespace tgs {

namespace {

struct Prepared
{
    Verification verification;
    QString python;
    std::optional<ProcessSpec> spec; // nothing to run when the target has no Python
};

QString prefixOf(const VerifyTarget &target, const std::optional<CondaInfo> &conda)
{
    if (target.kind == VerifyTarget::Kind::Prefix)
        return target.value;
    if (target.kind == VerifyTarget::Kind::CondaEnv && conda) {
        for (const CondaEnvInfo &env : conda->envs) {
            if (env.name == target.value)
                return env.prefix;
        }
        // Made after conda was asked (the install just now): conda creates named environments in the base's envs/.
        const QString made = QDir(conda->basePrefix).filePath(QStringLiteral("envs/") + target.value);
        if (!conda->basePrefix.isEmpty() && QFileInfo(made).isDir())
            return QDir::toNativeSeparators(made);
    }
    return {};
}

Prepared prepare(const VerifyTarget &target, const VerifyOptions &options, const std::optional<CondaInfo> &conda)
{
    Prepared p;
    p.verification.target = target;
    const Result<QString> python = Verifier::pythonFor(target, options.platform, conda);
    if (!python) {
        p.verification.problems.append({QStringLiteral("python"), ProblemKind::NotFound, python.error().message});
        return p;
    }
    p.python = *python;
    const QString prefix = prefixOf(target, conda);
    const QStringList prepend
        = prefix.isEmpty() ? QStringList() : Locations::condaActivationPath(options.platform, prefix);
    p.spec = VerifyProbe::spec(options.platform, p.python, prepend, options.timeoutMs);
    return p;
}

} // namespace

Verifier::Verifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Verification>();
}

Verifier::~Verifier() = default;

Result<QString> Verifier::pythonFor(const VerifyTarget &target, const Platform &platform,
                                    const std::optional<CondaInfo> &conda)
{
    switch (target.kind) {
    case VerifyTarget::Kind::Python:
        if (!QFileInfo(target.value).isFile())
            return Error{VerifyProbe::tr("There is no Python at %1.").arg(target.value)};
        return target.value;
    case VerifyTarget::Kind::Prefix: {
        // A conda environment keeps python in bin/ (python.exe at its root on Windows); a venv on Windows in Scripts.
        QStringList candidates{Locations::pythonInPrefix(platform, target.value)};
        if (platform.isWindows())
            candidates << platform.join(target.value, QStringLiteral("Scripts\\python.exe"));
        for (const QString &candidate : candidates) {
            if (QFileInfo(candidate).isFile())
                return candidate;
        }
        return Error{VerifyProbe::tr("%1 has no Python (looked for %2).").arg(target.value, listText(candidates))};
    }
    case VerifyTarget::Kind::CondaEnv: {
        if (!conda)
            return Error{VerifyProbe::tr("conda was not found, so there is no environment named \"%1\". Give the "
                                         "environment's folder with --prefix instead.")
                             .arg(target.value)};
        const QString prefix = prefixOf(target, conda);
        if (prefix.isEmpty()) {
            QStringList names;
            for (const CondaEnvInfo &env : conda->envs) {
                if (!env.name.isEmpty())
                    names << env.name;
            }
            return Error{VerifyProbe::tr("conda has no environment named \"%1\" (it has: %2).")
                             .arg(target.value, listText(names))};
        }
        return pythonFor(VerifyTarget::prefix(prefix), platform, conda);
    }
    }
    return Error{QString()};
}

Verification Verifier::verify(const VerifyTarget &target, const VerifyOptions &options,
                              const std::optional<CondaInfo> &conda)
{
    Prepared p = prepare(target, options, conda);
    if (p.spec)
        VerifyProbe::interpret(ProcessRunner::run(*p.spec), p.python, p.verification);
    return p.verification;
}

void Verifier::start(const VerifyTarget &target, const VerifyOptions &options, const std::optional<CondaInfo> &conda)
{
    if (m_runner) {
        // A check still running is ended and forgotten: only the new one reports.
        disconnect(m_runner, nullptr, this, nullptr);
        connect(m_runner, &ProcessRunner::done, m_runner, &QObject::deleteLater);
        m_runner->cancel();
        m_runner = nullptr;
    }
    Prepared p = prepare(target, options, conda);
    m_current = p.verification;
    m_python = p.python;
    if (!p.spec) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_current); }, Qt::QueuedConnection);
        return;
    }
    m_runner = new ProcessRunner(this);
    connect(m_runner, &ProcessRunner::outputLine, this, [this](Channel, const OutputLine &line) {
        if (!line.text.startsWith(QStringLiteral("TGS-VERIFY ")))
            emit outputLine(line.text);
    });
    connect(m_runner, &ProcessRunner::done, this, [this](const ProcessResult &result) {
        VerifyProbe::interpret(result, m_python, m_current);
        m_runner->deleteLater();
        m_runner = nullptr;
        emit finished(m_current);
    });
    m_runner->start(*p.spec);
}

void Verifier::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

bool Verifier::isRunning() const
{
    return m_runner != nullptr;
}

} // namespace tgs
