#include <core/kb/knowledgebase.h>

#include <core/base/boundedfile.h>
#include <core/base/jsonreader.h>
#include <core/base/version.h>
#include <core/kb/kbtext.h>

#include <nlohmann/json.hpp>

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace tgs {

using json = nlohmann::json;

namespace {

QStringList subset(JsonReader &r, const json &object, const QString &pointer, const char *key,
                   const QStringList &within)
{
    const QStringList list = r.ascendingStrings(object, pointer, key);
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        if (!within.contains(list.at(i)))
            r.fail(pointer + u'/' + QLatin1String(key) + u'/' + QString::number(i),
                   KnowledgeBase::tr("\"%1\" is not in the release's \"python\" list").arg(list.at(i)));
    }
    return list;
}

// An optional object of version lists keyed by OS, e.g. {"windows": ["3.9", "3.10"]}, each
// in ascending order and, unless `within` is empty, drawn from `within`.
QMap<QString, QStringList> perOs(JsonReader &r, const json &object, const QString &pointer, const char *key,
                                 const QStringList &within)
{
    QMap<QString, QStringList> map;
    const json *value = r.member(object, pointer, key, false);
    const QString at = pointer + u'/' + QLatin1String(key);
    if (!value || r.failed() || !r.isObject(value, at))
        return map;
    r.onlyKeys(*value, at, {"linux", "windows"});
    for (const char *os : {"linux", "windows"}) {
        if (!r.failed() && value->contains(os))
            map.insert(QLatin1String(os),
                       within.isEmpty() ? r.ascendingStrings(*value, at, os) : subset(r, *value, at, os, within));
    }
    return map;
}

QStringList osList(JsonReader &r, const json &object, const QString &pointer)
{
    const QStringList list = r.strings(object, pointer, "os", false, true);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i) != QStringLiteral("linux") && list.at(i) != QStringLiteral("windows"))
            r.fail(pointer + QStringLiteral("/os/") + QString::number(i),
                   KnowledgeBase::tr("expected \"linux\" or \"windows\""));
    }
    return list;
}

QStringList sourceIds(JsonReader &r, const json &object, const QString &pointer, const QMap<QString, KbSource> &known)
{
    const QStringList ids = r.strings(object, pointer, "sources", false, true);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!known.contains(ids.at(i)))
            r.fail(pointer + QStringLiteral("/sources/") + QString::number(i),
                   KnowledgeBase::tr("names the source \"%1\", which \"sources\" does not define").arg(ids.at(i)));
    }
    return ids;
}

// "cuda_major": 12. A number that only narrows to a major (4294967308 is 12 as an int) is no CUDA major.
int cudaMajor(JsonReader &r, const json &object, const QString &pointer)
{
    const json *major = r.member(object, pointer, "cuda_major");
    if (!major)
        return 0;
    if (!major->is_number_integer()) {
        r.fail(pointer + QStringLiteral("/cuda_major"), KnowledgeBase::tr("expected an integer"));
        return 0;
    }
    // Compared as JSON stored it: a large unsigned one read as qint64 would wrap.
    const bool inRange = major->is_number_unsigned() ? major->get<quint64>() >= 1 && major->get<quint64>() <= 999
                                                     : major->get<qint64>() >= 1 && major->get<qint64>() <= 999;
    if (!inRange) {
        r.fail(pointer + QStringLiteral("/cuda_major"),
               KnowledgeBase::tr("expected a CUDA major version from 1 to 999, not %1")
                   .arg(QString::fromStdString(major->dump())));
        return 0;
    }
    return int(major->get<qint64>());
}

void notes(JsonReader &r, const json &object, const QString &pointer)
{
    if (object.contains("notes"))
        r.strings(object, pointer, "notes", false);
}

bool ascending(const QStringList &versions)
{
    for (qsizetype i = 1; i < versions.size(); ++i) {
        if (!(Version(versions.at(i - 1)) < Version(versions.at(i))))
            return false;
    }
    return true;
}

