#include <core/install/planbuilder_p.h>

#include <core/base/version.h>

namespace tgs::planning {

namespace {

const QString kPytorchIndex = QStringLiteral("https://download.pytorch.org/whl");

QString variantTag(const Combination &c)
{
    return c.cuda.isEmpty() ? QStringLiteral("cpu")
                            : QStringLiteral("cu") + QString(Version(c.cuda).majorMinor()).remove(u'.');
}

// Where pip finds the wheels: the old flat pages before 1.11, else the index of the variant on
// download.pytorch.org or the mirror's copy of it.
QStringList wheelSourceArguments(Context &c, const QString &tag)
{
    const Combination &combo = c.combination();
    const Mirror &mirror = c.mirror;
    QStringList args;
    if (combo.torch == QStringLiteral("1.8.2")) {
        // The LTS release lives in its own folder.
        args << QStringLiteral("-f") << kPytorchIndex + QStringLiteral("/lts/1.8/torch_lts.html");
    } else if (Version(combo.torch) < Version(QStringLiteral("1.11"))) {
        args << QStringLiteral("-f") << kPytorchIndex + QStringLiteral("/torch_stable.html");
    } else if (!mirror.pytorchWheels.isEmpty() && mirror.pytorchWheelsMode == QStringLiteral("index-url")) {
        args << QStringLiteral("--index-url") << mirror.pytorchWheels + u'/' + tag;
    } else if (!mirror.pytorchWheels.isEmpty()) {
        args << QStringLiteral("-f") << mirror.pytorchWheels + u'/' + tag;
        args << QStringLiteral("--index-url")
             << (mirror.pypiIndex.isEmpty() ? kPytorchIndex + u'/' + tag : mirror.pypiIndex);
    } else {
        args << QStringLiteral("--index-url") << kPytorchIndex + u'/' + tag;
        if (!mirror.isOfficial())
            c.plan.notes << Context::tr("%1 has no PyTorch CUDA wheels; they come from download.pytorch.org.")
                                .arg(mirror.name.current());
    }
    if (!mirror.isOfficial() && !mirror.pypiIndex.isEmpty() && !args.contains(mirror.pypiIndex))
        args << QStringLiteral("--extra-index-url") << mirror.pypiIndex;
    return args;
}

} // namespace

// pip: an environment (conda, else a venv), then the wheels from the PyTorch index.
std::optional<Error> addPipSteps(Context &c, bool useConda)
{
    const Combination &combo = c.combination();
    const PlanRequest &r = c.request;
    QStringList pythonCommand;
    QString pythonProgram;
    if (useConda) {
        c.plan.steps << c.createEnvStep(c.forgeChannel());
        // `conda run` gives the env's Python its activated PATH, so its DLLs load on Windows.
        pythonProgram = c.conda;
        pythonCommand = {QStringLiteral("run"),    QStringLiteral("--no-capture-output"),
                         QStringLiteral("-n"),     c.envName(),
                         QStringLiteral("python"), QStringLiteral("-u")};
    } else {
        if (r.venvPython.isEmpty() || r.venvDir.isEmpty())
            return Error{Context::tr(
                "The pip route needs conda or a Python to make a virtual environment with; neither was given.")};
        PlanStep venv;
        venv.id = QStringLiteral("create-venv");
        venv.title = Context::tr("Create the virtual environment %1").arg(r.venvDir);
        venv.program = r.venvPython;
        venv.arguments = {QStringLiteral("-m"), QStringLiteral("venv"), r.venvDir};
        venv.environment = quietEnvironment();
        venv.check = Context::tr("exit code 0");
        c.plan.steps << venv;
        pythonProgram = PlanBuilder::pythonInVenv(r.platform, r.venvDir);
        c.plan.python = pythonProgram;
    }
    const QString tag = variantTag(combo);
    // Before 1.11 the CUDA builds were found by local version (+cu111) on one flat page; a
    // mirror's flat folder (find-links) needs the same pins, or pip may take PyPI's build.
    const bool flatMirror
        = !c.mirror.pytorchWheels.isEmpty() && c.mirror.pytorchWheelsMode == QStringLiteral("find-links");
    const bool localVersions = Version(combo.torch) < Version(QStringLiteral("1.11")) || flatMirror;
    auto pin = [&](const QString &package, const QString &version, bool tagged) -> QString {
        return QStringLiteral("%1==%2").arg(package, version) + (localVersions && tagged ? u'+' + tag : QString());
    };
    QStringList install
        = pythonCommand + QStringList{QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("install")};
    // The environment this plan creates gets the newest pip, which can print its download progress as plain
    // lines ("Progress N of M", pip 24.1+); the wizard shows them. An older pip (a venv's bundled one, a reused
    // environment's) would refuse the option, so only here.
    if (useConda)
        install << QStringLiteral("--progress-bar") << QStringLiteral("raw");
    install << pin(QStringLiteral("torch"), combo.torch, true)
            << pin(QStringLiteral("torchvision"), combo.torchvision, true);
    if (!combo.torchaudio.isEmpty()) // 0.8/0.9 had no +cu builds
        install << pin(QStringLiteral("torchaudio"), combo.torchaudio,
                       Version(combo.torchaudio) >= Version(QStringLiteral("0.10")));
    install << wheelSourceArguments(c, tag);
    PlanStep step;
    step.id = QStringLiteral("install-pytorch");
    step.title = Context::tr("Install PyTorch %1 (%2) with pip").arg(combo.torch, tag);
    step.program = pythonProgram;
    step.arguments = install;
    step.environment = quietEnvironment();
    step.check = Context::tr("exit code 0");
    c.plan.steps << step;
    c.plan.notes << c.kb.text(QStringLiteral("note.wheels_bundle_cuda"));
    return std::nullopt;
}

} // namespace tgs::planning
