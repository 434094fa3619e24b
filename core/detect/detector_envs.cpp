#include <core/detect/detector_p.h>

#include <core/detect/locations.h>
#include <core/detect/probes/conda.h>
#include <core/detect/probes/python.h>

#include <QDir>
#include <QFileInfo>

namespace tgs {

// conda and its environments, and every Python: on PATH, from the py launcher, in each env.

void Detector::Private::startConda()
{
    QStringList executables = Locations::condaExecutablesFromEnvironment(platform());
    const QStringList roots = Locations::condaRootCandidates(platform());
    for (const QString &root : roots) {
        const QString exe = Locations::condaExecutableInRoot(platform(), root);
        if (QFileInfo(exe).isFile() && !executables.contains(exe))
            executables.append(exe);
    }
    if (executables.isEmpty()) {
        addProblem(kConda, {ProblemKind::NotFound,
                            tr("conda was not found (checked CONDA_EXE, PATH and %n usual install folder(s)). "
                               "That is fine: this wizard can install Miniforge, or use a venv instead.",
                               nullptr, int(roots.size()))});
        return;
    }
    CondaInfo info;
    info.executable = executables.first();
    info.basePrefix = Locations::condaRootOfExecutable(platform(), info.executable);
    info.source = QStringLiteral("file system");
    findings.conda = info;

    // Environments on disk start their Python probes now, not after conda has answered.
    addCondaPrefix(info.basePrefix);
    const QString envsDir = platform().join(info.basePrefix, QStringLiteral("envs"));
    for (const QString &prefix : Locations::globDirectories(platform(), envsDir, QStringLiteral("*"))) {
        if (QFileInfo(platform().join(prefix, QStringLiteral("conda-meta"))).isDir())
            addCondaPrefix(prefix);
    }
    launch(kConda, Phase::Quick, CondaProbe::infoSpec(platform(), info.executable, options.timeouts.condaMs),
           [this](const ProcessResult &r) {
               if (auto failure = Probe::runFailure(r, QStringLiteral("conda info --json"))) {
                   addProblem(kConda, *failure);
                   return;
               }
               const auto report = CondaParser::parseInfoJson(r.stdOut);
               if (!report) {
                   startCondaTextFallback(); // very old condas have no --json
                   return;
               }
               findings.conda->version = report->version;
               findings.conda->basePrefix = report->rootPrefix;
               findings.conda->source = QStringLiteral("conda info --json");
               findings.envsDirs = report->envsDirs;
               for (const QString &prefix : report->envPrefixes)
                   addCondaPrefix(prefix);
           });
}

void Detector::Private::startCondaTextFallback()
{
    const QString conda = findings.conda->executable;
    launch(kConda, Phase::Quick, CondaProbe::versionSpec(platform(), conda, options.timeouts.condaMs),
           [this](const ProcessResult &r) {
               if (auto failure = Probe::runFailure(r, QStringLiteral("conda --version"))) {
                   addProblem(kConda, *failure);
               } else if (auto version = CondaParser::parseVersion(r.stdOut + r.stdErr)) {
                   findings.conda->version = *version;
                   findings.conda->source = QStringLiteral("conda --version");
               } else {
                   addProblem(kConda, version.error());
               }
           });
    launch(kConda, Phase::Quick, CondaProbe::envListSpec(platform(), conda, options.timeouts.condaMs),
           [this](const ProcessResult &r) {
               if (Probe::runFailure(r, QStringLiteral("conda env list")))
                   return;
               if (auto entries = CondaParser::parseEnvList(r.stdOut)) {
                   for (const CondaEnvListEntry &entry : *entries)
                       addCondaPrefix(entry.prefix);
               }
           });
}

void Detector::Private::addCondaPrefix(const QString &prefix)
{
    const QString key = canonicalKey(prefix);
    if (condaPrefixKeys.contains(key))
        return;
    condaPrefixKeys.append(key);
    const QStringList meta = QDir(platform().join(prefix, QStringLiteral("conda-meta")))
                                 .entryList({QStringLiteral("*.json")}, QDir::Files);
    findings.condaPrefixes.append({prefix, CondaParser::packageVersionFromMeta(meta, QStringLiteral("python")),
                                   CondaParser::packageVersionFromMeta(meta, QStringLiteral("cudnn"))});
    const QString python = Locations::pythonInPrefix(platform(), prefix);
    if (QFileInfo(python).isFile()) {
        const QString name = CondaParser::envName(prefix, findings.conda->basePrefix, findings.envsDirs);
        // A source is an identifier in the JSON, not prose: it stays untranslated.
        probePython(python, QStringLiteral("conda env ") + (name.isEmpty() ? prefix : name),
                    Locations::condaActivationPath(platform(), prefix));
    }
    for (const QString &nvcc : Locations::nvccInPrefix(platform(), prefix))
        probeNvcc(nvcc, QStringLiteral("nvcc --version (conda env)"));
}

void Detector::Private::startPythons()
{
    for (const QString &path : Locations::pythonsOnPath(platform()))
        probePython(path, QStringLiteral("PATH"));
    if (!platform().isWindows())
        return;
    const QString py = platform().findInPath(QStringLiteral("py"));
    if (py.isEmpty())
        return;
    launch(kPython, Phase::Quick, Probe::spec(platform(), py, {QStringLiteral("-0p")}, options.timeouts.pythonMs),
           [this](const ProcessResult &r) {
               for (const PyLauncherEntry &entry : PythonParser::parsePyLauncherList(r.stdOut + r.stdErr))
                   probePython(entry.path, QStringLiteral("py launcher"));
           });
}

// The quick and the deep probe of one interpreter start together.
void Detector::Private::probePython(const QString &path, const QString &source, const QStringList &prependPath)
{
    const QString key = canonicalKey(path);
    if (probedPythonKeys.contains(key))
        return;
    probedPythonKeys.append(key);
    const qsizetype slot = findings.pythons.size();
    findings.pythons.append({path, source, std::nullopt, std::nullopt});
    const int timeout = options.timeouts.pythonMs;
    launch(
        kPython, Phase::Quick, PythonProbe::spec(PythonProbe::Phase::Quick, platform(), path, prependPath, timeout),
        [this, slot, path](const ProcessResult &r) { findings.pythons[slot].quick = PythonProbe::interpret(r, path); },
        PythonProbe::displayCommand(PythonProbe::Phase::Quick, path));
    if (!options.deep)
        return;
    launch(
        kPython, Phase::Deep, PythonProbe::spec(PythonProbe::Phase::Deep, platform(), path, prependPath, timeout),
        [this, slot, path](const ProcessResult &r) { findings.pythons[slot].deep = PythonProbe::interpret(r, path); },
        PythonProbe::displayCommand(PythonProbe::Phase::Deep, path));
}

} // namespace tgs
