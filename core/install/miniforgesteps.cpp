#include <core/install/planbuilder_p.h>

#include <core/detect/locations.h>

namespace tgs::planning {

// No conda yet: download Miniforge (verified by its SHA-256, the mirror first and GitHub as the
// fallback) and install it silently; the later steps use its conda.
std::optional<Error> addMiniforgeSteps(Context &c)
{
    const PlanRequest &r = c.request;
    if (r.installMiniforgeTo.isEmpty())
        return Error{Context::tr("This route needs conda, and none was found: let the wizard install Miniforge.")};
    const bool windows = r.platform.isWindows();
    const MiniforgeFile &file = windows ? c.mirrors.miniforgeWindows : c.mirrors.miniforgeLinux;
    if (file.sha256.size() != 64)
        return Error{Context::tr(
            "The Miniforge installer's SHA-256 is not known, so it cannot be verified and will not be run.")};
    const QString github = c.mirrors.miniforgeGithub + u'/' + c.mirrors.miniforgeVersion;
    const QString base = c.mirror.miniforgeDownloads.isEmpty() ? github : c.mirror.miniforgeDownloads;
    PlanStep download;
    download.id = QStringLiteral("download-miniforge");
    download.title = Context::tr("Download Miniforge %1").arg(c.mirrors.miniforgeVersion);
    download.kind = PlanStep::Kind::Download;
    download.url = base + u'/' + file.name;
    if (base != github)
        download.fallbackUrls << github + u'/' + file.name;
    download.sha256 = file.sha256;
    download.destination = r.platform.join(r.installMiniforgeTo + QStringLiteral("-installer"), file.name);
    download.check = Context::tr("the file's SHA-256 is %1").arg(file.sha256);
    c.plan.steps << download;

    PlanStep install;
    install.id = QStringLiteral("install-miniforge");
    install.title = Context::tr("Install Miniforge into %1").arg(r.installMiniforgeTo);
    install.pythonChild = false;
    if (windows) {
        // NSIS: /D= must come last and must not be quoted, even with spaces (the runner
        // passes the arguments verbatim on Windows).
        install.program = download.destination;
        install.verbatimArguments = true;
        install.arguments
            = {QStringLiteral("/S"), QStringLiteral("/InstallationType=JustMe"), QStringLiteral("/RegisterPython=0"),
               QStringLiteral("/AddToPath=0"), QStringLiteral("/D=") + r.installMiniforgeTo};
    } else {
        install.program = QStringLiteral("bash");
        install.arguments = {download.destination, QStringLiteral("-b"), QStringLiteral("-p"), r.installMiniforgeTo};
    }
    c.conda = Locations::condaExecutableInRoot(r.platform, r.installMiniforgeTo);
    install.check = Context::tr("exit code 0 and %1 exists").arg(c.conda);
    c.plan.steps << install;
    c.plan.notes << Context::tr(
        "No conda was found: Miniforge (conda-forge only, no Terms-of-Service prompt) is installed first.");
    return std::nullopt;
}

} // namespace tgs::planning
