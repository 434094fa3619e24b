#include <core/install/failures.h>

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace tgs {

namespace {

// A failure: its id, the line that shows it, and what to tell the user (given the lines of the
// run of hits that ended the output).
struct Rule
{
    QString id;
    QRegularExpression pattern;
    std::function<void(KnownFailure &, const QStringList &run, const FailureContext &)> explain;
};

using Surface = FailureContext::Surface;

QString sourceName(const FailureContext &context)
{
    return context.sourceName.isEmpty() ? context.sourceId : context.sourceName;
}

// For a network failure: a faster or reachable source, never the one already in use (nor "the fastest" when the
// fastest was what chose it).
QString mirrorHint(const FailureContext &context)
{
    const bool automatic = context.automatic;
    if (context.onMirror()) {
        switch (context.surface) {
        case Surface::Wizard:
            return (automatic ? FailureRecognizer::tr("\"Fastest (tested now)\" chose the mirror %1. If it is slow or "
                                                      "cannot be reached from here, choose another source on this "
                                                      "page and install again, or set up a proxy.")
                              : FailureRecognizer::tr("The download source is already the mirror %1. If it is slow or "
                                                      "cannot be reached from here, choose another source on this "
                                                      "page (\"Fastest (tested now)\" measures them all) and install "
                                                      "again, or set up a proxy."))
                .arg(sourceName(context));
        case Surface::CommandLine:
            return (automatic ? FailureRecognizer::tr("--mirror auto chose the mirror %1. If it is slow or cannot be "
                                                      "reached from here, run the install again with another source, "
                                                      "for example --mirror official, or set up a proxy.")
                              : FailureRecognizer::tr("The download source was already the mirror %1. If it is slow or "
                                                      "cannot be reached from here, run the install again with another "
                                                      "source: --mirror auto picks the fastest that answers now, "
                                                      "--mirror official uses the official servers. Or set up a "
                                                      "proxy."))
                .arg(sourceName(context));
        case Surface::Any:
            break;
        }
        return FailureRecognizer::tr("The download source was the mirror %1. If it is slow or cannot be reached "
                                     "from here, choose another mirror or the official servers, or set up a proxy.")
            .arg(sourceName(context));
    }
    switch (context.surface) {
    case Surface::Wizard:
        return automatic ? FailureRecognizer::tr("\"Fastest (tested now)\" chose the official servers. If they are "
                                                 "slow or blocked where you are, choose a mirror (for example TUNA, "
                                                 "USTC or BFSU) as the download source on this page and install "
                                                 "again, or set up a proxy.")
                         : FailureRecognizer::tr("If the official servers are slow or blocked where you are, choose "
                                                 "\"Fastest (tested now)\" or a mirror (for example TUNA, USTC or "
                                                 "BFSU) as the download source on this page and install again, or "
                                                 "set up a proxy.");
    case Surface::CommandLine:
        return automatic ? FailureRecognizer::tr("--mirror auto chose the official servers. If they are slow or "
                                                 "blocked where you are, run the install again with a mirror such as "
                                                 "--mirror tuna, or set up a proxy.")
                         : FailureRecognizer::tr("If the official servers are slow or blocked where you are, run the "
                                                 "install again with --mirror auto (the fastest source that answers "
                                                 "now) or a mirror such as --mirror tuna, or set up a proxy.");
    case Surface::Any:
        break;
    }
    return FailureRecognizer::tr("If the official servers are slow or blocked where you are, choose a mirror (for "
                                 "example TUNA, USTC or BFSU) as the download source, or set up a proxy.");
}

// What to do to get a package from the official servers instead of a mirror.
QString officialSourceAction(const FailureContext &context)
{
    switch (context.surface) {
    case Surface::Wizard:
        return FailureRecognizer::tr("choose the official servers as the download source on this page and install "
                                     "again");
    case Surface::CommandLine:
        return FailureRecognizer::tr("run the install again with --mirror official");
    case Surface::Any:
        break;
    }
    return FailureRecognizer::tr("use the official servers as the download source");
}

// Where to pick a source the user can reach without a proxy.
QString reachableSourceHint(const FailureContext &context)
{
    switch (context.surface) {
    case Surface::Wizard:
        return FailureRecognizer::tr("or choose a download source on this page that you can reach directly.");
    case Surface::CommandLine:
        return context.automatic ? FailureRecognizer::tr("or run the install again with a --mirror that you can reach "
                                                         "directly.")
                                 : FailureRecognizer::tr("or run the install again with --mirror auto to use a source "
                                                         "that answers directly.");
    case Surface::Any:
        break;
    }
    return FailureRecognizer::tr("or choose a download source that you can reach directly.");
}

// For a package the source lacks: which source lacked it, and what to use instead.
QString missingPackageHint(const FailureContext &context)
{
    if (context.onOfficial())
        return FailureRecognizer::tr("The official servers do not have it, so the version was probably removed: "
                                     "use the recommended PyTorch version.");
    if (context.onMirror())
        return FailureRecognizer::tr("The mirror %1 probably does not carry it (many mirrors have no nvidia channel, "
                                     "and old PyTorch packages have been removed): %2, or use the recommended PyTorch "
                                     "version.")
            .arg(sourceName(context), officialSourceAction(context));
    return FailureRecognizer::tr("If the download source was a mirror, it probably does not carry it (many mirrors "
                                 "have no nvidia channel, and old PyTorch packages have been removed): use the "
                                 "official servers as the download source, or the recommended PyTorch version.");
}

// Two sentences, one after the other, as the interface language writes them (Chinese puts no space after 。).
QString sentences(const QString &first, const QString &second)
{
    return FailureRecognizer::tr("%1 %2", "one sentence after another").arg(first, second);
}

QString requirementIn(const QStringList &lines)
{
    static const QRegularExpression requirementRe(
        QStringLiteral(R"((?:satisfies the requirement|No matching distribution found for) ([^\s,;()]+))"));
    for (const QString &line : lines) {
        const auto match = requirementRe.match(line);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

// One rule per id, tried in this order on each line: a line that names two failures (pip's
// "OSError: [Errno 28] No space left on device") belongs to the first, most specific one.
const QList<Rule> &rules()
{
    static const QList<Rule> all = [] {
        const auto re = [](const QString &pattern) {
            return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
        };
        return QList<Rule>{
            {QStringLiteral("disk_full"),
             re(QStringLiteral(
                 R"(No space left on device|\[WinError 112\]|There is not enough space on the disk|OSError\(28,)")),
             [](KnownFailure &f, const QStringList &, const FailureContext &) {
                 f.title = FailureRecognizer::tr("The disk is full.");
                 f.advice = FailureRecognizer::tr(
                                "Installing PyTorch with CUDA needs several gigabytes of free space, counting the "
                                "download cache and temporary files. Free some space (for example with \"%1\" or "
                                "\"%2\") or choose an environment on another disk, then run the step again. "
                                "Temporary files go to the system's temporary folder (TEMP or TMPDIR), which may "
                                "be on another, fuller disk.")
                                .arg(QStringLiteral("conda clean --all"), QStringLiteral("pip cache purge"));
             }},
            {QStringLiteral("pip_permission_denied"),
             re(QStringLiteral(
                 R"((?:Could not install packages due to an (?:OSError|EnvironmentError)|PermissionError): \[(?:WinError 5|Errno 13)\])")),
             [](KnownFailure &f, const QStringList &, const FailureContext &) {
                 f.title = FailureRecognizer::tr("pip was not allowed to change a file in the Python environment.");
                 f.advice = FailureRecognizer::tr(
                     "Another program is probably using the environment: close Python, Jupyter, your "
                     "editor and anything else that runs from it, then run the step again. If the "
                     "environment lies in a folder that needs administrator rights, choose an "
                     "environment in your user folder instead.");
             }},
            {QStringLiteral("conda_tos_not_accepted"), re(QStringLiteral(R"(CondaToSNonInteractiveError)")),
             [](KnownFailure &f, const QStringList &, const FailureContext &) {
                 const QString commands = QStringLiteral(
                     "conda tos accept --override-channels --channel https://repo.anaconda.com/pkgs/main\n"
                     "conda tos accept --override-channels --channel https://repo.anaconda.com/pkgs/r\n"
                     "conda tos accept --override-channels --channel https://repo.anaconda.com/pkgs/msys2");
                 f.title = FailureRecognizer::tr(
                     "conda will not use Anaconda's default channels until you accept their Terms of Service.");
                 f.advice = FailureRecognizer::tr(
                                "Run these commands once in a terminal (the last one is needed on Windows only), "
                                "then run the step again:\n%1\nOr install Miniforge instead: its conda-forge "
                                "channel needs no such acceptance.")
                                .arg(commands);
             }},
            {QStringLiteral("conda_corrupt_package"), re(QStringLiteral(R"(CondaVerificationError:)")),
             [](KnownFailure &f, const QStringList &, const FailureContext &) {
                 f.title = FailureRecognizer::tr("A package in conda's download cache is damaged.");
                 f.advice = FailureRecognizer::tr(
                                "A download was cut short, or another program (often an antivirus scanner) "
                                "changed the files. Empty the cache with \"%1\" in a terminal and run the step "
                                "again: conda will download the package anew.")
                                .arg(QStringLiteral("conda clean --packages --tarballs"));
             }},
            {QStringLiteral("conda_ssl_error"), re(QStringLiteral(R"(CondaSSLError:)")),
             [](KnownFailure &f, const QStringList &, const FailureContext &context) {
                 f.title = FailureRecognizer::tr(
                     "conda could not set up a secure (HTTPS) connection to the package server.");
                 f.advice = FailureRecognizer::tr(
                                "Either a company network or antivirus program inspects secure connections, or "
                                "conda's own SSL library is broken (\"the SSL module is not available\"). Run the "
                                "step again; if it keeps failing, reinstall Miniconda or "
                                "Miniforge, or ask your network administrator for the proxy's certificate. %1")
                                .arg(mirrorHint(context));
             }},
            {QStringLiteral("conda_proxy_error"), re(QStringLiteral(R"(ProxyError: Conda cannot proceed)")),
             [](KnownFailure &f, const QStringList &, const FailureContext &context) {
                 f.title = FailureRecognizer::tr("conda could not use this computer's proxy settings.");
                 f.advice = FailureRecognizer::tr(
                                "Check the proxy address in the HTTP_PROXY and HTTPS_PROXY environment variables, "
                                "in the proxy_servers section of .condarc and in any .netrc file in your home "
                                "folder; the https entry usually needs an http:// address. Remove these settings "
                                "if you do not need a proxy, %1")
                                .arg(reachableSourceHint(context));
             }},
            {QStringLiteral("conda_http_error"),
             re(QStringLiteral(
                 R"(CondaHTTPError: HTTP \d{3}|An HTTP error occurred when trying to retrieve this URL)")),
             [](KnownFailure &f, const QStringList &run, const FailureContext &context) {
                 static const QRegularExpression codeRe(QStringLiteral(R"(CondaHTTPError: HTTP (\d{3}))"));
                 QString code;
                 for (const QString &line : run) {
                     code = codeRe.match(line).captured(1);
                     if (!code.isEmpty())
                         break;
                 }
                 if (code.isEmpty() || code == QStringLiteral("000")) {
                     f.title = FailureRecognizer::tr("conda could not connect to the package server.");
                     f.advice = FailureRecognizer::tr(
                                    "Check that this computer is online, then run the step again: such network "
                                    "errors are often temporary. %1")
                                    .arg(mirrorHint(context));
                 } else if (code == QStringLiteral("404")) {
                     f.title
                         = FailureRecognizer::tr("The package server does not have a file conda asked for (HTTP %1).")
                               .arg(code);
                     f.advice = missingPackageHint(context);
                 } else {
                     f.title
                         = FailureRecognizer::tr("The package server refused a conda download (HTTP %1).").arg(code);
                     f.advice = FailureRecognizer::tr(
                                    "The server is busy, limits downloads, or blocks this network. Wait a few "
                                    "minutes and run the step again. %1")
                                    .arg(mirrorHint(context));
                 }
             }},
            {QStringLiteral("conda_packages_not_found"),
             re(QStringLiteral(R"(PackagesNotFoundError:|nothing provides requested \S)")),
             [](KnownFailure &f, const QStringList &, const FailureContext &context) {
                 f.title
                     = FailureRecognizer::tr("conda could not find a requested package in the configured channels.");
                 f.advice = FailureRecognizer::tr("The channels in use do not have the package in the requested "
                                                  "version. PyTorch no longer publishes new versions to its conda "
                                                  "channel, and old ones have been removed. %1")
                                .arg(missingPackageHint(context));
             }},
            {QStringLiteral("conda_unsatisfiable"),
             re(QStringLiteral(R"(UnsatisfiableError:|Could not solve for environment specs)")),
             [](KnownFailure &f, const QStringList &, const FailureContext &) {
                 f.title = FailureRecognizer::tr("conda found no set of package versions that fit together.");
                 f.advice = FailureRecognizer::tr(
                     "The requested versions conflict with each other or with packages already in the "
                     "environment, for example a PyTorch build for another CUDA or Python version. Use "
                     "the recommended combination and install it into a new, empty "
                     "environment instead of an existing one.");
             }},
            {QStringLiteral("pip_no_matching_distribution"),
             re(QStringLiteral(
                 R"(Could not find a version that satisfies the requirement \S|No matching distribution found for \S)")),
             [](KnownFailure &f, const QStringList &run, const FailureContext &context) {
                 const QString requirement = requirementIn(run);
                 f.title = requirement.isEmpty()
                               ? FailureRecognizer::tr(
                                   "pip found no version of a requested package that can be installed here.")
                               : FailureRecognizer::tr("pip found no version of %1 that can be installed here.")
                                     .arg(requirement);
                 f.advice = FailureRecognizer::tr(
                     "Usually the Python in this environment has no matching PyTorch build: each "
                     "PyTorch release supports only some Python versions, and there are no builds for "
                     "32-bit Python. Use a 64-bit Python of the recommended version, or choose "
                     "another PyTorch version.");
                 if (context.onMirror())
                     f.advice = sentences(f.advice,
                                          FailureRecognizer::tr("It also happens when the mirror %1 lacks PyTorch's "
                                                                "CUDA builds: then %2.")
                                              .arg(sourceName(context), officialSourceAction(context)));
                 else if (!context.onOfficial())
                     f.advice = sentences(f.advice, FailureRecognizer::tr("It also happens when the package index, "
                                                                          "for example a mirror, lacks the CUDA "
                                                                          "builds."));
             }},
            // Only pip's own shapes: conda prints "Retrying" without "WARNING: " in front and wraps
            // urllib3's NewConnectionError in its own CondaHTTPError.
            {QStringLiteral("pip_network"),
             re(QStringLiteral(
                 R"(^\s*WARNING: Retrying \(Retry\(total=|urllib3\.exceptions\.(?:ReadTimeoutError|ProtocolError|ConnectTimeoutError|NewConnectionError|MaxRetryError)|^\s*(?:ERROR: )?\S*ReadTimeoutError: HTTPSConnectionPool|Could not install packages due to an OSError: HTTPSConnectionPool)")),
             [](KnownFailure &f, const QStringList &, const FailureContext &context) {
                 f.title = FailureRecognizer::tr("pip lost the connection to the package server.");
                 f.advice = FailureRecognizer::tr(
                                "Check the internet connection and run the step again: PyTorch downloads are "
                                "large (2 GB and more) and often break on slow or unstable connections. %1")
                                .arg(mirrorHint(context));
             }},
        };
    }();
    return all;
}

struct Hit
{
    qsizetype line;
    qsizetype rule;
};

// The first line of the run of hits of the same rule that ends at `last`.
qsizetype runStart(const QList<Hit> &hits, qsizetype last)
{
    qsizetype first = last;
    while (first > 0 && hits.at(first - 1).rule == hits.at(last).rule)
        --first;
    return first;
}

} // namespace

FailureContext FailureContext::forSource(Surface surface, const QString &sourceId, const MirrorCatalog *catalog,
                                         bool automatic)
{
    FailureContext context;
    context.surface = surface;
    context.sourceId = sourceId;
    context.automatic = automatic;
    if (const Mirror *mirror = catalog ? catalog->mirror(sourceId) : nullptr)
        context.sourceName = mirror->name.current();
    return context;
}

std::optional<KnownFailure> FailureRecognizer::recognize(const QString &output, const FailureContext &context)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    const QStringList lines = output.split(lineBreak);
    const QList<Rule> &all = rules();

    QList<Hit> hits;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (qsizetype r = 0; r < all.size(); ++r) {
            if (all.at(r).pattern.match(lines.at(i)).hasMatch()) {
                hits.append({i, r});
                break;
            }
        }
    }
    if (hits.isEmpty())
        return std::nullopt;

    qsizetype winner = hits.size() - 1;
    qsizetype first = runStart(hits, winner);
    const QString winnerId = all.at(hits.at(winner).rule).id;
    // Retries, then "(from versions: none)": pip saw no versions because it never reached the index.
    if (winnerId == QStringLiteral("pip_no_matching_distribution")
        && lines.at(hits.at(first).line).contains(QStringLiteral("(from versions: none)"))) {
        for (qsizetype h = first - 1; h >= 0; --h) {
            if (all.at(hits.at(h).rule).id == QStringLiteral("pip_network")) {
                winner = h;
                first = runStart(hits, h);
                break;
            }
        }
    }

    KnownFailure failure;
    failure.id = all.at(hits.at(winner).rule).id;
    failure.evidence = lines.at(hits.at(first).line).trimmed();
    QStringList runLines;
    for (qsizetype h = first; h <= winner; ++h)
        runLines.append(lines.at(hits.at(h).line));

    all.at(hits.at(winner).rule).explain(failure, runLines, context);
    return failure;
}

} // namespace tgs
