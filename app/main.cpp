#include "appoptions.h"
#include "cli.h"
#include "language.h"

#include <core/detect/probes/cudadriver.h>
#include <core/kb/kbstore.h>
#include <setupwizard.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstring>
#include <memory>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace {

// Subcommands that run without a window; anything else opens the wizard.
bool wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "detect") == 0 || std::strcmp(arg, "recommend") == 0 || std::strcmp(arg, "plan") == 0
            || std::strcmp(arg, "install") == 0 || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0
            || std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // The isolated driver query: no Qt application, nothing else.
    if (argc >= 2 && tgs::CudaDriverProbe::subcommand() == QLatin1String(argv[1]))
        return tgs::CudaDriverProbe::runInThisProcess();

    const bool commandLine = wantsCommandLine(argc, argv);
#ifdef Q_OS_WIN
    // A GUI-subsystem program has no console; reattach to the one we were started from.
    if (commandLine && AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
        SetConsoleOutputCP(CP_UTF8);
    }
#endif
    std::unique_ptr<QCoreApplication> app
        = commandLine ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("torchgpu-setup"));
    QCoreApplication::setOrganizationName(QStringLiteral("TorchGPU Setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TGS_VERSION));

    // The language comes first, so that --help is translated too.
    const QStringList args = app->arguments();
    QString requested;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--lang") && i + 1 < args.size())
            requested = args.at(i + 1);
        else if (args.at(i).startsWith(QStringLiteral("--lang=")))
            requested = args.at(i).mid(7);
    }
    tgs::app::installTranslators(*app, tgs::app::chooseLanguage(requested));

    using tgs::app::Cli;
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
    const QCommandLineOption pythonOption(QStringLiteral("python"), Cli::tr("recommend: the Python version."),
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
    parser.addOptions({langOption, jsonOption, quickOption, osOption, driverOption, ccOption, pythonOption, torchOption,
                       cudaOption, routeOption, kbOption, kbUrlOption, envOption, mirrorOption, shellOption,
                       ifExistsOption, yesOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Cli::tr("detect: find the GPU, driver, conda, Python, CUDA and cuDNN. "
                                         "recommend: choose the PyTorch, CUDA and Python that fit, and say why. "
                                         "plan: show the exact install commands. install: run them."),
                                 QStringLiteral("[detect|recommend|plan|install]"));
    parser.process(*app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QStringLiteral("detect"))
        return Cli::detect(parser.isSet(jsonOption), parser.isSet(quickOption));
    if (command == QStringLiteral("recommend") || command == QStringLiteral("plan")
        || command == QStringLiteral("install")) {
        tgs::app::RecommendOptions options;
        options.json = parser.isSet(jsonOption);
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
        if (command == QStringLiteral("plan"))
            return Cli::plan(options);
        if (command == QStringLiteral("install"))
            return Cli::install(options);
        return Cli::recommend(options);
    }
    if (!command.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(
                         Cli::tr("Unknown command \"%1\". Commands: detect, recommend, plan, install.").arg(command)));
        return 2;
    }

    const tgs::Result<tgs::KnowledgeBase> kb
        = tgs::KnowledgeBaseStore::best(tgs::KnowledgeBaseStore::defaultCacheDir());
    if (!kb) {
        QMessageBox::critical(nullptr, Cli::tr("TorchGPU Setup"), kb.error().message);
        return 2;
    }
    tgs::ui::SetupWizard wizard(tgs::app::defaultDetectionOptions(), *kb);
    wizard.show();
    return app->exec();
}
