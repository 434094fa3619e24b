#include "plan.h"

#include "../locations.h"
#include "../version.h"

#include <QRegularExpression>

namespace tgs {

namespace {

const QString kPytorchIndex = QStringLiteral("https://download.pytorch.org/whl");

// What keeps pip and conda from ever stopping to ask, and their output readable.
QMap<QString, QString> quietEnvironment()
{
    return {{QStringLiteral("PIP_NO_INPUT"), QStringLiteral("1")},
            {QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1")},
            {QStringLiteral("PYTHONUTF8"), QStringLiteral("1")},
            {QStringLiteral("PYTHONNOUSERSITE"), QStringLiteral("1")}};
}

QString variantTag(const Combination &c)
{
    return c.cuda.isEmpty() ? QStringLiteral("cpu") : QStringLiteral("cu") + QString(Version(c.cuda).majorMinor()).remove(u'.');
}

} // namespace

PlanBuilder::PlanBuilder(const KnowledgeBase &kb, const MirrorCatalog &mirrors)
    : m_kb(kb)
    , m_mirrors(mirrors)
{}

QString PlanBuilder::envNameProblem(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_][A-Za-z0-9_.-]*$)"));
    if (name.isEmpty())
        return tr("The environment needs a name.");
    if (name.size() > 64)
        return tr("The environment name is longer than 64 characters.");
    if (name == QStringLiteral("base") || name == QStringLiteral("root"))
        return tr("\"%1\" is conda's own environment; choose another name.").arg(name);
    if (!plain.match(name).hasMatch()) {
        return tr("\"%1\" cannot be an environment name: use only letters, digits, '_', '.' and '-' "
                  "(no spaces, path separators, quotes, '&' or ';').").arg(name);
    }
    return {};
}

QString PlanBuilder::pythonInVenv(const Platform &platform, const QString &venvDir)
{
    return platform.isWindows() ? platform.join(venvDir, QStringLiteral("Scripts\\python.exe"))
                                : platform.join(venvDir, QStringLiteral("bin/python"));
}

Plan PlanBuilder::withExistingEnv(const Plan &plan, ExistingEnv choice, const QString &newName)
{
    Plan result = plan;
    const qsizetype create = [&result] {
        for (qsizetype i = 0; i < result.steps.size(); ++i) {
            if (result.steps.at(i).id == QStringLiteral("create-env"))
                return i;
        }
        return qsizetype(-1);
    }();
    if (create < 0)
        return result;
    switch (choice) {
    case ExistingEnv::Reuse:
        result.steps.removeAt(create);
        result.notes << tr("The existing environment %1 is reused: the packages are installed into it.").arg(plan.envName);
        break;
    case ExistingEnv::Replace: {
        PlanStep remove = result.steps.at(create);
        remove.id = QStringLiteral("remove-env");
        remove.title = tr("Remove the existing environment %1").arg(plan.envName);
        remove.arguments = {QStringLiteral("env"), QStringLiteral("remove"), QStringLiteral("-n"), plan.envName, QStringLiteral("-y")};
        result.steps.insert(create, remove);
        break;
    }
    case ExistingEnv::Rename:
        result.envName = newName;
        for (PlanStep &step : result.steps) {
            for (qsizetype i = 1; i < step.arguments.size(); ++i) {
                if (step.arguments.at(i - 1) == QStringLiteral("-n") && step.arguments.at(i) == plan.envName)
                    step.arguments[i] = newName;
            }
            step.title.replace(plan.envName, newName);
        }
        break;
    }
    return result;
}

