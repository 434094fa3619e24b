#include <core/detect/detector_p.h>

#include <core/detect/locations.h>
#include <core/detect/probes/cudatools.h>

#include <QDir>
#include <QFileInfo>

namespace tgs {

// CUDA toolkits (by their files, or nvcc), nvcc outside them, and cuDNN headers.

void Detector::Private::startToolkits()
{
    for (const QString &root : Locations::cudaToolkitCandidates(platform()))
        addToolkit(root);
    for (const QString &header : Locations::cudnnHeaderCandidates(platform()))
        readCudnnHeader(header);
    // An nvcc on PATH is a compiler the user has, even outside a toolkit folder.
    for (const QString &nvcc : platform().findAllInPath(QStringLiteral("nvcc")))
        probeNvcc(nvcc, QStringLiteral("nvcc --version (PATH)"));
}

void Detector::Private::addToolkit(const QString &root, int order)
{
    if (!Locations::looksLikeToolkit(platform(), root) || knownToolkit(root))
        return;
    toolkitKeys.append(canonicalKey(root));
    for (const QString &header : Locations::cudnnHeadersInToolkit(platform(), root))
        readCudnnHeader(header);
    if (order < 0)
        order = nextOrder++;
    if (auto json = Probe::readSmallFile(platform().join(root, QStringLiteral("version.json")))) {
        if (auto version = CudaToolsParser::parseVersionJson(*json)) {
            findings.toolkits.insert(order, {*version, root, QStringLiteral("version.json")});
            return;
        }
    }
    if (auto txt = Probe::readSmallFile(platform().join(root, QStringLiteral("version.txt")))) {
        if (auto version = CudaToolsParser::parseVersionTxt(QString::fromUtf8(*txt))) {
            findings.toolkits.insert(order, {*version, root, QStringLiteral("version.txt")});
            return;
        }
    }
    const QString nvcc = platform().join(root, platform().executableName(QStringLiteral("bin/nvcc")));
    if (QFileInfo(nvcc).isFile())
        runNvcc(nvcc, root, QStringLiteral("nvcc --version"), order);
}

// An nvcc found on PATH or in a conda env: first where it really is (a wrapper execs the
// real one elsewhere), then, unless that is a toolkit already found, its version.
void Detector::Private::probeNvcc(const QString &nvcc, const QString &source)
{
    const QString real = QFileInfo(nvcc).canonicalFilePath();
    const QString root = QFileInfo(QFileInfo(real).absolutePath()).absolutePath(); // <root>/bin/nvcc
    if (real.isEmpty() || probedNvccKeys.contains(canonicalKey(real)) || knownToolkit(root))
        return;
    probedNvccKeys.append(canonicalKey(real));
    const int order = nextOrder++;
    launch(kToolkit, Phase::Quick, NvccProbe::locateSpec(platform(), real, options.timeouts.nvccMs),
           [this, real, root, source, order](const ProcessResult &r) {
               const QString here = CudaToolsParser::parseNvccHere(r.stdOut + r.stdErr);
               const QString realRoot
                   = here.isEmpty() ? root
                                    : QFileInfo(QDir::cleanPath(here + QStringLiteral("/.."))).absoluteFilePath();
               if (knownToolkit(realRoot))
                   return;
               if (Locations::looksLikeToolkit(platform(), realRoot)) {
                   addToolkit(realRoot, order);
                   return;
               }
               toolkitKeys.append(canonicalKey(realRoot));
               runNvcc(real, realRoot, source, order);
           });
}

void Detector::Private::runNvcc(const QString &nvcc, const QString &root, const QString &source, int order)
{
    launch(kToolkit, Phase::Quick, NvccProbe::spec(platform(), nvcc, options.timeouts.nvccMs),
           [this, order, root, nvcc, source](const ProcessResult &r) {
               const ProbeResult<QString> version = NvccProbe::interpret(r, nvcc);
               if (version)
                   findings.toolkits.insert(order, {*version, root, source});
               else
                   addProblem(kToolkit, version.error());
           });
}

void Detector::Private::readCudnnHeader(const QString &header)
{
    const QString key = canonicalKey(header);
    if (!QFileInfo(header).isFile() || cudnnHeaderKeys.contains(key))
        return;
    cudnnHeaderKeys.append(key);
    const auto text = Probe::readSmallFile(header);
    if (!text)
        return;
    const auto version = CudaToolsParser::parseCudnnHeader(QString::fromUtf8(*text));
    if (version) {
        findings.cudnnFiles.insert(nextOrder++, {*version, header, QFileInfo(header).fileName()});
    } else if (!header.endsWith(QStringLiteral("cudnn.h"))) {
        // cudnn.h of cuDNN 8+ holds no version (it includes cudnn_version.h); that is normal.
        addProblem(kCudnn, {version.error().kind, version.error().message + u' ' + header});
    }
}

} // namespace tgs
