#include <core/base/localizedtext.h>
#include <core/verify/doctor_p.h>

#include <core/base/version.h>
#include <core/install/preflight.h>
#include <core/recommend/recommender.h>

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tgs {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

namespace doctor {

QString lineWith(const QString &text, const QRegularExpression &pattern)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    for (const QString &line : text.split(lineBreak)) {
        if (pattern.match(line).hasMatch())
            return line.trimmed();
    }
    return {};
}

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

QString variantName(const Combination &c)
{
    return QStringLiteral("%1+%2").arg(c.torch, c.variant);
}

QString pipCommand(const QString &python, const Combination &c)
{
    QStringList packages{QStringLiteral("torch==") + c.torch, QStringLiteral("torchvision==") + c.torchvision};
    if (!c.torchaudio.isEmpty())
        packages << QStringLiteral("torchaudio==") + c.torchaudio;
    const QString program = python.isEmpty() ? QStringLiteral("python") : u'"' + python + u'"';
    return QStringLiteral("%1 -m pip install --force-reinstall %2 --index-url https://download.pytorch.org/whl/%3")
        .arg(program, packages.join(u' '), c.variant);
}

Context::Context(const DoctorInput &input, const KnowledgeBase &knowledge)
    : in(input)
    , kb(knowledge)
    , os(input.platform.os)
{}

Finding *Context::find(const QString &id)
{
    for (Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

void Context::add(const Finding &finding)
{
    for (const Finding &f : std::as_const(findings)) {
        if (f.id == finding.id && f.title == finding.title)
            return;
    }
    findings.append(finding);
}

bool Context::smiFailed() const
{
    if (!in.environment)
        return false;
    for (const Problem &p : in.environment->problems) {
        if (p.kind == ProblemKind::DriverUnreachable || p.kind == ProblemKind::DriverLibraryMismatch)
            return true;
    }
    return false;
}

bool Context::gpuKnownAbsent() const
{
    return in.environment && in.environment->gpus.isEmpty() && !in.environment->driver && !smiFailed()
           && !(in.verification && in.verification->deviceCount > 0);
}

bool Context::gpuPresent() const
{
    return (in.environment && (!in.environment->gpus.isEmpty() || in.environment->driver || smiFailed()))
           || (in.verification && in.verification->deviceCount > 0);
}

QString Context::gpuText() const
{
    QStringList names;
    if (in.environment) {
        for (const GpuInfo &gpu : in.environment->gpus)
            names << (gpu.computeCapability.isEmpty() ? gpu.name
                                                      : QStringLiteral("%1 (%2)").arg(gpu.name, gpu.computeCapability));
    }
    if (names.isEmpty() && in.verification) {
        for (const VerifiedDevice &d : in.verification->devices)
            names << QStringLiteral("%1 (%2)").arg(d.name, d.computeCapability);
    }
    names.removeDuplicates();
    return names.isEmpty() ? Doctor::tr("an NVIDIA GPU") : listText(names);
}

QString Context::driverVersion() const
{
    return in.environment && in.environment->driver ? in.environment->driver->version : QString();
}

// The highest CUDA a driver runs: what nvidia-smi said, else the knowledge base's table of minimums.
QString Context::driverCuda(const QString &driver) const
{
    if (in.environment && in.environment->driver && in.environment->driver->version == driver
        && !in.environment->driver->cudaVersion.isEmpty())
        return in.environment->driver->cudaVersion;
    QString best;
    for (const CudaRequirement &cuda : kb.cudaVersions) {
        const QString minimum = os == Platform::Os::Windows && !cuda.driverMinWindows.isEmpty() ? cuda.driverMinWindows
                                                                                                : cuda.driverMinLinux;
        if (!minimum.isEmpty() && Version(driver) >= Version(minimum)
            && (best.isEmpty() || Version(cuda.version) > Version(best)))
            best = cuda.version;
    }
    return best;
}

bool Context::samePath(const QString &a, const QString &b) const
{
    const Qt::CaseSensitivity cs = os == Platform::Os::Windows ? Qt::CaseInsensitive : Qt::CaseSensitive;
    QString x = a, y = b;
    x.replace(u'\\', u'/');
    y.replace(u'\\', u'/');
    while (x.endsWith(u'/'))
        x.chop(1);
    while (y.endsWith(u'/'))
        y.chop(1);
    return !x.isEmpty() && (x.compare(y, cs) == 0 || x.startsWith(y + u'/', cs));
}

const CondaEnvInfo *Context::condaEnvNamed(const QString &name) const
{
    if (!in.environment || !in.environment->conda || name.isEmpty())
        return nullptr;
    for (const CondaEnvInfo &env : in.environment->conda->envs) {
        if (env.name == name)
            return &env;
    }
    return nullptr;
}

const CondaEnvInfo *Context::condaEnvHolding(const QString &path) const
{
    if (!in.environment || !in.environment->conda || path.isEmpty())
        return nullptr;
    const CondaEnvInfo *best = nullptr;
    for (const CondaEnvInfo &env : in.environment->conda->envs) {
        // The longest prefix wins: base holds every env under its envs folder.
        if (samePath(path, env.prefix) && (!best || env.prefix.size() > best->prefix.size()))
            best = &env;
    }
    return best;
}

void Context::fillFromConda(Target &t, const CondaEnvInfo *env) const
{
    if (!env)
        return;
    t.prefix = env->prefix;
    if (t.pythonVersion.isEmpty())
        t.pythonVersion = env->python;
    const bool base = env->name == QStringLiteral("base") || env->name == QStringLiteral("root")
                      || (in.environment->conda && samePath(env->prefix, in.environment->conda->basePrefix)
                          && samePath(in.environment->conda->basePrefix, env->prefix));
    t.isBase = base;
    t.condaEnv = base ? QString() : env->name;
    t.label = base                  ? Doctor::tr("conda's base environment")
              : env->name.isEmpty() ? Doctor::tr("the conda environment in %1").arg(env->prefix)
                                    : Doctor::tr("the conda environment \"%1\"").arg(env->name);
}

std::optional<Target> Context::verifiedTarget() const
{
    if (!in.verification)
        return std::nullopt;
    const Verification &v = *in.verification;
    Target t;
    t.python = v.pythonExecutable;
    t.pythonVersion = v.pythonVersion;
    switch (v.target.kind) {
    case VerifyTarget::Kind::CondaEnv:
        t.label = Doctor::tr("the conda environment \"%1\"").arg(v.target.value);
        t.condaEnv = v.target.value;
        fillFromConda(t, condaEnvNamed(v.target.value));
        break;
    case VerifyTarget::Kind::Prefix:
        t.prefix = v.target.value;
        t.label = Doctor::tr("the environment in %1").arg(v.target.value);
        fillFromConda(t, condaEnvHolding(v.target.value));
        break;
    case VerifyTarget::Kind::Python:
        if (t.python.isEmpty())
            t.python = v.target.value;
        t.label = Doctor::tr("the Python %1").arg(t.python);
        fillFromConda(t, condaEnvHolding(t.python));
        break;
    }
    if (t.pythonVersion.isEmpty() && in.environment) {
        for (const PythonInfo &p : in.environment->pythons) {
            if (samePath(p.executable, t.python))
                t.pythonVersion = p.version;
        }
    }
    return t;
}

Target Context::targetFor(const PythonInfo &python) const
{
    Target t;
    t.python = python.executable;
    t.pythonVersion = python.version;
    t.label = Doctor::tr("the Python %1").arg(python.executable);
    fillFromConda(t, condaEnvHolding(python.executable));
    return t;
}

// A conda environment named in a traceback: ".../envs/tf-gpu/lib/python3.7/site-packages/torch/...".
std::optional<Target> Context::textTarget() const
{
    static const QRegularExpression envPath(
        QStringLiteral(
            R"([\\/]envs[\\/]([^\\/"'<>|\s]+)[\\/](?:lib[\\/]python(\d+\.\d+)|Lib)[\\/]site-packages[\\/]torch)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = envPath.match(in.text);
    if (!m.hasMatch())
        return std::nullopt;
    Target t;
    t.condaEnv = m.captured(1);
    t.pythonVersion = m.captured(2);
    t.label = Doctor::tr("the conda environment \"%1\"").arg(t.condaEnv);
    fillFromConda(t, condaEnvNamed(t.condaEnv));
    return t;
}

std::optional<Target> Context::anyTarget() const
{
    if (std::optional<Target> t = verifiedTarget())
        return t;
    return textTarget();
}

// The recommender's CUDA build for this PC; for an existing environment, one for its Python.
std::optional<Combination> Context::recommend(const QString &pythonVersion) const
{
    if (!in.environment)
        return std::nullopt;
    Facts facts = Facts::fromEnvironment(*in.environment, os);
    facts.python = pythonVersion.isEmpty() ? QString() : Version(pythonVersion).majorMinor();
    if (facts.python.isEmpty())
        facts.pythonSource.clear();
    const Result<Recommendation> r = Recommender(kb).recommend(facts, Wishes{});
    if (!r || r->recommended.cuda.isEmpty() || r->hasWarning(WarningCode::PythonUnsupported)
        || r->hasWarning(WarningCode::DriverTooOld) || r->hasWarning(WarningCode::ArchMissing))
        return std::nullopt;
    if (!facts.python.isEmpty() && r->recommended.python != facts.python)
        return std::nullopt;
    return r->recommended;
}

std::optional<PlanRequest> Context::newEnvRequest(bool asciiMiniforge) const
{
    const std::optional<Combination> c = recommend({});
    if (!c)
        return std::nullopt;
    const Environment &e = *in.environment;
    PlanRequest r;
    r.combination = *c;
    r.platform = in.platform;
    r.envName = Preflight::freeEnvName(QStringLiteral("torchgpu"), e);
    if (!asciiMiniforge && e.conda && !e.conda->executable.isEmpty()
        && Preflight::isPlainAsciiPath(e.conda->basePrefix.isEmpty() ? e.conda->executable : e.conda->basePrefix)) {
        r.condaExecutable = e.conda->executable;
    } else {
        const QString home = in.platform.join(in.platform.homeDir, QStringLiteral("miniforge3"));
        r.installMiniforgeTo = !asciiMiniforge && !in.platform.homeDir.isEmpty() && Preflight::isPlainAsciiPath(home)
                                   ? home
                                   : Preflight::asciiInstallLocation(in.platform);
    }
    return r;
}

Fix Context::newEnvFix(const QString &instruction, bool asciiMiniforge) const
{
    Fix fix;
    fix.instruction = instruction;
    fix.plan = newEnvRequest(asciiMiniforge);
    if (fix.plan) {
        fix.instruction += u'\n'
                           + Doctor::tr("The wizard can install PyTorch %1 into a new environment \"%2\" for you.")
                                 .arg(variantName(fix.plan->combination), fix.plan->envName);
    }
    return fix;
}

// The recommended CUDA build installed into the environment that has the problem: a named conda env is reused;
// a venv gets its packages from a Python of the same version; anything else gets the exact pip command.
Fix Context::reinstallFix(const std::optional<Target> &target) const
{
    Fix fix;
    const std::optional<Combination> c = recommend(target ? target->pythonVersion : QString());
    if (!c) {
        fix.instruction = Doctor::tr(
            "Install a CUDA build of PyTorch that this PC's driver and GPU support: run detection in the wizard "
            "and use its recommendation, or pick the CUDA version on https://pytorch.org/get-started/locally/.");
        return fix;
    }
    const Environment &e = *in.environment;
    const QString python = target ? target->python : QString();
    fix.instruction = Doctor::tr("Replace it with PyTorch %1, the build the wizard recommends for this PC:\n%2")
                          .arg(variantName(*c), pipCommand(python, *c));
    if (!target)
        return fix;
    if (!target->condaEnv.isEmpty() && e.conda && !e.conda->executable.isEmpty()) {
        PlanRequest r;
        r.combination = *c;
        r.platform = in.platform;
        r.envName = target->condaEnv;
        r.condaExecutable = e.conda->executable;
        fix.plan = r;
        fix.existingEnv = ExistingEnv::Reuse;
    } else if (!target->prefix.isEmpty() && !target->isBase) {
        for (const PythonInfo &p : e.pythons) {
            if (Version(p.version).majorMinor() == c->python && !samePath(p.executable, target->prefix)) {
                PlanRequest r;
                r.combination = *c;
                r.platform = in.platform;
                r.envName = QStringLiteral("venv");
                r.venvPython = p.executable;
                r.venvDir = target->prefix;
                fix.plan = r;
                break;
            }
        }
    }
    if (target->isBase) {
        fix.instruction += u'\n'
                           + Doctor::tr("Better still, leave conda's base environment alone and install into a "
                                        "new environment.");
        fix.plan = newEnvRequest(false);
    }
    return fix;
}

} // namespace doctor

QList<Finding> Doctor::diagnose(const DoctorInput &input, const KnowledgeBase &kb)
{
    doctor::Context context(input, kb);
    doctor::driverRules(context);
    doctor::torchRules(context);
    doctor::pathRules(context);
    doctor::textRules(context);
    std::stable_sort(context.findings.begin(), context.findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    return context.findings;
}

namespace {

nlohmann::json planJson(const Fix &fix)
{
    if (!fix.plan)
        return nullptr;
    const PlanRequest &r = *fix.plan;
    const Combination &c = r.combination;
    return {
        {"route", routeId(c.route).toStdString()},
        {"env", r.envName.toStdString()},
        {"existing_env", fix.existingEnv == ExistingEnv::Reuse ? "reuse" : "new"},
        {"torch", c.torch.toStdString()},
        {"torchvision", c.torchvision.toStdString()},
        {"torchaudio", c.torchaudio.toStdString()},
        {"python", c.python.toStdString()},
        {"cuda", c.cuda.toStdString()},
        {"variant", c.variant.toStdString()},
        {"conda", r.condaExecutable.toStdString()},
        {"venv_python", r.venvPython.toStdString()},
        {"venv_dir", r.venvDir.toStdString()},
        {"install_miniforge_to", r.installMiniforgeTo.toStdString()},
        {"mirror", r.mirrorId.toStdString()},
    };
}

} // namespace

nlohmann::json findingsToJson(const QList<Finding> &findings)
{
    nlohmann::json list = nlohmann::json::array();
    for (const Finding &f : findings) {
        list.push_back({
            {"id", f.id.toStdString()},
            {"severity", severityId(f.severity).toStdString()},
            {"title", f.title.toStdString()},
            {"detail", f.detail.toStdString()},
            {"evidence", f.evidence.toStdString()},
            {"fix", {{"instruction", f.fix.instruction.toStdString()}, {"plan", planJson(f.fix)}}},
        });
    }
    return {{"findings", list}};
}

} // namespace tgs