Result<Plan> PlanBuilder::build(const PlanRequest &r) const
{
    const Combination &c = r.combination;
    const Mirror *mirror = m_mirrors.mirror(r.mirrorId);
    if (!mirror) {
        return Error{ProblemKind::Failed, tr("Unknown mirror \"%1\": use %2.").arg(r.mirrorId, m_mirrors.ids().join(QStringLiteral(", ")))};
    }
    const TorchRelease *release = m_kb.release(c.torch);
    if (!release)
        return Error{ProblemKind::Failed, tr("torch %1 is not in the knowledge base.").arg(c.torch)};

    Plan plan;
    plan.route = c.route;
    plan.envName = r.envName;
    const bool useConda = c.route != QStringLiteral("pip") || !r.condaExecutable.isEmpty() || !r.installMiniforgeTo.isEmpty();
    if (useConda) {
        if (const QString problem = envNameProblem(r.envName); !problem.isEmpty())
            return Error{ProblemKind::Failed, problem};
    }

    // conda itself: the one found, or Miniforge installed first.
    QString conda = r.condaExecutable;
    if (useConda && conda.isEmpty()) {
        if (r.installMiniforgeTo.isEmpty())
            return Error{ProblemKind::NotFound, tr("This route needs conda, and none was found: let the wizard install Miniforge.")};
        const bool windows = r.platform.isWindows();
        const MiniforgeFile &file = windows ? m_mirrors.miniforgeWindows : m_mirrors.miniforgeLinux;
        if (file.sha256.size() != 64)
            return Error{ProblemKind::Failed, tr("The Miniforge installer's SHA-256 is not known, so it cannot be verified and will not be run.")};
        const QString github = m_mirrors.miniforgeGithub + u'/' + m_mirrors.miniforgeVersion;
        const QString base = mirror->miniforgeDownloads.isEmpty() ? github : mirror->miniforgeDownloads;
        PlanStep download;
        download.id = QStringLiteral("download-miniforge");
        download.title = tr("Download Miniforge %1").arg(m_mirrors.miniforgeVersion);
        download.kind = PlanStep::Kind::Download;
        download.url = base + u'/' + file.name;
        if (base != github)
            download.fallbackUrls << github + u'/' + file.name;
        download.sha256 = file.sha256;
        download.destination = r.platform.join(r.installMiniforgeTo + QStringLiteral("-installer"), file.name);
        download.check = tr("the file's SHA-256 is %1").arg(file.sha256);
        plan.steps << download;

        PlanStep install;
        install.id = QStringLiteral("install-miniforge");
        install.title = tr("Install Miniforge into %1").arg(r.installMiniforgeTo);
        install.pythonChild = false;
        if (windows) {
            // NSIS: /D= must come last and must not be quoted, even with spaces (the runner
            // passes the arguments verbatim on Windows).
            install.program = download.destination;
            install.verbatimArguments = true;
            install.arguments = {QStringLiteral("/S"), QStringLiteral("/InstallationType=JustMe"), QStringLiteral("/RegisterPython=0"),
                                 QStringLiteral("/AddToPath=0"), QStringLiteral("/D=") + r.installMiniforgeTo};
        } else {
            install.program = QStringLiteral("bash");
            install.arguments = {download.destination, QStringLiteral("-b"), QStringLiteral("-p"), r.installMiniforgeTo};
        }
        install.check = tr("exit code 0 and %1 exists").arg(Locations::condaExecutableInRoot(r.platform, r.installMiniforgeTo));
        plan.steps << install;
        conda = Locations::condaExecutableInRoot(r.platform, r.installMiniforgeTo);
        plan.notes << tr("No conda was found: Miniforge (conda-forge only, no Terms-of-Service prompt) is installed first.");
    }

    auto condaStep = [&](const QString &id, const QString &title, const QStringList &arguments) -> PlanStep {
        PlanStep step;
        step.id = id;
        step.title = title;
        step.program = conda;
        step.arguments = arguments;
        step.environment = quietEnvironment();
        step.check = tr("exit code 0");
        return step;
    };
    // conda-forge (or its mirror) only, so that Anaconda's channels and their Terms of Service
    // are never involved.
    const QStringList forgeChannel{QStringLiteral("--override-channels"), QStringLiteral("-c"),
                                   mirror->channel(QStringLiteral("conda-forge")).isEmpty() ? QStringLiteral("conda-forge")
                                                                                           : mirror->channel(QStringLiteral("conda-forge"))};
    const QString pythonSpec = QStringLiteral("python=") + c.python;

    if (c.route == QStringLiteral("conda-legacy")) {
        // The guide, exactly: an env with the Python, then cudatoolkit, cudnn and PyTorch.
        QStringList channels; // empty for the official sources: the user's own defaults, as in the guide
        auto channelFor = [&](const QString &name) -> QString {
            const QString url = mirror->channel(name);
            if (mirror->isOfficial() || url.isEmpty()) {
                if (!mirror->isOfficial())
                    plan.notes << tr("The mirror %1 does not carry the \"%2\" channel; it comes from the official source.")
                                      .arg(mirror->name.current(), name);
                return name;
            }
            return url;
        };
        QStringList createArgs{QStringLiteral("create"), QStringLiteral("-n"), r.envName, pythonSpec, QStringLiteral("-y")};
        if (!mirror->isOfficial() && !mirror->channel(QStringLiteral("main")).isEmpty())
            createArgs << QStringLiteral("--override-channels") << QStringLiteral("-c") << mirror->channel(QStringLiteral("main"));
        plan.steps << condaStep(QStringLiteral("create-env"), tr("Create the conda environment %1 with Python %2").arg(r.envName, c.python), createArgs);

        const bool metapackage = !release->condaPytorchCuda.isEmpty();
        QStringList torchArgs{QStringLiteral("install"), QStringLiteral("-n"), r.envName, QStringLiteral("pytorch==") + c.torch,
                              QStringLiteral("torchvision==") + c.torchvision};
        if (!c.torchaudio.isEmpty())
            torchArgs << QStringLiteral("torchaudio==") + c.torchaudio;
        if (!c.cuda.isEmpty()) {
            const QString majorMinor = Version(c.cuda).majorMinor();
            QString toolkit;
            for (const QString &v : m_kb.condaCudatoolkit) {
                if (Version(v).majorMinor() == majorMinor)
                    toolkit = v; // the newest build of that CUDA
            }
            if (!toolkit.isEmpty() && metapackage) {
                plan.steps << condaStep(QStringLiteral("install-cudatoolkit"), tr("Install the CUDA %1 toolkit (cudatoolkit %2)").arg(majorMinor, toolkit),
                                        {QStringLiteral("install"), QStringLiteral("-n"), r.envName, QStringLiteral("cudatoolkit==") + toolkit,
                                         QStringLiteral("-y")});
            } else if (toolkit.isEmpty()) {
                plan.notes << tr("conda's cudatoolkit package ends at 11.8; for CUDA %1 the pytorch-cuda package brings the runtime.").arg(majorMinor);
            }
            // The conda cudnn built for this CUDA major that is closest to the cuDNN PyTorch
            // itself was built with: the same major.minor, else the newest not above it (the
            // guide's 8.9.2.26=cuda11_0 for CUDA 11.8), else the newest.
            const PipVariant *pipVariant = release->variantForCuda(c.cuda);
            const Version bundled(pipVariant ? pipVariant->cudnn : QString());
            const CondaCudnn *cudnn = nullptr;
            QString build;
            auto rank = [&bundled](const Version &v) {
                if (!bundled.isValid())
                    return 1;
                if (v.majorMinor() == bundled.majorMinor())
                    return 3;
                return v <= bundled ? 2 : 1;
            };
            for (const CondaCudnn &candidate : m_kb.condaCudnn) {
                for (const CondaCudnnBuild &b : candidate.builds) {
                    if (b.cudaMajor != Version(c.cuda).major())
                        continue;
                    const Version v(candidate.version);
                    if (!cudnn || rank(v) > rank(Version(cudnn->version))
                        || (rank(v) == rank(Version(cudnn->version)) && v > Version(cudnn->version))) {
                        cudnn = &candidate;
                        build = b.build;
                    }
                }
            }
            if (cudnn && metapackage) {
                plan.steps << condaStep(QStringLiteral("install-cudnn"), tr("Install cuDNN %1 for CUDA %2").arg(cudnn->version, majorMinor),
                                        {QStringLiteral("install"), QStringLiteral("-n"), r.envName,
                                         QStringLiteral("cudnn==%1=%2").arg(cudnn->version, build), QStringLiteral("-y")});
            }
            if (metapackage) {
                torchArgs << QStringLiteral("pytorch-cuda=") + majorMinor << QStringLiteral("-c") << channelFor(QStringLiteral("pytorch"))
                          << QStringLiteral("-c") << channelFor(QStringLiteral("nvidia"));
            } else {
                // torch <= 1.12: the cudatoolkit variant of the pytorch channel (11.6 came from conda-forge).
                torchArgs << QStringLiteral("cudatoolkit=") + majorMinor << QStringLiteral("-c") << channelFor(QStringLiteral("pytorch"));
                if (majorMinor == QStringLiteral("11.6"))
                    torchArgs << QStringLiteral("-c") << channelFor(QStringLiteral("conda-forge"));
            }
        } else {
            torchArgs << QStringLiteral("cpuonly") << QStringLiteral("-c") << channelFor(QStringLiteral("pytorch"));
        }
        torchArgs << QStringLiteral("-y");
        plan.steps << condaStep(QStringLiteral("install-pytorch"), tr("Install PyTorch %1 from the pytorch channel").arg(c.torch), torchArgs);
        plan.notes << m_kb.text(QStringLiteral("note.conda_channel_frozen"));
    } else if (c.route == QStringLiteral("conda-forge")) {
        plan.steps << condaStep(QStringLiteral("create-env"), tr("Create the conda environment %1 with Python %2").arg(r.envName, c.python),
                                QStringList{QStringLiteral("create"), QStringLiteral("-n"), r.envName, pythonSpec, QStringLiteral("-y")} + forgeChannel);
        QStringList args{QStringLiteral("install"), QStringLiteral("-n"), r.envName};
        if (c.cuda.isEmpty()) {
            args << QStringLiteral("pytorch==%1=cpu*").arg(c.torch);
        } else {
            args << QStringLiteral("pytorch==%1=cuda*").arg(c.torch) << QStringLiteral("cuda-version==") + Version(c.cuda).majorMinor();
        }
        args << QStringLiteral("torchvision");
        if (!c.torchaudio.isEmpty())
            args << QStringLiteral("torchaudio");
        args << QStringLiteral("-y");
        plan.steps << condaStep(QStringLiteral("install-pytorch"), tr("Install PyTorch %1 from conda-forge").arg(c.torch), args + forgeChannel);
        plan.notes << m_kb.text(QStringLiteral("route.conda-forge"));
    } else {
        // pip: an environment (conda, else a venv), then the wheels from the PyTorch index.
        QStringList pythonCommand;
        QString pythonProgram;
        if (useConda) {
            plan.steps << condaStep(QStringLiteral("create-env"), tr("Create the conda environment %1 with Python %2").arg(r.envName, c.python),
                                    QStringList{QStringLiteral("create"), QStringLiteral("-n"), r.envName, pythonSpec, QStringLiteral("-y")}
                                        + forgeChannel);
            // `conda run` gives the env's Python its activated PATH, so its DLLs load on Windows.
            pythonProgram = conda;
            pythonCommand = {QStringLiteral("run"), QStringLiteral("--no-capture-output"), QStringLiteral("-n"), r.envName,
                             QStringLiteral("python"), QStringLiteral("-u")};
        } else {
            if (r.venvPython.isEmpty() || r.venvDir.isEmpty())
                return Error{ProblemKind::NotFound, tr("The pip route needs conda or a Python to make a virtual environment with; neither was given.")};
            PlanStep venv;
            venv.id = QStringLiteral("create-venv");
            venv.title = tr("Create the virtual environment %1").arg(r.venvDir);
            venv.program = r.venvPython;
            venv.arguments = {QStringLiteral("-m"), QStringLiteral("venv"), r.venvDir};
            venv.environment = quietEnvironment();
            venv.check = tr("exit code 0");
            plan.steps << venv;
            pythonProgram = pythonInVenv(r.platform, r.venvDir);
            plan.python = pythonProgram;
        }
        QStringList install = pythonCommand + QStringList{QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("install")};
        const QString tag = variantTag(c);
        // Before 1.11 the CUDA builds were found by local version (+cu111) on one flat page; a
        // mirror's flat folder (find-links) needs the same pins, or pip may take PyPI's build.
        const bool flatMirror = !mirror->pytorchWheels.isEmpty() && mirror->pytorchWheelsMode == QStringLiteral("find-links");
        const bool localVersions = Version(c.torch) < Version(QStringLiteral("1.11")) || flatMirror;
        auto pin = [&](const QString &package, const QString &version, bool tagged) -> QString {
            return QStringLiteral("%1==%2").arg(package, version) + (localVersions && tagged ? u'+' + tag : QString());
        };
        install << pin(QStringLiteral("torch"), c.torch, true) << pin(QStringLiteral("torchvision"), c.torchvision, true);
        if (!c.torchaudio.isEmpty())
            install << pin(QStringLiteral("torchaudio"), c.torchaudio, Version(c.torchaudio) >= Version(QStringLiteral("0.10"))); // 0.8/0.9 had no +cu builds
        if (c.torch == QStringLiteral("1.8.2")) {
            // The LTS release lives in its own folder.
            install << QStringLiteral("-f") << kPytorchIndex + QStringLiteral("/lts/1.8/torch_lts.html");
        } else if (Version(c.torch) < Version(QStringLiteral("1.11"))) {
            install << QStringLiteral("-f") << kPytorchIndex + QStringLiteral("/torch_stable.html");
        } else if (!mirror->pytorchWheels.isEmpty() && mirror->pytorchWheelsMode == QStringLiteral("index-url")) {
            install << QStringLiteral("--index-url") << mirror->pytorchWheels + u'/' + tag;
        } else if (!mirror->pytorchWheels.isEmpty()) {
            install << QStringLiteral("-f") << mirror->pytorchWheels + u'/' + tag;
            install << QStringLiteral("--index-url") << (mirror->pypiIndex.isEmpty() ? kPytorchIndex + u'/' + tag : mirror->pypiIndex);
        } else {
            install << QStringLiteral("--index-url") << kPytorchIndex + u'/' + tag;
            if (!mirror->isOfficial())
                plan.notes << tr("%1 has no PyTorch CUDA wheels; they come from download.pytorch.org.").arg(mirror->name.current());
        }
        if (!mirror->isOfficial() && !mirror->pypiIndex.isEmpty() && !install.contains(mirror->pypiIndex))
            install << QStringLiteral("--extra-index-url") << mirror->pypiIndex;
        PlanStep step;
        step.id = QStringLiteral("install-pytorch");
        step.title = tr("Install PyTorch %1 (%2) with pip").arg(c.torch, tag);
        step.program = pythonProgram;
        step.arguments = install;
        step.environment = quietEnvironment();
        step.check = tr("exit code 0");
        plan.steps << step;
        plan.notes << m_kb.text(QStringLiteral("note.wheels_bundle_cuda"));
    }
    return plan;
}

} // namespace tgs