void readReleases(JsonReader &r, const json &root, KnowledgeBase &kb)
{
    const json *releases = r.member(root, QString(), "torch_releases");
    if (!r.isArray(releases, QStringLiteral("/torch_releases"), true))
        return;
    QStringList versions;
    for (size_t i = 0; i < releases->size() && !r.failed(); ++i) {
        const json &item = (*releases)[i];
        const QString at = QStringLiteral("/torch_releases/%1").arg(i);
        if (!r.isObject(&item, at))
            return;
        r.onlyKeys(item, at,
                   {"version", "released", "python", "python_os", "torchvision", "torchaudio", "pip", "pypi_default",
                    "conda_pytorch_cuda", "conda_cudatoolkit", "conda_pytorch_python", "conda_forge", "sources",
                    "notes"});
        TorchRelease release;
        release.version = r.version(item, at, "version");
        release.released = r.string(item, at, "released");
        release.python = r.strings(item, at, "python", true, true);
        release.pythonByOs = perOs(r, item, at, "python_os", release.python);
        if (r.member(item, at, "conda_pytorch_python", false))
            release.condaChannelPython = subset(r, item, at, "conda_pytorch_python", release.python);
        release.torchvision = r.version(item, at, "torchvision");
        release.torchaudio = r.version(item, at, "torchaudio", true);
        release.condaPytorchCuda = r.strings(item, at, "conda_pytorch_cuda", true);
        release.condaCudatoolkit = r.strings(item, at, "conda_cudatoolkit", true);
        release.sources = sourceIds(r, item, at, kb.sources);
        notes(r, item, at);

        const json *pip = r.member(item, at, "pip");
        const QString pipAt = at + QStringLiteral("/pip");
        if (r.isArray(pip, pipAt, true)) {
            for (size_t v = 0; v < pip->size() && !r.failed(); ++v) {
                const json &variantJson = (*pip)[v];
                const QString vAt = pipAt + u'/' + QString::number(v);
                if (!r.isObject(&variantJson, vAt))
                    break;
                r.onlyKeys(variantJson, vAt, {"id", "cuda", "cudnn", "arch", "ptx", "os"});
                PipVariant variant;
                variant.id = r.string(variantJson, vAt, "id");
                variant.cuda = r.version(variantJson, vAt, "cuda", true);
                variant.cudnn = r.version(variantJson, vAt, "cudnn", true);
                variant.arch = r.strings(variantJson, vAt, "arch", true);
                variant.ptx = r.version(variantJson, vAt, "ptx", true);
                variant.os = osList(r, variantJson, vAt);
                if (r.failed())
                    break;
                const QString expectedId = variant.isCpu() ? QStringLiteral("cpu")
                                                           : QStringLiteral("cu") + QString(variant.cuda).remove(u'.');
                if (variant.id != expectedId)
                    r.fail(vAt + QStringLiteral("/id"),
                           KnowledgeBase::tr("\"%1\" does not match its CUDA version (expected \"%2\")")
                               .arg(variant.id, expectedId));
                if (variant.isCpu() && !variant.arch.isEmpty())
                    r.fail(vAt + QStringLiteral("/arch"), KnowledgeBase::tr("the CPU build has no GPU architectures"));
                if (!variant.isCpu() && variant.arch.isEmpty())
                    r.fail(vAt + QStringLiteral("/arch"),
                           KnowledgeBase::tr("a CUDA build needs its architecture list"));
                release.pip.append(variant);
            }
        }
        if (!r.failed() && !release.variant(QStringLiteral("cpu")))
            r.fail(pipAt, KnowledgeBase::tr("every release needs its \"cpu\" variant"));
        release.pypiDefault = r.string(item, at, "pypi_default", true);
        if (!r.failed() && !release.pypiDefault.isEmpty() && !release.variant(release.pypiDefault))
            r.fail(at + QStringLiteral("/pypi_default"),
                   KnowledgeBase::tr("\"%1\" is not one of this release's variants").arg(release.pypiDefault));

        // null: conda-forge has no CUDA build of this release
        const json *forge = r.member(item, at, "conda_forge");
        if (forge && !forge->is_null())
            release.condaForge = CondaForgeBuilds{perOs(r, item, at, "conda_forge", {})};
        versions.append(release.version);
        kb.torchReleases.append(release);
    }
    if (!r.failed() && !ascending(versions))
        r.fail(QStringLiteral("/torch_releases"), KnowledgeBase::tr("releases must be listed oldest first, each once"));
}

