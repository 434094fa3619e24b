#include "appoptions.h"
#include "cli.h"
#include "language.h"

#include <cudadriverprobe.h>
#include <setupwizard.h>

#include <QApplication>
#include <QCommandLineParser>

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
        if (std::strcmp(arg, "detect") == 0 || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0
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
    std::unique_ptr<QCoreApplication> app = commandLine ? std::make_unique<QCoreApplication>(argc, argv)
                                                        : std::make_unique<QApplication>(argc, argv);
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
    parser.addOption(langOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Cli::tr("detect: find the GPU, driver, conda, Python, CUDA and cuDNN."),
                                 QStringLiteral("[detect]"));
    parser.process(*app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QStringLiteral("detect"))
        return Cli::detect(parser.isSet(jsonOption));
    if (!command.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(Cli::tr("Unknown command \"%1\". Commands: detect.").arg(command)));
        return 2;
    }

    tgs::ui::SetupWizard wizard(tgs::app::defaultDetectionOptions());
    wizard.show();
    return app->exec();
}
