#include <core/detect/detector.h>

#include <core/detect/probes/cudadriver.h>
#include <core/detect/locations.h>
#include <core/process/processrunner.h>
#include <core/detect/probes/conda.h>
#include <core/detect/probes/cudatools.h>
#include <core/detect/probes/nvidiasmi.h>
#include <core/detect/probes/python.h>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <functional>

namespace tgs {

namespace {

const QString kSmi = QStringLiteral("nvidia-smi");
const QString kCudaDriver = QStringLiteral("cuda-driver");
const QString kConda = QStringLiteral("conda");
const QString kPython = QStringLiteral("python");
const QString kToolkit = QStringLiteral("cuda-toolkit");
const QString kCudnn = QStringLiteral("cudnn");

// Reads a small text file; version files and headers are a few KiB.
std::optional<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.read(4 * 1024 * 1024);
}

QString firstLine(const QString &text)
{
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

QString canonicalKey(const Platform &platform, const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString key = canonical.isEmpty() ? path : canonical;
    return platform.isWindows() ? key.toLower() : key;
}

QString loadProbeScript()
{
    QFile file(QStringLiteral(":/tgs/torch_probe.py"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

template<typename T>
struct Sequenced
{
    int seq = 0;
    T value;
};

} // namespace

class Detector::Private
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Detector)

public:
    explicit Private(Detector *owner) : q(owner) {}

    // ---- running probes -------------------------------------------------------------------

    ProcessSpec baseSpec(const QString &program, const QStringList &arguments, int timeoutMs) const
    {
        ProcessSpec spec;
        spec.program = program;
        spec.arguments = arguments;
        spec.environment = options.platform.environment;
        spec.timeoutMs = timeoutMs;
        spec.killGraceMs = 1000;
        spec.withEnglishLocale();
        return spec;
    }

    // `display` replaces the command line in probeStarted() where the real one is unreadable
    // (the Python probe passes a whole script with -c).
    void launch(const QString &component, const ProcessSpec &spec, std::function<void(const ProcessResult &)> onDone,
                const QString &display = {})
    {
        auto *runner = new ProcessRunner(q);
        runners.append(runner);
        ++pending;
        emit q->probeStarted(component, display.isEmpty() ? spec.commandLineForDisplay() : display);
        QObject::connect(runner, &ProcessRunner::done, q, [this, runner, component, onDone](const ProcessResult &result) {
            runners.removeOne(runner);
            runner->deleteLater();
            if (!canceled)
                onDone(result);
            emit q->probeFinished(component, result.describe());
            --pending;
            maybeFinish();
        });
        runner->start(spec);
    }

    // A run that did not get as far as printing something to parse.
    std::optional<ProbeError> runFailure(const ProcessResult &result, const QString &tool) const
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

    void addProblem(const QString &component, const ProbeError &error)
    {
        env.problems.append({component, error.kind, error.message});
    }

    // ---- GPUs and driver --------------------------------------------------------------------

    void startGpuProbes()
    {
        const QStringList candidates = Locations::nvidiaSmiCandidates(options.platform);
        for (const QString &candidate : candidates) {
            if (QFileInfo(candidate).isFile()) {
                smiPath = candidate;
                break;
            }
        }
        if (smiPath.isEmpty()) {
            addProblem(kSmi, {ProblemKind::NotFound,
                              tr("nvidia-smi was not found on PATH or in %1. It comes with the NVIDIA driver: "
                                 "if this PC has an NVIDIA GPU, install the driver from nvidia.com and run "
                                 "this again.")
                                  .arg(candidates.mid(0, 4).join(QStringLiteral(", ")))});
        } else {
            runSmiQuery(true);
            launch(kSmi, baseSpec(smiPath, {}, options.timeouts.nvidiaSmiMs), [this](const ProcessResult &r) {
                smiTable = interpretSmi(r, [](const QString &text) { return NvidiaSmiParser::parseTable(text); });
            });
        }

        if (!options.platform.isWindows()) {
            if (auto text = readSmallFile(options.platform.unixPath(QStringLiteral("/sys/module/nvidia/version")))) {
                if (auto version = CudaToolsParser::parseSysModuleVersion(QString::fromUtf8(*text)))
                    moduleVersion = {*version, QStringLiteral("/sys/module/nvidia/version")};
            }
            if (moduleVersion.first.isEmpty()) {
                if (auto text = readSmallFile(options.platform.unixPath(QStringLiteral("/proc/driver/nvidia/version")))) {
                    if (auto version = CudaToolsParser::parseProcDriverVersion(QString::fromUtf8(*text)))
                        moduleVersion = {*version, QStringLiteral("/proc/driver/nvidia/version")};
                }
            }
        }

        if (!options.driverProbeProgram.isEmpty()) {
            ProcessSpec spec = baseSpec(options.driverProbeProgram, options.driverProbeArguments,
                                        options.timeouts.cudaDriverMs);
            // An empty or invalid CUDA_VISIBLE_DEVICES makes cuInit fail.
            spec.unsetEnvironment.append(QStringLiteral("CUDA_VISIBLE_DEVICES"));
            launch(kCudaDriver, spec, [this](const ProcessResult &r) {
                if (auto failure = runFailure(r, tr("The CUDA driver query")))
                    cudaDriver = *failure;
                else
                    cudaDriver = CudaDriverProbe::parseOutput(r.stdOut);
            });
        }
    }

    void runSmiQuery(bool withComputeCapability)
    {
        const QStringList fields = NvidiaSmiParser::queryFields(withComputeCapability);
        const QStringList args{QStringLiteral("--query-gpu=") + fields.join(u','),
                               QStringLiteral("--format=csv,noheader,nounits")};
        launch(kSmi, baseSpec(smiPath, args, options.timeouts.nvidiaSmiMs),
               [this, withComputeCapability, fields](const ProcessResult &r) {
                   if (withComputeCapability && NvidiaSmiParser::isUnknownFieldError(r.stdOut + r.stdErr)) {
                       runSmiQuery(false);
                       return;
                   }
                   smiQuery = interpretSmi(r, [fields](const QString &text) {
                       return NvidiaSmiParser::parseQuery(text, fields);
                   });
               });
    }

    ProbeResult<SmiReport> interpretSmi(const ProcessResult &r, const std::function<ProbeResult<SmiReport>(const QString &)> &parse)
    {
        if (auto failure = runFailure(r, kSmi))
            return *failure;
        const QString all = r.stdOut + u'\n' + r.stdErr;
        if (r.outcome == Outcome::ExitCode) {
            if (auto known = NvidiaSmiParser::classifyFailure(all))
                return *known;
            return ProbeError{ProblemKind::Failed,
                         tr("nvidia-smi exited with code %1: %2").arg(r.exitCode).arg(firstLine(all))};
        }
        return parse(r.stdOut);
    }

    void mergeGpus()
    {
        const SmiReport *query = smiQuery && smiQuery->ok() ? &smiQuery->value() : nullptr;
        const SmiReport *table = smiTable && smiTable->ok() ? &smiTable->value() : nullptr;
        if (query) {
            env.gpus = query->gpus;
            if (table) {
                for (GpuInfo &gpu : env.gpus) {
                    for (const GpuInfo &row : table->gpus) {
                        if (row.index == gpu.index && !gpu.memoryTotalMib)
                            gpu.memoryTotalMib = row.memoryTotalMib;
                    }
                }
            }
        } else if (table) {
            env.gpus = table->gpus;
        }

        DriverInfo driver;
        if (query && !query->driverVersion.isEmpty()) {
            driver.version = query->driverVersion;
            driver.source = QStringLiteral("nvidia-smi --query-gpu");
        } else if (table) {
            driver.version = table->driverVersion;
            driver.source = kSmi;
        } else if (!moduleVersion.first.isEmpty()) {
            driver.version = moduleVersion.first;
            driver.source = moduleVersion.second;
        }
        if (table && !table->cudaVersion.isEmpty()) {
            driver.cudaVersion = table->cudaVersion;
            driver.cudaSource = kSmi;
        } else if (cudaDriver && cudaDriver->ok() && cudaDriver->value().driverVersion > 0) {
            driver.cudaVersion = cudaDriver->value().cudaVersion();
            driver.cudaSource = QStringLiteral("cuDriverGetVersion (%1)").arg(cudaDriver->value().library);
        }
        if (!driver.version.isEmpty() || !driver.cudaVersion.isEmpty())
            env.driver = driver;

        if (!smiPath.isEmpty() && !query && !table && (smiTable || smiQuery)) {
            // Both calls failed; the table's reason is the one users search for.
            const ProbeResult<SmiReport> &failed = smiTable ? *smiTable : *smiQuery;
            addProblem(kSmi, failed.error());
        } else if (!smiPath.isEmpty() && !query && smiQuery) {
            // The table worked; only the query did not. Worth knowing, not worth alarming.
            if (smiQuery->error().kind == ProblemKind::TimedOut)
                addProblem(kSmi, smiQuery->error());
        }

        if (cudaDriver && !cudaDriver->ok()) {
            addProblem(kCudaDriver, cudaDriver->error());
        } else if (cudaDriver && cudaDriver->value().initResult != 0) {
            const int code = cudaDriver->value().initResult;
            if (code == 100) {
                addProblem(kCudaDriver, {ProblemKind::NoDevices,
                                         tr("The NVIDIA driver is installed but reports no CUDA-capable GPU (cuInit "
                                            "returned 100).")});
            } else {
                addProblem(kCudaDriver, {ProblemKind::DriverUnreachable,
                                         tr("The NVIDIA driver's CUDA library is present but could not start "
                                            "(cuInit returned %1). Reinstall the NVIDIA driver or restart.")
                                             .arg(code)});
            }
        }
    }

    // ---- conda -------------------------------------------------------------------------------

    void startConda()
    {
        QStringList executables = Locations::condaExecutablesFromEnvironment(options.platform);
        const QStringList roots = Locations::condaRootCandidates(options.platform);
        for (const QString &root : roots) {
            const QString exe = Locations::condaExecutableInRoot(options.platform, root);
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
        info.basePrefix = Locations::condaRootOfExecutable(options.platform, info.executable);
        info.source = QStringLiteral("file system");
        conda = info;

        // Environments on disk start their Python probes now, not after conda has answered.
        addCondaPrefix(info.basePrefix);
        const QString envsDir = options.platform.join(info.basePrefix, QStringLiteral("envs"));
        for (const QString &prefix : Locations::globDirectories(options.platform, envsDir, QStringLiteral("*"))) {
            if (QFileInfo(options.platform.join(prefix, QStringLiteral("conda-meta"))).isDir())
                addCondaPrefix(prefix);
        }

        ProcessSpec spec = baseSpec(info.executable, {QStringLiteral("info"), QStringLiteral("--json")},
                                    options.timeouts.condaMs);
        spec.asPythonChild();
        launch(kConda, spec, [this](const ProcessResult &r) {
            if (auto failure = runFailure(r, QStringLiteral("conda info --json"))) {
                addProblem(kConda, *failure);
                return;
            }
            const auto report = CondaParser::parseInfoJson(r.stdOut);
            if (!report) {
                startCondaTextFallback(); // very old condas have no --json
                return;
            }
            conda->version = report->version;
            conda->basePrefix = report->rootPrefix;
            conda->source = QStringLiteral("conda info --json");
            envsDirs = report->envsDirs;
            for (const QString &prefix : report->envPrefixes)
                addCondaPrefix(prefix);
        });
    }

    void startCondaTextFallback()
    {
        ProcessSpec versionSpec = baseSpec(conda->executable, {QStringLiteral("--version")}, options.timeouts.condaMs);
        versionSpec.asPythonChild();
        launch(kConda, versionSpec, [this](const ProcessResult &r) {
            if (auto failure = runFailure(r, QStringLiteral("conda --version"))) {
                addProblem(kConda, *failure);
                return;
            }
            if (auto version = CondaParser::parseVersion(r.stdOut + r.stdErr)) {
                conda->version = *version;
                conda->source = QStringLiteral("conda --version");
            } else {
                addProblem(kConda, version.error());
            }
        });
        ProcessSpec listSpec = baseSpec(conda->executable, {QStringLiteral("env"), QStringLiteral("list")},
                                        options.timeouts.condaMs);
        listSpec.asPythonChild();
        launch(kConda, listSpec, [this](const ProcessResult &r) {
            if (runFailure(r, QStringLiteral("conda env list")))
                return;
            if (auto entries = CondaParser::parseEnvList(r.stdOut)) {
                for (const CondaEnvListEntry &entry : *entries)
                    addCondaPrefix(entry.prefix);
            }
        });
    }

    void addCondaPrefix(const QString &prefix)
    {
        const QString key = canonicalKey(options.platform, prefix);
        if (condaPrefixKeys.contains(key))
            return;
        condaPrefixKeys.append(key);
        condaPrefixes.append(prefix);
        const QString python = Locations::pythonInPrefix(options.platform, prefix);
        if (QFileInfo(python).isFile()) {
            const QString name = CondaParser::envName(prefix, conda->basePrefix, envsDirs);
            // A source is an identifier in the JSON, not prose: it stays untranslated.
            probePython(python, QStringLiteral("conda env ") + (name.isEmpty() ? prefix : name),
                        Locations::condaActivationPath(options.platform, prefix));
        }
    }

    void finishConda()
    {
        if (!conda)
            return;
        for (const QString &prefix : condaPrefixes) {
            CondaEnvInfo envInfo;
            envInfo.prefix = prefix;
            envInfo.name = CondaParser::envName(prefix, conda->basePrefix, envsDirs);
            const QStringList meta = QDir(options.platform.join(prefix, QStringLiteral("conda-meta")))
                                         .entryList({QStringLiteral("*.json")}, QDir::Files);
            envInfo.python = CondaParser::packageVersionFromMeta(meta, QStringLiteral("python"));
            envInfo.cudnn = CondaParser::packageVersionFromMeta(meta, QStringLiteral("cudnn"));
            if (!envInfo.cudnn.isEmpty())
                cudnnFound.append({nextSeq++, {envInfo.cudnn, prefix, QStringLiteral("conda package cudnn")}});
            conda->envs.append(envInfo);
        }
        env.conda = conda;
    }

    // ---- Python ------------------------------------------------------------------------------

    void startPythons()
    {
        for (const QString &path : Locations::pythonsOnPath(options.platform))
            probePython(path, QStringLiteral("PATH"));
        if (options.platform.isWindows()) {
            const QString py = options.platform.findInPath(QStringLiteral("py"));
            if (!py.isEmpty()) {
                launch(kPython, baseSpec(py, {QStringLiteral("-0p")}, options.timeouts.pythonMs),
                       [this](const ProcessResult &r) {
                           for (const PyLauncherEntry &entry : PythonParser::parsePyLauncherList(r.stdOut + r.stdErr))
                               probePython(entry.path, QStringLiteral("py launcher"));
                       });
            }
        }
    }

    void probePython(const QString &path, const QString &source, const QStringList &prependPath = {})
    {
        const QString key = canonicalKey(options.platform, path);
        if (probedPythonKeys.contains(key))
            return;
        probedPythonKeys.append(key);
        const int seq = nextSeq++;

        ProcessSpec spec = baseSpec(path, {QStringLiteral("-c"), probeScript}, options.timeouts.pythonMs);
        spec.asPythonChild();
        spec.workingDirectory = QDir::tempPath(); // a ./torch folder must not shadow the real one
        if (!prependPath.isEmpty()) {
            const QString sep = options.platform.pathListSeparator();
            spec.setEnvironment.insert(QStringLiteral("PATH"), prependPath.join(sep) + sep
                                                                   + options.platform.env(QStringLiteral("PATH")));
        }
        launch(kPython, spec, [this, path, source, seq](const ProcessResult &r) {
            if (auto failure = runFailure(r, path)) {
                if (failure->kind == ProblemKind::TimedOut) {
                    failure->message = tr("The Python at %1 did not answer within %2 seconds and was stopped. "
                                          "Importing a broken torch or GPU driver can hang.")
                                           .arg(path)
                                           .arg(r.durationMs / 1000);
                }
                addProblem(kPython, *failure);
                return;
            }
            const auto report = PythonParser::parseProbeOutput(r.stdOut);
            if (!report) {
                const QString detail = firstLine(r.stdErr).isEmpty() ? firstLine(r.stdOut) : firstLine(r.stdErr);
                addProblem(kPython, {report.error().kind,
                                     tr("The Python at %1 could not be examined: %2 %3")
                                         .arg(path, report.error().message, detail)
                                         .trimmed()});
                return;
            }
            PythonInfo info;
            info.executable = report->executable.isEmpty() ? path : report->executable;
            info.version = report->version;
            info.torch = report->torch;
            info.torchImportError = report->torchImportError;
            info.source = source;
            pythons.append({seq, info});
        }, QStringLiteral("%1 -c <torch_probe.py>").arg(path));
    }

    void finishPythons()
    {
        std::sort(pythons.begin(), pythons.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
        QStringList seen;
        for (const auto &entry : pythons) {
            // python and python3 are often links to one interpreter that reports two names.
            const QString key = canonicalKey(options.platform, entry.value.executable);
            if (seen.contains(key))
                continue;
            seen.append(key);
            env.pythons.append(entry.value);
            if (entry.value.torch && !entry.value.torch->cudnn.isEmpty()) {
                cudnnFound.append({entry.seq + 100000,
                                   {entry.value.torch->cudnn, entry.value.executable,
                                    QStringLiteral("torch.backends.cudnn.version()")}});
            }
            if (!entry.value.torchImportError.isEmpty()) {
                addProblem(kPython, {ProblemKind::Failed,
                                     tr("torch is installed for %1 but cannot be imported: %2")
                                         .arg(entry.value.executable, entry.value.torchImportError)});
            }
        }
        if (env.pythons.isEmpty() && !env.problemFor(kPython)) {
            addProblem(kPython, {ProblemKind::NotFound,
                                 tr("No Python was found on PATH or in a conda environment. The wizard can "
                                    "create one with conda.")});
        }
    }

    // ---- CUDA toolkits and cuDNN -----------------------------------------------------------------

    void startToolkits()
    {
        QStringList seen;
        for (const QString &root : Locations::cudaToolkitCandidates(options.platform)) {
            if (!looksLikeToolkit(root))
                continue;
            const QString key = canonicalKey(options.platform, root);
            if (seen.contains(key))
                continue;
            seen.append(key);
            for (const QString &header : Locations::cudnnHeadersInToolkit(options.platform, root))
                readCudnnHeader(header);
            const int seq = nextSeq++;
            if (auto json = readSmallFile(options.platform.join(root, QStringLiteral("version.json")))) {
                if (auto version = CudaToolsParser::parseVersionJson(*json)) {
                    toolkits.append({seq, {*version, root, QStringLiteral("version.json")}});
                    continue;
                }
            }
            if (auto txt = readSmallFile(options.platform.join(root, QStringLiteral("version.txt")))) {
                if (auto version = CudaToolsParser::parseVersionTxt(QString::fromUtf8(*txt))) {
                    toolkits.append({seq, {*version, root, QStringLiteral("version.txt")}});
                    continue;
                }
            }
            const QString nvcc = options.platform.join(root, options.platform.executableName(QStringLiteral("bin/nvcc")));
            if (!QFileInfo(nvcc).isFile())
                continue;
            launch(kToolkit, baseSpec(nvcc, {QStringLiteral("--version")}, options.timeouts.nvccMs),
                   [this, seq, root, nvcc](const ProcessResult &r) {
                       if (auto failure = runFailure(r, nvcc)) {
                           addProblem(kToolkit, *failure);
                           return;
                       }
                       if (auto version = CudaToolsParser::parseNvccVersion(r.stdOut))
                           toolkits.append({seq, {*version, root, QStringLiteral("nvcc --version")}});
                       else
                           addProblem(kToolkit, {version.error().kind, version.error().message + u' ' + nvcc});
                   });
        }
        for (const QString &header : Locations::cudnnHeaderCandidates(options.platform))
            readCudnnHeader(header);
    }

    // A folder counts as a toolkit when it has the toolkit's version file or its headers; a
    // wrapper nvcc in /usr/local/bin must not make /usr/local one.
    bool looksLikeToolkit(const QString &root) const
    {
        if (!QFileInfo(root).isDir())
            return false;
        for (const char *marker : {"version.json", "version.txt", "include/cuda.h", "include/cuda_runtime.h"}) {
            if (QFileInfo::exists(options.platform.join(root, QString::fromLatin1(marker))))
                return true;
        }
        return false;
    }

    void readCudnnHeader(const QString &header)
    {
        const QString key = canonicalKey(options.platform, header);
        if (!QFileInfo(header).isFile() || cudnnHeaderKeys.contains(key))
            return;
        cudnnHeaderKeys.append(key);
        const auto text = readSmallFile(header);
        if (!text)
            return;
        const auto version = CudaToolsParser::parseCudnnHeader(QString::fromUtf8(*text));
        if (version) {
            cudnnFound.append({nextSeq++, {*version, header, QFileInfo(header).fileName()}});
        } else if (!header.endsWith(QStringLiteral("cudnn.h"))) {
            // cudnn.h of cuDNN 8+ holds no version (it includes cudnn_version.h); that is normal.
            addProblem(kCudnn, {version.error().kind, version.error().message + u' ' + header});
        }
    }

    void finishToolkitsAndCudnn()
    {
        auto bySeq = [](const auto &a, const auto &b) { return a.seq < b.seq; };
        std::sort(toolkits.begin(), toolkits.end(), bySeq);
        for (const auto &entry : toolkits)
            env.cudaToolkits.append(entry.value);
        std::sort(cudnnFound.begin(), cudnnFound.end(), bySeq);
        for (const auto &entry : cudnnFound)
            env.cudnn.append(entry.value);
        if (env.cudaToolkits.isEmpty() && !env.problemFor(kToolkit)) {
            addProblem(kToolkit, {ProblemKind::NotFound,
                                  tr("No CUDA toolkit was found. PyTorch does not need one: its packages bring "
                                     "their own CUDA runtime. A toolkit is only needed to compile CUDA code.")});
        }
        if (env.cudnn.isEmpty() && !env.problemFor(kCudnn)) {
            addProblem(kCudnn, {ProblemKind::NotFound,
                                tr("No cuDNN was found. PyTorch does not need a separate one: its packages "
                                   "bring their own.")});
        }
    }

    // ---- the whole run -------------------------------------------------------------------------

    void maybeFinish()
    {
        if (pending > 0 || starting || !running)
            return;
        mergeGpus();
        finishConda();
        finishPythons();
        finishToolkitsAndCudnn();
        if (canceled)
            addProblem(QStringLiteral("detection"), {ProblemKind::Failed, tr("Detection was canceled.")});
        env.elapsedMs = clock.elapsed();
        running = false;
        emit q->finished(env);
    }

    Detector *q;
    DetectionOptions options;
    QString probeScript;
    QElapsedTimer clock;
    QList<ProcessRunner *> runners;
    int pending = 0;
    int nextSeq = 0;
    bool running = false;
    bool starting = false;
    bool canceled = false;

    Environment env;
    QString smiPath;
    std::optional<ProbeResult<SmiReport>> smiQuery;
    std::optional<ProbeResult<SmiReport>> smiTable;
    std::optional<ProbeResult<CudaDriverReport>> cudaDriver;
    QPair<QString, QString> moduleVersion; // version, source file

    std::optional<CondaInfo> conda;
    QStringList envsDirs;
    QStringList condaPrefixes;
    QStringList condaPrefixKeys;

    QStringList probedPythonKeys;
    QList<Sequenced<PythonInfo>> pythons;
    QList<Sequenced<CudaToolkitInfo>> toolkits;
    QList<Sequenced<CudnnInfo>> cudnnFound;
    QStringList cudnnHeaderKeys;
};

Detector::Detector(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

Detector::~Detector()
{
    // Runners are our children: deleting them ends their process trees.
    d->canceled = true;
}

void Detector::start(const DetectionOptions &options)
{
    Q_ASSERT(!d->running);
    auto *owner = this;
    d = std::make_unique<Private>(owner);
    d->options = options;
    d->probeScript = loadProbeScript();
    d->env.os = options.platform.osId();
    d->running = true;
    d->starting = true;
    d->clock.start();

    d->startGpuProbes();
    d->startConda();
    d->startPythons();
    d->startToolkits();

    d->starting = false;
    d->maybeFinish();
}

void Detector::cancel()
{
    if (!d->running)
        return;
    d->canceled = true;
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