void readCuda(JsonReader &r, const json &root, KnowledgeBase &kb)
{
    const json *list = r.member(root, QString(), "cuda_versions");
    if (!r.isArray(list, QStringLiteral("/cuda_versions"), true))
        return;
    QStringList versions;
    for (size_t i = 0; i < list->size() && !r.failed(); ++i) {
        const json &item = (*list)[i];
        const QString at = QStringLiteral("/cuda_versions/%1").arg(i);
        if (!r.isObject(&item, at))
            return;
        r.onlyKeys(item, at, {"version", "driver_min_linux", "driver_min_windows", "sources", "notes"});
        CudaRequirement cuda;
        cuda.version = r.version(item, at, "version");
        cuda.driverMinLinux = r.version(item, at, "driver_min_linux", true);
        cuda.driverMinWindows = r.version(item, at, "driver_min_windows", true);
        sourceIds(r, item, at, kb.sources);
        notes(r, item, at);
        versions.append(cuda.version);
        kb.cudaVersions.append(cuda);
    }
    if (!r.failed() && !ascending(versions))
        r.fail(QStringLiteral("/cuda_versions"),
               KnowledgeBase::tr("CUDA versions must be listed oldest first, each once"));

    const json *compat = r.member(root, QString(), "minor_version_compat");
    if (!r.isArray(compat, QStringLiteral("/minor_version_compat"), true))
        return;
    for (size_t i = 0; i < compat->size() && !r.failed(); ++i) {
        const json &item = (*compat)[i];
        const QString at = QStringLiteral("/minor_version_compat/%1").arg(i);
        if (!r.isObject(&item, at))
            return;
        r.onlyKeys(item, at, {"cuda_major", "driver_min_linux", "driver_min_windows", "sources", "notes"});
        MinorCompat entry;
        entry.cudaMajor = cudaMajor(r, item, at);
        entry.driverMinLinux = r.version(item, at, "driver_min_linux");
        entry.driverMinWindows = r.version(item, at, "driver_min_windows", true);
        sourceIds(r, item, at, kb.sources);
        notes(r, item, at);
        kb.minorCompat.append(entry);
    }
}

void readConda(JsonReader &r, const json &root, KnowledgeBase &kb)
{
    const json *toolkits = r.member(root, QString(), "conda_cudatoolkit");
    if (r.isArray(toolkits, QStringLiteral("/conda_cudatoolkit"), true)) {
        for (size_t i = 0; i < toolkits->size() && !r.failed(); ++i) {
            const json &item = (*toolkits)[i];
            const QString at = QStringLiteral("/conda_cudatoolkit/%1").arg(i);
            if (!r.isObject(&item, at))
                return;
            r.onlyKeys(item, at, {"version", "sources", "notes"});
            kb.condaCudatoolkit.append(r.version(item, at, "version"));
            sourceIds(r, item, at, kb.sources);
            notes(r, item, at);
        }
    }
    const json *cudnn = r.member(root, QString(), "conda_cudnn");
    if (!r.isArray(cudnn, QStringLiteral("/conda_cudnn"), true))
        return;
    for (size_t i = 0; i < cudnn->size() && !r.failed(); ++i) {
        const json &item = (*cudnn)[i];
        const QString at = QStringLiteral("/conda_cudnn/%1").arg(i);
        if (!r.isObject(&item, at))
            return;
        r.onlyKeys(item, at, {"version", "builds", "sources", "notes"});
        CondaCudnn entry;
        entry.version = r.version(item, at, "version");
        sourceIds(r, item, at, kb.sources);
        notes(r, item, at);
        const json *builds = r.member(item, at, "builds");
        if (r.isArray(builds, at + QStringLiteral("/builds"), true)) {
            for (size_t b = 0; b < builds->size() && !r.failed(); ++b) {
                const json &build = (*builds)[b];
                const QString bAt = at + QStringLiteral("/builds/") + QString::number(b);
                if (!r.isObject(&build, bAt))
                    break;
                r.onlyKeys(build, bAt, {"build", "cuda_major"});
                CondaCudnnBuild cb;
                cb.build = r.string(build, bAt, "build");
                cb.cudaMajor = cudaMajor(r, build, bAt);
                entry.builds.append(cb);
            }
        }
        kb.condaCudnn.append(entry);
    }
}

