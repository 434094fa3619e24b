#include "appoptions.h"
#include "cli.h"
#include "commandline.h"
#include "language.h"

#include <core/detect/probes/cudadriver.h>
#include <core/kb/kbstore.h>
#include <setupwizard.h>

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace {

// Names, version, and the language: first, so that --help is translated too.
void prepare(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("torchgpu-setup"));
    QCoreApplication::setOrganizationName(QStringLiteral("TorchGPU Setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TGS_VERSION));
    const QStringList args = app.arguments();
    QString requested;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--lang") && i + 1 < args.size())
            requested = args.at(i + 1);
        else if (args.at(i).startsWith(QStringLiteral("--lang=")))
            requested = args.at(i).mid(7);
    }
    tgs::app::installTranslators(app, tgs::app::chooseLanguage(requested));
}

} // namespace

int main(int argc, char **argv)
{
    // The isolated driver query: no Qt application, nothing else.
    if (argc >= 2 && tgs::CudaDriverProbe::subcommand() == QLatin1String(argv[1]))
        return tgs::CudaDriverProbe::runInThisProcess();

#ifdef Q_OS_WIN
    // A GUI-subsystem program has no console; with arguments, reattach to the one we were started from.
    if (argc > 1 && AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
        SetConsoleOutputCP(CP_UTF8);
    }
#endif
    {
        // The command line is read before any window system is touched, so that a mistyped
        // option prints its error even where there is no display.
        QCoreApplication core(argc, argv);
        prepare(core);
        const std::variant<tgs::app::CommandLine, int> parsed = tgs::app::parseCommandLine(core.arguments());
        if (const int *exitCode = std::get_if<int>(&parsed))
            return *exitCode;
        const tgs::app::CommandLine &line = std::get<tgs::app::CommandLine>(parsed);
        if (!line.command.isEmpty())
            return tgs::app::runCommand(line);
    }
    QApplication app(argc, argv);
    prepare(app);

    using tgs::app::Cli;
    const tgs::Result<tgs::KnowledgeBase> kb
        = tgs::KnowledgeBaseStore::best(tgs::KnowledgeBaseStore::defaultCacheDir());
    if (!kb) {
        QMessageBox::critical(nullptr, Cli::tr("TorchGPU Setup"), kb.error().message);
        return 2;
    }
    tgs::ui::SetupWizard wizard(tgs::app::defaultDetectionOptions(), *kb);
    wizard.show();
    return app.exec();
}
