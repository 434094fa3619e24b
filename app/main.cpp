#include "appoptions.h"
#include "cli.h"
#include "commandline.h"
#include "language.h"

#include <core/detect/probes/cudadriver.h>
#include <core/kb/kbstore.h>
#include <wizardhost.h>

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace {

#ifdef Q_OS_WIN
// torchgpu-setup.exe is a GUI-subsystem program (no console window on a double-click); torchgpu-setup-cli.exe is
// the same program for the console. When the GUI one is given a command in a console anyway, its output goes to
// that console, but only for the streams the caller did not redirect: `detect --json > f.json` still writes the
// file. A stream counts as redirected when the process was given a real handle for it.
void attachParentConsole(int argc)
{
    if (argc < 2 || GetConsoleWindow() != nullptr)
        return; // no command, or the console program, which has its console already
    const auto hasHandle = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle != nullptr && handle != INVALID_HANDLE_VALUE && GetFileType(handle) != FILE_TYPE_UNKNOWN;
    };
    const bool outRedirected = hasHandle(STD_OUTPUT_HANDLE);
    const bool errRedirected = hasHandle(STD_ERROR_HANDLE);
    if (outRedirected && errRedirected)
        return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    if (!outRedirected)
        std::freopen("CONOUT$", "w", stdout);
    if (!errRedirected)
        std::freopen("CONOUT$", "w", stderr);
}

// The program writes UTF-8; a console shows it as such only in code page 65001. The console's own code page is
// given back at the end, so the user's cmd.exe is left as it was.
class Utf8Console
{
public:
    Utf8Console()
        : m_previous(GetConsoleWindow() != nullptr ? GetConsoleOutputCP() : 0)
    {
        if (m_previous != 0)
            SetConsoleOutputCP(CP_UTF8);
    }
    ~Utf8Console()
    {
        if (m_previous != 0)
            SetConsoleOutputCP(m_previous);
    }
    Utf8Console(const Utf8Console &) = delete;
    Utf8Console &operator=(const Utf8Console &) = delete;

private:
    UINT m_previous;
};
#endif

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
    if (requested.isEmpty())
        requested = tgs::ui::WizardHost::savedLanguage(); // the language the user switched to last time
    tgs::app::installTranslators(app, tgs::app::chooseLanguage(requested));
}

} // namespace

int main(int argc, char **argv)
{
    // The isolated driver query: no Qt application, nothing else.
    if (argc >= 2 && tgs::CudaDriverProbe::subcommand() == QLatin1String(argv[1]))
        return tgs::CudaDriverProbe::runInThisProcess();

#ifdef Q_OS_WIN
    attachParentConsole(argc);
    const Utf8Console utf8Console;
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
    tgs::ui::WizardHost host(tgs::app::defaultDetectionOptions(), *kb,
                             [&app](const QString &language) { tgs::app::installTranslators(app, language); });
    host.show();
    return app.exec();
}