// A text the program shows must be plain prose (KbText). Notes and source titles are the authors' records and
// are never shown, so they may quote build scripts and version ranges.
void prose(JsonReader &r, const QString &pointer, const QString &text)
{
    if (r.failed())
        return;
    if (const std::optional<QString> problem = KbText::problem(text))
        r.fail(pointer, *problem);
}

void prose(JsonReader &r, const QString &pointer, const LocalizedText &text)
{
    prose(r, pointer + QStringLiteral("/en"), text.en);
    prose(r, pointer + QStringLiteral("/zh_CN"), text.zhCN);
}

void readArchitecturesAndTexts(JsonReader &r, const json &root, KnowledgeBase &kb)
{
    const json *archs = r.member(root, QString(), "gpu_architectures");
    if (r.isArray(archs, QStringLiteral("/gpu_architectures"), true)) {
        for (size_t i = 0; i < archs->size() && !r.failed(); ++i) {
            const json &item = (*archs)[i];
            const QString at = QStringLiteral("/gpu_architectures/%1").arg(i);
            if (!r.isObject(&item, at))
                return;
            r.onlyKeys(item, at, {"compute_capability", "name", "examples"});
            GpuArchitecture arch;
            arch.computeCapability = r.version(item, at, "compute_capability");
            arch.name = r.localized(item, at, "name");
            arch.examples = r.string(item, at, "examples");
            prose(r, at + QStringLiteral("/name"), arch.name);
            prose(r, at + QStringLiteral("/examples"), arch.examples);
            kb.gpuArchitectures.append(arch);
        }
    }
    const json *texts = r.member(root, QString(), "texts");
    if (!r.isObject(texts, QStringLiteral("/texts")))
        return;
    for (auto it = texts->begin(); it != texts->end() && !r.failed(); ++it) {
        const LocalizedText text = r.localized(*texts, QStringLiteral("/texts"), it.key().c_str());
        prose(r, QStringLiteral("/texts/") + JsonReader::pointerToken(it.key()), text);
        kb.texts.insert(QString::fromStdString(it.key()), text);
    }
    for (const QString &key : KnowledgeBase::requiredTexts()) {
        if (!r.failed() && !kb.texts.contains(key))
            r.fail(QStringLiteral("/texts"), KnowledgeBase::tr("the text \"%1\" is missing").arg(key));
    }
}

void crossCheck(JsonReader &r, const KnowledgeBase &kb)
{
    for (qsizetype i = 0; i < kb.torchReleases.size() && !r.failed(); ++i) {
        const TorchRelease &release = kb.torchReleases.at(i);
        for (qsizetype v = 0; v < release.pip.size(); ++v) {
            const PipVariant &variant = release.pip.at(v);
            if (!variant.isCpu() && !kb.cuda(variant.cuda)) {
                r.fail(QStringLiteral("/torch_releases/%1/pip/%2/cuda").arg(i).arg(v),
                       KnowledgeBase::tr("CUDA %1 is not in \"cuda_versions\"").arg(variant.cuda));
                return;
            }
        }
    }
}

} // namespace

QStringList KnowledgeBase::requiredTexts()
{
    return {QStringLiteral("route.pip"),
            QStringLiteral("route.conda-legacy"),
            QStringLiteral("route.conda-forge"),
            QStringLiteral("note.conda_channel_frozen"),
            QStringLiteral("note.wheels_bundle_cuda"),
            QStringLiteral("note.torchaudio_ended"),
            QStringLiteral("note.three_cudas")};
}

