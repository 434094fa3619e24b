#pragma once

#include <core/install/mirrors.h>

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tgs {

struct KnownFailure
{
    QString id;       // stable: see FailureRecognizer
    QString title;    // one short translated sentence: what went wrong
    QString advice;   // translated: what the user should do
    QString evidence; // the line of the output that matched, trimmed
};

// Reads the combined output of an install step (conda or pip) and names the known failure in it.
// Each id is recognised by the headline line its tool prints (real samples in
// tests/fixtures/install-errors, sources in its SOURCES.md):
//   conda_http_error             CondaHTTPError: HTTP 000 CONNECTION FAILED for url <...>  (also 403/404/429/5xx)
//   conda_proxy_error            ProxyError: Conda cannot proceed due to an error in your proxy configuration.
//   conda_ssl_error              CondaSSLError: Encountered an SSL error. Most likely a certificate verification issue.
//   conda_packages_not_found     PackagesNotFoundError: The following packages are not available from current channels:
//                                (or libmamba's "- nothing provides requested pytorch-cuda 12.1**")
//   conda_unsatisfiable          UnsatisfiableError: / LibMambaUnsatisfiableError: Encountered problems while solving:
//                                / Could not solve for environment specs
//   conda_tos_not_accepted       CondaToSNonInteractiveError: Terms of Service have not been accepted for the following
//   channels. conda_corrupt_package        CondaVerificationError: The package for pytorch located at <pkgs dir>
//   appears to be corrupted. pip_no_matching_distribution ERROR: Could not find a version that satisfies the
//   requirement torch==1.8.1 (from versions: ...)
//                                ERROR: No matching distribution found for torch==1.8.1
//   pip_network                  WARNING: Retrying (Retry(total=4, ...)) after connection broken by
//   'NewConnectionError(...)'
//                                pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host=...,
//                                port=443): Read timed out.
//   pip_permission_denied        ERROR: Could not install packages due to an OSError: [WinError 5] Access is denied:
//   '...' disk_full                    [Errno 28] No space left on device / [WinError 112] There is not enough space on
//   the disk
// What the reader of the advice can do about the download source: advice names the controls they have (the
// install page's source selector, or --mirror) and never suggests the source that was already in use.
struct FailureContext
{
    enum class Surface { Any, Wizard, CommandLine };
    Surface surface = Surface::Any;
    QString sourceId;       // the source the step used: "official", "tuna", …; empty: not known (a log read later)
    QString sourceName;     // its name for people, e.g. "TUNA (Tsinghua University)"; empty: the id
    bool automatic = false; // "Fastest (tested now)" / --mirror auto chose it: do not suggest that again

    // The context for a plan's source id, named from the catalog (the id itself if the catalog lacks it).
    static FailureContext forSource(Surface surface, const QString &sourceId, const MirrorCatalog *catalog,
                                    bool automatic = false);

    bool onMirror() const { return !sourceId.isEmpty() && sourceId != QStringLiteral("official"); }
    bool onOfficial() const { return sourceId == QStringLiteral("official"); }
};

class FailureRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(tgs::FailureRecognizer)

public:
    // The most specific known failure in the output, or nullopt. When several match, the one
    // whose evidence line comes LAST in the output wins (the final error is the cause), with one
    // exception: pip's "(from versions: none)" after its connection retries means the index could
    // not be reached, so that is reported as pip_network.
    // The evidence is the first line of the last run of lines that point at the winning failure
    // (conda repeats its headline, pip prints a retry line per attempt), i.e. the headline.
    // `context` shapes the advice only, never which failure is recognised.
    static std::optional<KnownFailure> recognize(const QString &output, const FailureContext &context = {});
};

} // namespace tgs
