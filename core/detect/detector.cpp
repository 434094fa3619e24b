#include <core/detect/detector.h>

#include <core/detect/findings.h>
#include <core/detect/locations.h>
#include <core/detect/probes/conda.h>
#include <core/detect/probes/cudadriver.h>
#include <core/detect/probes/cudatools.h>
#include <core/detect/probes/nvidiasmi.h>
#include <core/detect/probes/python.h>
#include <core/process/processrunner.h>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>

#include <functional>

namespace tgs {

namespace {

const QString kSmi = QStringLiteral("nvidia-smi");
const QString kCudaDriver = QStringLiteral("cuda-driver");
const QString kConda = QStringLiteral("conda");
const QString kPython = QStringLiteral("python");
const QString kToolkit = QStringLiteral("cuda-toolkit");
const QString kCudnn = QStringLiteral("cudnn");

enum class Phase { Quick, Deep };

} // namespace

// The scheduler: finds what to probe, starts every probe at once, and files each answer in
// the findings. What a probe runs and how its output is read live in probes/.
class Detector::Private
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Detector)

public:
    explicit Private(Detector *owner)
        : q(owner)
    {}

    const Platform &platform() const { return options.platform; }

    QString canonicalKey(const QString &path) const
    {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString key = canonical.isEmpty() ? path : canonical;
        return platform().isWindows() ? key.toLower() : key;
    }

    // `display` replaces the command line in probeStarted() where the real one is unreadable.
    void launch(const QString &component, Phase phase, const ProcessSpec &spec,
                std::function<void(const ProcessResult &)> onDone, const QString &display = {})
    {
        auto *runner = new ProcessRunner(q);
        runners.append(runner);
        ++(phase == Phase::Quick ? pendingQuick : pendingDeep);
        emit q->probeStarted(component, display.isEmpty() ? spec.commandLineForDisplay() : display);
        QObject::connect(runner, &ProcessRunner::done, q,
                         [this, runner, component, phase, onDone](const ProcessResult &result) {
                             runners.removeOne(runner);
                             runner->deleteLater();
                             if (!findings.canceled)
                                 onDone(result);
                             emit q->probeFinished(component, result.describe());
                             --(phase == Phase::Quick ? pendingQuick : pendingDeep);
                             answered();
                         });
        runner->start(spec);
    }

    void addProblem(const QString &component, const ProbeError &error)
    {
        findings.problems.append({component, error.kind, error.message});
    }

    // ---- GPUs and driver --------------------------------------------------------------------

    void startGpuProbes()
    {
        const QStringList candidates = Locations::nvidiaSmiCandidates(platform());
        QString smi;
        for (const QString &candidate : candidates) {
            if (QFileInfo(candidate).isFile()) {
                smi = candidate;
                break;
            }
        }
        findings.gpu.smiFound = !smi.isEmpty();
        if (smi.isEmpty()) {
            addProblem(kSmi, {ProblemKind::NotFound,
                              tr("nvidia-smi was not found on PATH or in %1. It comes with the NVIDIA driver: "
                                 "if this PC has an NVIDIA GPU, install the driver from nvidia.com and run "
                                 "this again.")
                                  .arg(candidates.mid(0, 4).join(QStringLiteral(", ")))});
        } else {
            runSmiQuery(smi, true);
            launch(kSmi, Phase::Quick, NvidiaSmiProbe::tableSpec(platform(), smi, options.timeouts.nvidiaSmiMs),
                   [this](const ProcessResult &r) { findings.gpu.smiTable = NvidiaSmiProbe::interpretTable(r); });
        }
        readKernelModuleVersion();
        if (!options.driverProbeProgram.isEmpty()) {
            launch(kCudaDriver, Phase::Quick,
                   CudaDriverProbe::spec(platform(), options.driverProbeProgram, options.driverProbeArguments,
                                         options.timeouts.cudaDriverMs),
                   [this](const ProcessResult &r) { findings.gpu.cudaDriver = CudaDriverProbe::interpret(r); });
        }
    }

    // Drivers before ~510 reject the compute_cap column: ask again without it.
    void runSmiQuery(const QString &smi, bool withComputeCapability)
    {
        const QStringList fields = NvidiaSmiParser::queryFields(withComputeCapability);
        launch(kSmi, Phase::Quick, NvidiaSmiProbe::querySpec(platform(), smi, fields, options.timeouts.nvidiaSmiMs),
               [this, smi, withComputeCapability, fields](const ProcessResult &r) {
                   if (withComputeCapability && NvidiaSmiParser::isUnknownFieldError(r.stdOut + r.stdErr))
                       runSmiQuery(smi, false);
                   else
                       findings.gpu.smiQuery = NvidiaSmiProbe::interpretQuery(r, fields);
               });
    }

    void readKernelModuleVersion()
    {
        if (platform().isWindows())
            return;
        for (const char *file : {"/sys/module/nvidia/version", "/proc/driver/nvidia/version"}) {
            const QString path = QString::fromLatin1(file);
            const auto text = Probe::readSmallFile(platform().unixPath(path));
            if (!text)
                continue;
            const ProbeResult<QString> version
                = path.startsWith(QStringLiteral("/sys"))
                      ? CudaToolsParser::parseSysModuleVersion(QString::fromUtf8(*text))
                      : CudaToolsParser::parseProcDriverVersion(QString::fromUtf8(*text));
            if (version) {
                findings.gpu.moduleVersion = *version;
                findings.gpu.moduleVersionSource = path;
                return;
            }
        }
    }

    // ---- conda -------------------------------------------------------------------------------

    void startConda()
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

    void startCondaTextFallback()
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

    void addCondaPrefix(const QString &prefix)
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

    // ---- Python ------------------------------------------------------------------------------

    void startPythons()
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
    void probePython(const QString &path, const QString &source, const QStringList &prependPath = {})
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
            [this, slot, path](const ProcessResult &r) {
                findings.pythons[slot].quick = PythonProbe::interpret(r, path);
            },
            PythonProbe::displayCommand(PythonProbe::Phase::Quick, path));
        if (!options.deep)
            return;
        launch(
            kPython, Phase::Deep, PythonProbe::spec(PythonProbe::Phase::Deep, platform(), path, prependPath, timeout),
            [this, slot, path](const ProcessResult &r) {
                findings.pythons[slot].deep = PythonProbe::interpret(r, path);
            },
            PythonProbe::displayCommand(PythonProbe::Phase::Deep, path));
    }

    // ---- CUDA toolkits and cuDNN -----------------------------------------------------------------

    void startToolkits()
    {
        for (const QString &root : Locations::cudaToolkitCandidates(platform()))
            addToolkit(root);
        for (const QString &header : Locations::cudnnHeaderCandidates(platform()))
            readCudnnHeader(header);
        // An nvcc on PATH is a compiler the user has, even outside a toolkit folder.
        for (const QString &nvcc : platform().findAllInPath(QStringLiteral("nvcc")))
            probeNvcc(nvcc, QStringLiteral("nvcc --version (PATH)"));
    }

    bool knownToolkit(const QString &root) const { return toolkitKeys.contains(canonicalKey(root)); }

    void addToolkit(const QString &root, int order = -1)
    {
        if (!Locations::looksLikeToolkit(platform(), root) || knownToolkit(root))
            return;
        toolkitKeys.append(canonicalKey(root));
        for (const QString &header : Locations::cudnnHeadersInToolkit(platform(), root))
            readCudnnHeader(header);
        if (order < 0)
            order = nextOrder++;
        if (auto json = Probe::readSmallFile(platform().join(root, QStringLiteral("version.json")))) {
            if (auto version = CudaToolsParser::parseVersionJson(*json)) {
                findings.toolkits.insert(order, {*version, root, QStringLiteral("version.json")});
                return;
            }
        }
        if (auto txt = Probe::readSmallFile(platform().join(root, QStringLiteral("version.txt")))) {
            if (auto version = CudaToolsParser::parseVersionTxt(QString::fromUtf8(*txt))) {
                findings.toolkits.insert(order, {*version, root, QStringLiteral("version.txt")});
                return;
            }
        }
        const QString nvcc = platform().join(root, platform().executableName(QStringLiteral("bin/nvcc")));
        if (QFileInfo(nvcc).isFile())
            runNvcc(nvcc, root, QStringLiteral("nvcc --version"), order);
    }

    // An nvcc found on PATH or in a conda env: first where it really is (a wrapper execs the
    // real one elsewhere), then, unless that is a toolkit already found, its version.
    void probeNvcc(const QString &nvcc, const QString &source)
    {
        const QString real = QFileInfo(nvcc).canonicalFilePath();
        const QString root = QFileInfo(QFileInfo(real).absolutePath()).absolutePath(); // <root>/bin/nvcc
        if (real.isEmpty() || probedNvccKeys.contains(canonicalKey(real)) || knownToolkit(root))
            return;
        probedNvccKeys.append(canonicalKey(real));
        const int order = nextOrder++;
        launch(kToolkit, Phase::Quick, NvccProbe::locateSpec(platform(), real, options.timeouts.nvccMs),
               [this, real, root, source, order](const ProcessResult &r) {
                   const QString here = CudaToolsParser::parseNvccHere(r.stdOut + r.stdErr);
                   const QString realRoot
                       = here.isEmpty() ? root
                                        : QFileInfo(QDir::cleanPath(here + QStringLiteral("/.."))).absoluteFilePath();
                   if (knownToolkit(realRoot))
                       return;
                   if (Locations::looksLikeToolkit(platform(), realRoot)) {
                       addToolkit(realRoot, order);
                       return;
                   }
                   toolkitKeys.append(canonicalKey(realRoot));
                   runNvcc(real, realRoot, source, order);
               });
    }

    void runNvcc(const QString &nvcc, const QString &root, const QString &source, int order)
    {
        launch(kToolkit, Phase::Quick, NvccProbe::spec(platform(), nvcc, options.timeouts.nvccMs),
               [this, order, root, nvcc, source](const ProcessResult &r) {
                   const ProbeResult<QString> version = NvccProbe::interpret(r, nvcc);
                   if (version)
                       findings.toolkits.insert(order, {*version, root, source});
                   else
                       addProblem(kToolkit, version.error());
               });
    }

    void readCudnnHeader(const QString &header)
    {
        const QString key = canonicalKey(header);
        if (!QFileInfo(header).isFile() || cudnnHeaderKeys.contains(key))
            return;
        cudnnHeaderKeys.append(key);
        const auto text = Probe::readSmallFile(header);
        if (!text)
            return;
        const auto version = CudaToolsParser::parseCudnnHeader(QString::fromUtf8(*text));
        if (version) {
            findings.cudnnFiles.insert(nextOrder++, {*version, header, QFileInfo(header).fileName()});
        } else if (!header.endsWith(QStringLiteral("cudnn.h"))) {
            // cudnn.h of cuDNN 8+ holds no version (it includes cudnn_version.h); that is normal.
            addProblem(kCudnn, {version.error().kind, version.error().message + u' ' + header});
        }
    }

    // ---- the whole run -------------------------------------------------------------------------

    void answered()
    {
        if (starting || !running)
            return;
        const bool quickDone = pendingQuick == 0;
        const bool allDone = quickDone && pendingDeep == 0;
        Environment env = findings.assemble(allDone);
        env.elapsedMs = clock.elapsed();
        if (!allDone)
            emit q->updated(env);
        if (quickDone && !quickReported) {
            quickReported = true;
            emit q->quickFinished(env);
        }
        if (allDone) {
            running = false;
            emit q->updated(env);
            emit q->finished(env);
        }
    }

    Detector *q;
    DetectionOptions options;
    QElapsedTimer clock;
    QList<ProcessRunner *> runners;
    int pendingQuick = 0;
    int pendingDeep = 0;
    int nextOrder = 0;
    bool running = false;
    bool starting = false;
    bool quickReported = false;

    DetectionFindings findings;
    QStringList condaPrefixKeys;
    QStringList probedPythonKeys;
    QStringList toolkitKeys;
    QStringList probedNvccKeys;
    QStringList cudnnHeaderKeys;
};

Detector::Detector(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

Detector::~Detector()
{
    // Runners are our children: deleting them ends their process trees.
    d->findings.canceled = true;
}

void Detector::start(const DetectionOptions &options)
{
    Q_ASSERT(!d->running);
    d = std::make_unique<Private>(this);
    d->options = options;
    d->findings.os = options.platform.osId();
    d->running = true;
    d->starting = true;
    d->clock.start();

    d->startGpuProbes();
    d->startConda();
    d->startPythons();
    d->startToolkits();

    d->starting = false;
    d->answered();
}

void Detector::cancel()
{
    if (!d->running)
        return;
    d->findings.canceled = true;
    const QList<ProcessRunner *> runners = d->runners;
    for (ProcessRunner *runner : runners)
        runner->cancel();
}

bool Detector::isRunning() const
{
    return d->running;
}

Environment Detector::detect(const DetectionOptions &options)
{
    Detector detector;
    Environment result;
    QEventLoop loop;
    connect(&detector, &Detector::finished, &loop, [&](const Environment &environment) {
        result = environment;
        loop.quit();
    });
    detector.start(options);
    if (detector.isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

} // namespace tgs
