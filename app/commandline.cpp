#include "commandline.h"
#include <core/base/localizedtext.h>

#include "interrupt.h"

#include <core/process/processrunner.h>

#include <core/recommend/facts.h>

#include <QCommandLineParser>

#include <cstdio>
#include <optional>

namespace tgs::app {

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
}

QString choiceError(const QString &option, const QString &value, const QStringList &choices)
{
    return Cli::tr("--%1 \"%2\" is not one of: %3.").arg(option, value, listText(choices));
}

// The facts and choices as typed: a malformed one is named with the form it must have; compute
// capabilities are normalised to "8.9".
std::optional<QString> checkValues(RecommendOptions &o, const QString &command)
{
    if (command == QStringLiteral("verify") || command == QStringLiteral("report")) {
        // --python names an interpreter here, not a version.
        o.pythonPath = o.python;
        o.python.clear();
        const int targets = int(!o.env.isEmpty()) + int(!o.prefix.isEmpty()) + int(!o.pythonPath.isEmpty());
        if (targets > 1)
            return Cli::tr("verify: give one of --env, --prefix and --python.");
    }
    if (!o.logFile.isEmpty() && !o.textFile.isEmpty())
        return Cli::tr("doctor: give --log or --text, not both.");
    if (!o.driver.isEmpty() && o.driver != QStringLiteral("none") && !isDriverVersion(o.driver))
        return Cli::tr("--driver \"%1\" is not a driver version: use e.g. 535.104.05, 576.80 or none.").arg(o.driver);
    for (QString &cc : o.computeCaps) {
        const QString normalized = normalizedComputeCapability(cc);
        if (normalized.isEmpty())
            return Cli::tr("--compute-cap \"%1\" is not a compute capability: use e.g. 8.9 (or sm_89).").arg(cc);
        cc = normalized;
    }
    if (!o.python.isEmpty() && !isPythonVersion(o.python))
        return Cli::tr("--python \"%1\" is not a Python version: use e.g. 3.11.").arg(o.python);
    const QStringList existing{QStringLiteral("reuse"), QStringLiteral("replace"), QStringLiteral("rename")};
    if (!o.ifExists.isEmpty() && !existing.contains(o.ifExists))
        return choiceError(QStringLiteral("if-exists"), o.ifExists, existing);
    const QStringList shells{QStringLiteral("posix"), QStringLiteral("powershell"), QStringLiteral("cmd")};
    if (!o.shell.isEmpty() && !shells.contains(o.shell))
        return choiceError(QStringLiteral("shell"), o.shell, shells);
    return std::nullopt;
}

} // namespace