const PipVariant *TorchRelease::variant(const QString &id) const
{
    for (const PipVariant &v : pip) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

const PipVariant *TorchRelease::variantForCuda(const QString &cuda) const
{
    for (const PipVariant &v : pip) {
        if (!v.isCpu() && Version(v.cuda) == Version(cuda))
            return &v;
    }
    return nullptr;
}

QStringList TorchRelease::pythonFor(const QString &os, bool condaChannel) const
{
    if (condaChannel && !condaChannelPython.isEmpty())
        return condaChannelPython;
    return pythonByOs.value(os, python);
}

bool TorchRelease::hasPython(const QString &pythonVersion, const QString &os, bool condaChannel) const
{
    const QString wanted = Version(pythonVersion).majorMinor();
    const QStringList list = pythonFor(os, condaChannel);
    return std::any_of(list.cbegin(), list.cend(),
                       [&wanted](const QString &p) { return Version(p).majorMinor() == wanted; });
}

const TorchRelease *KnowledgeBase::release(const QString &version) const
{
    for (const TorchRelease &r : torchReleases) {
        if (Version(r.version) == Version(version))
            return &r;
    }
    return nullptr;
}

const CudaRequirement *KnowledgeBase::cuda(const QString &version) const
{
    for (const CudaRequirement &c : cudaVersions) {
        if (Version(c.version) == Version(version))
            return &c;
    }
    return nullptr;
}

const MinorCompat *KnowledgeBase::minorCompatFor(int cudaMajor) const
{
    for (const MinorCompat &m : minorCompat) {
        if (m.cudaMajor == cudaMajor)
            return &m;
    }
    return nullptr;
}

const GpuArchitecture *KnowledgeBase::architecture(const QString &computeCapability) const
{
    for (const GpuArchitecture &a : gpuArchitectures) {
        if (Version(a.computeCapability) == Version(computeCapability))
            return &a;
    }
    return nullptr;
}

QString KnowledgeBase::text(const QString &key) const
{
    return texts.value(key).current();
}

Result<KnowledgeBase> KnowledgeBase::fromJson(const QByteArray &bytes, const QString &origin)
{
    const Result<json> parsed = JsonReader::parse(bytes, origin);
    if (!parsed)
        return parsed.error();
    const json &root = *parsed;
    JsonReader r(origin);
    KnowledgeBase kb;
    kb.origin = origin;
    if (!r.isObject(&root, QString()))
        return r.error();
    r.onlyKeys(root, QString(),
               {"schema_version", "data_date", "sources", "torch_releases", "cuda_versions", "minor_version_compat",
                "conda_cudatoolkit", "conda_cudnn", "gpu_architectures", "texts"});
    r.exactInteger(root, QString(), "schema_version", kSchemaVersion);
    kb.schemaVersion = kSchemaVersion;
    kb.dataDate = r.string(root, QString(), "data_date");
    static const QRegularExpression dateRe(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!r.failed()
        && (!dateRe.match(kb.dataDate).hasMatch() || !QDate::fromString(kb.dataDate, Qt::ISODate).isValid()))
        r.fail(QStringLiteral("/data_date"), tr("expected a date like 2026-11-20"));

    const json *sources = r.member(root, QString(), "sources");
    if (r.isObject(sources, QStringLiteral("/sources"))) {
        for (auto it = sources->begin(); it != sources->end() && !r.failed(); ++it) {
            const QString at = QStringLiteral("/sources/") + JsonReader::pointerToken(it.key());
            if (!r.isObject(&*it, at))
                break;
            r.onlyKeys(*it, at, {"title", "url"});
            kb.sources.insert(QString::fromStdString(it.key()), {r.string(*it, at, "title"), r.string(*it, at, "url")});
        }
    }
    readReleases(r, root, kb);
    readCuda(r, root, kb);
    readConda(r, root, kb);
    readArchitecturesAndTexts(r, root, kb);
    crossCheck(r, kb);
    if (r.failed())
        return r.error();
    return kb;
}

Result<KnowledgeBase> KnowledgeBase::fromFile(const QString &path)
{
    // compat.json is ~110 KiB; a knowledge base has no reason to pass 1 MiB.
    const Result<QByteArray> bytes = BoundedFile::read(path, 1024 * 1024);
    if (!bytes)
        return bytes.error();
    return fromJson(*bytes, QFileInfo(path).fileName());
}

Result<KnowledgeBase> KnowledgeBase::embedded()
{
    QFile file(QStringLiteral(":/tgs/compat.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The built-in knowledge base is missing from this build.")};
    return fromJson(file.readAll(), QStringLiteral("compat.json"));
}

} // namespace tgs
