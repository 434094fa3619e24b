#pragma once

#include <core/base/localizedtext.h>
#include <core/base/platform.h>
#include <core/base/result.h>

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgs {

// The compatibility knowledge base: resources/compat.json, embedded, or another file given with
// --kb or fetched by KnowledgeBaseUpdater. Plain data plus the look-ups the recommender needs.

struct KbSource
{
    QString title;
    QString url;
};

struct PipVariant
{
    QString id;       // "cu124" or "cpu": the index https://download.pytorch.org/whl/<id>
    QString cuda;     // empty for the CPU build
    QString cudnn;    // bundled with the wheel
    QStringList arch; // compute capabilities with SASS in the wheel, e.g. "8.6"
    QString ptx;      // the capability shipped as PTX ("+PTX"), or empty
    QStringList os;   // "linux", "windows"

    bool isCpu() const { return cuda.isEmpty(); }
};

// conda-forge's CUDA builds of one release, per OS: they differ (2.9.1: 12.9 on Linux, 12.8 on
// Windows). Read from the feedstock's CI variant files; see scripts/kb/derive_kb.py.
struct CondaForgeBuilds
{
    QMap<QString, QStringList> cudaByOs; // "linux" / "windows" → CUDA versions, oldest first

    QStringList cudaFor(const QString &os) const { return cudaByOs.value(os); }
};

struct TorchRelease
{
    QString version;
    QString released;
    QStringList python;                    // Python versions with a wheel, on at least one OS
    QMap<QString, QStringList> pythonByOs; // only where an OS had fewer (2.5: no 3.13 on Windows)
    QStringList condaChannelPython;        // the pytorch conda channel's, where it had fewer than the wheels
    QString torchvision;
    QString torchaudio; // empty when there is none (after 2.11)
    QList<PipVariant> pip;
    QString pypiDefault;
    QStringList condaPytorchCuda;
    QStringList condaCudatoolkit;
    std::optional<CondaForgeBuilds> condaForge;
    QStringList sources;

    const PipVariant *variant(const QString &id) const;
    const PipVariant *variantForCuda(const QString &cuda) const;
    // The Python versions (X.Y) with a build on this OS ("linux", "windows"): wheels, or with
    // condaChannel the pytorch conda channel's packages.
    QStringList pythonFor(const QString &os, bool condaChannel = false) const;
    bool hasPython(const QString &pythonVersion, const QString &os, bool condaChannel = false) const;
};

struct CudaRequirement
{
    QString version;
    QString driverMinLinux;
    QString driverMinWindows;
};

struct MinorCompat
{
    int cudaMajor = 0;
    QString driverMinLinux;
    QString driverMinWindows;
};

struct CondaCudnnBuild
{
    QString build;
    int cudaMajor = 0;
};

struct CondaCudnn
{
    QString version;
    QList<CondaCudnnBuild> builds;
};

struct GpuArchitecture
{
    QString computeCapability;
    LocalizedText name;
    QString examples;
};

class KnowledgeBase
{
    Q_DECLARE_TR_FUNCTIONS(tgs::KnowledgeBase)

public:
    static constexpr int kSchemaVersion = 1;
    // Keys of `texts` the program shows; a file without any of them is rejected.
    static QStringList requiredTexts();

    int schemaVersion = 0;
    QString dataDate; // YYYY-MM-DD: a newer knowledge base is one with a later date
    QMap<QString, KbSource> sources;
    QList<TorchRelease> torchReleases; // oldest first
    QList<CudaRequirement> cudaVersions;
    QList<MinorCompat> minorCompat;
    QStringList condaCudatoolkit;
    QList<CondaCudnn> condaCudnn;
    QList<GpuArchitecture> gpuArchitectures;
    QMap<QString, LocalizedText> texts;
    QString origin; // the file it was read from, for messages

    const TorchRelease *release(const QString &version) const;
    const CudaRequirement *cuda(const QString &version) const;
    const MinorCompat *minorCompatFor(int cudaMajor) const;
    const GpuArchitecture *architecture(const QString &computeCapability) const;
    QString text(const QString &key) const;

    // Parses and validates; a broken file is an Error naming the file, the JSON pointer and
    // the reason, e.g. "compat.json: /torch_releases/3/pip/0/cuda: expected a version string".
    static Result<KnowledgeBase> fromJson(const QByteArray &bytes, const QString &origin);
    static Result<KnowledgeBase> fromFile(const QString &path);
    // The copy built into the program (resources/compat.json).
    static Result<KnowledgeBase> embedded();
};

} // namespace tgs