std::variant<CommandLine, int> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("TorchGPU Setup: finds your GPU, driver, conda, Python, CUDA and "
                                             "cuDNN, and sets up a verified GPU PyTorch. Without a command it "
                                             "opens the setup wizard."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), Cli::tr("Language of the interface: zh_CN or en."),
                                        QStringLiteral("zh_CN|en"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print JSON instead of a readable report."));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), Cli::tr("detect: only what is known without importing torch (answers in a blink)."));
    const QCommandLineOption osOption(QStringLiteral("os"), Cli::tr("recommend: plan for this operating system."),
                                      QStringLiteral("windows|linux"));
    const QCommandLineOption driverOption(QStringLiteral("driver"),
                                          Cli::tr("recommend: the NVIDIA driver version, or none."),
                                          QStringLiteral("version|none"));
    const QCommandLineOption ccOption(QStringLiteral("compute-cap"),
                                      Cli::tr("recommend: a GPU's compute capability; repeat it for every GPU."),
                                      QStringLiteral("X.Y"));
    const QCommandLineOption pythonOption(
        QStringLiteral("python"),
        Cli::tr("recommend, plan, install: the Python version. verify: the Python program to check."),
        QStringLiteral("X.Y"));
    const QCommandLineOption torchOption(QStringLiteral("torch"), Cli::tr("recommend: the torch version you want."),
                                         QStringLiteral("version"));
    const QCommandLineOption cudaOption(QStringLiteral("cuda"),
                                        Cli::tr("recommend: the CUDA variant you want (12.4, cu124 or cpu)."),
                                        QStringLiteral("version"));
    const QCommandLineOption routeOption(QStringLiteral("route"), Cli::tr("recommend: the install route."),
                                         QStringLiteral("pip|conda-legacy|conda-forge"));
    const QCommandLineOption kbOption(QStringLiteral("kb"),
                                      Cli::tr("Use this knowledge-base file instead of the built-in one."),
                                      QStringLiteral("file"));
    const QCommandLineOption kbUrlOption(
        QStringLiteral("kb-url"), Cli::tr("Fetch a newer knowledge base from this address first (also TGS_KB_URL)."),
        QStringLiteral("url"));
    const QCommandLineOption envOption(QStringLiteral("env"),
                                       Cli::tr("plan/install: the environment's name (default torchgpu)."),
                                       QStringLiteral("name"));
    const QCommandLineOption mirrorOption(
        QStringLiteral("mirror"),
        Cli::tr("plan/install: where packages come from; auto picks the fastest that answers."),
        QStringLiteral("official|tuna|ustc|bfsu|sjtu|aliyun|auto"));
    const QCommandLineOption shellOption(QStringLiteral("shell"), Cli::tr("plan: quote the commands for this shell."),
                                         QStringLiteral("posix|powershell|cmd"));
    const QCommandLineOption ifExistsOption(QStringLiteral("if-exists"),
                                            Cli::tr("install: what to do when the environment already exists."),
                                            QStringLiteral("reuse|replace|rename"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), Cli::tr("install: do not ask before installing."));
    const QCommandLineOption logOption(QStringLiteral("log"), Cli::tr("doctor: an install log to read."),
                                       QStringLiteral("file"));
    const QCommandLineOption textOption(
        QStringLiteral("text"), Cli::tr("doctor: a file with an error message you copied."), QStringLiteral("file"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Cli::tr("report: md (Markdown) or json."),
                                          QStringLiteral("md|json"));
    const QCommandLineOption outputOption(QStringLiteral("output"), Cli::tr("report: write it to this file."),
                                          QStringLiteral("file"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"),
                                          Cli::tr("verify: the environment's folder (a conda environment or a venv)."),
                                          QStringLiteral("folder"));
    parser.addOptions({langOption,   jsonOption,   quickOption,  osOption,       driverOption, ccOption,
                       pythonOption, torchOption,  cudaOption,   routeOption,    kbOption,     kbUrlOption,
                       envOption,    mirrorOption, shellOption,  ifExistsOption, yesOption,    prefixOption,
                       logOption,    textOption,   formatOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Cli::tr("detect: find the GPU, driver, conda, Python, CUDA and cuDNN. "
                                         "recommend: choose the PyTorch, CUDA and Python that fit, and say why. "
                                         "plan: show the exact install commands. install: run them. "
                                         "verify: check that an environment's PyTorch works on the GPU. "
                                         "doctor: say what is wrong and how to fix it. "
                                         "report: all of it in one file to share."),
                                 QStringLiteral("[detect|recommend|plan|install|verify|doctor|report]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fprintf(stdout, "%s %s\n", qUtf8Printable(QCoreApplication::applicationName()),
                     qUtf8Printable(QCoreApplication::applicationVersion()));
        return 0;
    }
    CommandLine line;
    line.command = parser.positionalArguments().value(0);
    line.json = parser.isSet(jsonOption);
    line.quick = parser.isSet(quickOption);
    RecommendOptions &options = line.options;
    options.json = line.json;
    options.os = parser.value(osOption);
    options.driver = parser.value(driverOption);
    options.computeCaps = parser.values(ccOption);
    options.python = parser.value(pythonOption);
    options.torch = parser.value(torchOption);
    options.cuda = parser.value(cudaOption);
    options.route = parser.value(routeOption);
    options.kbFile = parser.value(kbOption);
    options.kbUrl = parser.value(kbUrlOption);
    options.env = parser.value(envOption);
    options.mirror = parser.value(mirrorOption);
    options.shell = parser.value(shellOption);
    options.ifExists = parser.value(ifExistsOption);
    options.yes = parser.isSet(yesOption);
    options.prefix = parser.value(prefixOption);
    options.logFile = parser.value(logOption);
    options.textFile = parser.value(textOption);
    options.format = parser.value(formatOption);
    options.output = parser.value(outputOption);
    if (const std::optional<QString> error = checkValues(options, line.command); error) {
        printError(*error);
        return 2;
    }
    static const QStringList commands{QStringLiteral("detect"),  QStringLiteral("recommend"), QStringLiteral("plan"),
                                      QStringLiteral("install"), QStringLiteral("verify"),    QStringLiteral("doctor"),
                                      QStringLiteral("report")};
    if (!line.command.isEmpty() && !commands.contains(line.command)) {
        printError(Cli::tr("Unknown command \"%1\". Commands: %2.").arg(line.command, listText(commands)));
        return 2;
    }
    return line;
}

namespace {

int dispatch(const CommandLine &line)
{
    if (line.command == QStringLiteral("detect"))
        return Cli::detect(line.json, line.quick);
    if (line.command == QStringLiteral("plan"))
        return Cli::plan(line.options);
    if (line.command == QStringLiteral("install"))
        return Cli::install(line.options);
    if (line.command == QStringLiteral("verify"))
        return Cli::verify(line.options);
    if (line.command == QStringLiteral("doctor"))
        return Cli::doctor(line.options);
    if (line.command == QStringLiteral("report"))
        return Cli::report(line.options);
    return Cli::recommend(line.options);
}

} // namespace

// Ctrl+C, SIGTERM or a closed terminal in any command, at any moment: every probe, check and step still running
// is ended with its whole process tree, and the command ends with 130. A running install step is the install's
// to cancel (it writes the log's end).
int runCommand(const CommandLine &line)
{
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &interrupts, [] {
        if (InterruptTakeover::active())
            return;
        std::fprintf(stderr, "\n%s\n", qUtf8Printable(Cli::tr("Canceling: stopping every program it started…")));
        ProcessRunner::cancelAll();
    });
    const int status = dispatch(line);
    return interrupts.fired() ? 130 : status;
}

} // namespace tgs::app
