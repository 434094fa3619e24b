#include <core/kb/knowledgebase.h>

#include <core/base/version.h>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace tgs {

using json = nlohmann::json;

namespace {

QString escapePointerToken(const std::string &key)
{
    QString token = QString::fromStdString(key);
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}

// Walks the document and stops at the first thing that is wrong, remembering where it was.
// Every accessor returns a harmless default once an error is recorded, so the loader reads
// straight through without a check after each field.
class Reader
{
public:
    explicit Reader(QString origin) : m_origin(std::move(origin)) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const QString &pointer, const QString &reason)
    {
        if (!m_error)
            m_error = Error{QStringLiteral("%1: %2: %3").arg(m_origin, pointer.isEmpty() ? QStringLiteral("/") : pointer, reason)};
    }

    const json *member(const json &object, const QString &pointer, const char *key, bool required = true)
    {
        if (failed())
            return nullptr;
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                fail(pointer, KnowledgeBase::tr("the required key \"%1\" is missing").arg(QLatin1String(key)));
            return nullptr;
        }
        return &*it;
    }

    void onlyKeys(const json &object, const QString &pointer, std::initializer_list<const char *> allowed)
    {
        if (failed())
            return;
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *key : allowed)
                known |= it.key() == key;
            if (!known)
                fail(pointer + u'/' + escapePointerToken(it.key()), KnowledgeBase::tr("unknown key"));
        }
    }

    bool isObject(const json *value, const QString &pointer)
    {
        if (failed() || !value)
            return false;
        if (!value->is_object()) {
            fail(pointer, KnowledgeBase::tr("expected an object"));
            return false;
        }
        return true;
    }

    bool isArray(const json *value, const QString &pointer, bool nonEmpty = false)
    {
        if (failed() || !value)
            return false;
        if (!value->is_array()) {
            fail(pointer, KnowledgeBase::tr("expected an array"));
            return false;
        }
        if (nonEmpty && value->empty()) {
            fail(pointer, KnowledgeBase::tr("expected at least one entry"));
            return false;
        }
        return true;
    }

    QString string(const json &object, const QString &pointer, const char *key, bool nullable = false)
    {
        const QString at = pointer + u'/' + QLatin1String(key);
        const json *value = member(object, pointer, key);
        if (!value)
            return {};
        if (nullable && value->is_null())
            return {};
        if (!value->is_string() || value->get<std::string>().empty()) {
            fail(at, nullable ? KnowledgeBase::tr("expected a non-empty string or null") : KnowledgeBase::tr("expected a non-empty string"));
            return {};
        }
        return QString::fromStdString(value->get<std::string>());
    }

    QString version(const json &object, const QString &pointer, const char *key, bool nullable = false)
    {
        const QString text = string(object, pointer, key, nullable);
        static const QRegularExpression re(QStringLiteral(R"(^\d+(\.\d+)+$)"));
        if (!text.isEmpty() && !re.match(text).hasMatch())
            fail(pointer + u'/' + QLatin1String(key), KnowledgeBase::tr("expected a version like \"12.4\", not \"%1\"").arg(text));
        return text;
    }

    QStringList strings(const json &object, const QString &pointer, const char *key, bool versions, bool nonEmpty = false)
    {
        const QString at = pointer + u'/' + QLatin1String(key);
        const json *value = member(object, pointer, key);
        QStringList list;
        if (!isArray(value, at, nonEmpty))
            return list;
        static const QRegularExpression re(QStringLiteral(R"(^\d+(\.\d+)+$)"));
        for (size_t i = 0; i < value->size(); ++i) {
            const json &item = (*value)[i];
            const QString itemAt = at + u'/' + QString::number(i);
            if (!item.is_string()) {
                fail(itemAt, KnowledgeBase::tr("expected a string"));
                return list;
            }
            const QString text = QString::fromStdString(item.get<std::string>());
            if (versions && !re.match(text).hasMatch()) {
                fail(itemAt, KnowledgeBase::tr("expected a version like \"12.4\", not \"%1\"").arg(text));
                return list;
            }
            list.append(text);
        }
        return list;
    }

    // An optional object of version lists keyed by OS, e.g. {"windows": ["3.9", "3.10"]}, each
    // in ascending order and, unless `within` is empty, drawn from `within`.
    QMap<QString, QStringList> perOs(const json &object, const QString &pointer, const char *key, const QStringList &within)
    {
        QMap<QString, QStringList> map;
        const json *value = member(object, pointer, key, false);
        const QString at = pointer + u'/' + QLatin1String(key);
        if (!value || failed() || !isObject(value, at))
            return map;
        onlyKeys(*value, at, {"linux", "windows"});
        for (const char *os : {"linux", "windows"}) {
            if (!failed() && value->contains(os))
                map.insert(QLatin1String(os), within.isEmpty() ? ascendingStrings(*value, at, os) : subset(*value, at, os, within));
        }
        return map;
    }
    QStringList ascendingStrings(const json &object, const QString &pointer, const char *key)
    {
        const QStringList list = strings(object, pointer, key, true);
        for (qsizetype i = 1; i < list.size() && !failed(); ++i) {
            if (!(Version(list.at(i - 1)) < Version(list.at(i))))
                fail(pointer + u'/' + QLatin1String(key), KnowledgeBase::tr("versions must be listed oldest first, each once"));
        }
        return list;
    }
    QStringList subset(const json &object, const QString &pointer, const char *key, const QStringList &within)
    {
        const QStringList list = ascendingStrings(object, pointer, key);
        for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
            if (!within.contains(list.at(i)))
                fail(pointer + u'/' + QLatin1String(key) + u'/' + QString::number(i),
                     KnowledgeBase::tr("\"%1\" is not in the release's \"python\" list").arg(list.at(i)));
        }
        return list;
    }
    QStringList osList(const json &object, const QString &pointer)
    {
        const QStringList list = strings(object, pointer, "os", false, true);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i) != QStringLiteral("linux") && list.at(i) != QStringLiteral("windows"))
                fail(pointer + QStringLiteral("/os/") + QString::number(i), KnowledgeBase::tr("expected \"linux\" or \"windows\""));
        }
        return list;
    }

    QStringList sourceIds(const json &object, const QString &pointer, const QMap<QString, KbSource> &known)
    {
        const QStringList ids = strings(object, pointer, "sources", false, true);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (!known.contains(ids.at(i)))
                fail(pointer + QStringLiteral("/sources/") + QString::number(i),
                     KnowledgeBase::tr("names the source \"%1\", which \"sources\" does not define").arg(ids.at(i)));
        }
        return ids;
    }

    LocalizedText localized(const json &object, const QString &pointer, const char *key)
    {
        const QString at = pointer + u'/' + escapePointerToken(key);
        const json *value = member(object, pointer, key);
        if (!isObject(value, at))
            return {};
        onlyKeys(*value, at, {"en", "zh_CN"});
        LocalizedText text;
        text.en = string(*value, at, "en");
        text.zhCN = string(*value, at, "zh_CN");
        return text;
    }

    void notes(const json &object, const QString &pointer)
    {
        if (object.contains("notes"))
            strings(object, pointer, "notes", false);
    }

private:
    QString m_origin;
    std::optional<Error> m_error;
};

bool ascending(const QStringList &versions)
{
    for (qsizetype i = 1; i < versions.size(); ++i) {
        if (!(Version(versions.at(i - 1)) < Version(versions.at(i))))
            return false;
    }
    return true;
}

void readReleases(Reader &r, const json &root, KnowledgeBase &kb)
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
        r.onlyKeys(item, at, {"version", "released", "python", "python_os", "torchvision", "torchaudio", "pip", "pypi_default",
                              "conda_pytorch_cuda", "conda_cudatoolkit", "conda_pytorch_python", "conda_forge", "sources", "notes"});
        TorchRelease release;
        release.version = r.version(item, at, "version");
        release.released = r.string(item, at, "released");
        release.python = r.strings(item, at, "python", true, true);
        release.pythonByOs = r.perOs(item, at, "python_os", release.python);
        if (r.member(item, at, "conda_pytorch_python", false))
            release.condaChannelPython = r.subset(item, at, "conda_pytorch_python", release.python);
        release.torchvision = r.version(item, at, "torchvision");
        release.torchaudio = r.version(item, at, "torchaudio", true);
        release.condaPytorchCuda = r.strings(item, at, "conda_pytorch_cuda", true);
        release.condaCudatoolkit = r.strings(item, at, "conda_cudatoolkit", true);
        release.sources = r.sourceIds(item, at, kb.sources);
        r.notes(item, at);

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
                variant.os = r.osList(variantJson, vAt);
                if (r.failed())
                    break;
                const QString expectedId = variant.isCpu() ? QStringLiteral("cpu") : QStringLiteral("cu") + QString(variant.cuda).remove(u'.');
                if (variant.id != expectedId)
                    r.fail(vAt + QStringLiteral("/id"), KnowledgeBase::tr("\"%1\" does not match its CUDA version (expected \"%2\")").arg(variant.id, expectedId));
                if (variant.isCpu() && !variant.arch.isEmpty())
                    r.fail(vAt + QStringLiteral("/arch"), KnowledgeBase::tr("the CPU build has no GPU architectures"));
                if (!variant.isCpu() && variant.arch.isEmpty())
                    r.fail(vAt + QStringLiteral("/arch"), KnowledgeBase::tr("a CUDA build needs its architecture list"));
                release.pip.append(variant);
            }
        }
        if (!r.failed() && !release.variant(QStringLiteral("cpu")))
            r.fail(pipAt, KnowledgeBase::tr("every release needs its \"cpu\" variant"));
        release.pypiDefault = r.string(item, at, "pypi_default", true);
        if (!r.failed() && !release.pypiDefault.isEmpty() && !release.variant(release.pypiDefault))
            r.fail(at + QStringLiteral("/pypi_default"), KnowledgeBase::tr("\"%1\" is not one of this release's variants").arg(release.pypiDefault));

        // null: conda-forge has no CUDA build of this release
        const json *forge = r.member(item, at, "conda_forge");
        if (forge && !forge->is_null())
            release.condaForge = CondaForgeBuilds{r.perOs(item, at, "conda_forge", {})};
        versions.append(release.version);
        kb.torchReleases.append(release);
    }
    if (!r.failed() && !ascending(versions))
        r.fail(QStringLiteral("/torch_releases"), KnowledgeBase::tr("releases must be listed oldest first, each once"));
}

void readCuda(Reader &r, const json &root, KnowledgeBase &kb)
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
        r.sourceIds(item, at, kb.sources);
        r.notes(item, at);
        versions.append(cuda.version);
        kb.cudaVersions.append(cuda);
    }
    if (!r.failed() && !ascending(versions))
        r.fail(QStringLiteral("/cuda_versions"), KnowledgeBase::tr("CUDA versions must be listed oldest first, each once"));

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
        const json *major = r.member(item, at, "cuda_major");
        if (major && !major->is_number_integer())
            r.fail(at + QStringLiteral("/cuda_major"), KnowledgeBase::tr("expected an integer"));
        entry.cudaMajor = major && major->is_number_integer() ? major->get<int>() : 0;
        entry.driverMinLinux = r.version(item, at, "driver_min_linux");
        entry.driverMinWindows = r.version(item, at, "driver_min_windows", true);
        r.sourceIds(item, at, kb.sources);
        r.notes(item, at);
        kb.minorCompat.append(entry);
    }
}

void readConda(Reader &r, const json &root, KnowledgeBase &kb)
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
            r.sourceIds(item, at, kb.sources);
            r.notes(item, at);
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
        r.sourceIds(item, at, kb.sources);
        r.notes(item, at);
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
                const json *major = r.member(build, bAt, "cuda_major");
                if (major && !major->is_number_integer())
                    r.fail(bAt + QStringLiteral("/cuda_major"), KnowledgeBase::tr("expected an integer"));
                cb.cudaMajor = major && major->is_number_integer() ? major->get<int>() : 0;
                entry.builds.append(cb);
            }
        }
        kb.condaCudnn.append(entry);
    }
}

void readArchitecturesAndTexts(Reader &r, const json &root, KnowledgeBase &kb)
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
            kb.gpuArchitectures.append(arch);
        }
    }
    const json *texts = r.member(root, QString(), "texts");
    if (!r.isObject(texts, QStringLiteral("/texts")))
        return;
    for (auto it = texts->begin(); it != texts->end() && !r.failed(); ++it)
        kb.texts.insert(QString::fromStdString(it.key()), r.localized(*texts, QStringLiteral("/texts"), it.key().c_str()));
    for (const QString &key : KnowledgeBase::requiredTexts()) {
        if (!r.failed() && !kb.texts.contains(key))
            r.fail(QStringLiteral("/texts"), KnowledgeBase::tr("the text \"%1\" is missing").arg(key));
    }
}

void crossCheck(Reader &r, const KnowledgeBase &kb)
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

QString LocalizedText::current() const
{
    return QLocale().language() == QLocale::Chinese && !zhCN.isEmpty() ? zhCN : en;
}

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
    return std::any_of(list.cbegin(), list.cend(), [&wanted](const QString &p) { return Version(p).majorMinor() == wanted; });
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
    json root;
    // The one place that catches JSON exceptions: nlohmann reports where parsing stopped.
    try {
        root = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const json::parse_error &e) {
        return Error{tr("%1: not valid JSON (byte %2): %3").arg(origin).arg(e.byte).arg(QString::fromUtf8(e.what()))};
    } catch (const json::exception &e) {
        return Error{tr("%1: not valid JSON: %2").arg(origin, QString::fromUtf8(e.what()))};
    }

    Reader r(origin);
    KnowledgeBase kb;
    kb.origin = origin;
    if (!r.isObject(&root, QString()))
        return r.error();
    r.onlyKeys(root, QString(), {"schema_version", "data_date", "sources", "torch_releases", "cuda_versions",
                                 "minor_version_compat", "conda_cudatoolkit", "conda_cudnn", "gpu_architectures", "texts"});
    const json *schema = r.member(root, QString(), "schema_version");
    if (schema && (!schema->is_number_integer() || schema->get<int>() != kSchemaVersion)) {
        r.fail(QStringLiteral("/schema_version"),
               tr("schema version %1 is not the one this program reads (%2)").arg(QString::fromStdString(schema->dump())).arg(kSchemaVersion));
    }
    kb.schemaVersion = kSchemaVersion;
    kb.dataDate = r.string(root, QString(), "data_date");
    static const QRegularExpression dateRe(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!r.failed() && !dateRe.match(kb.dataDate).hasMatch())
        r.fail(QStringLiteral("/data_date"), tr("expected a date like 2026-11-20"));

    const json *sources = r.member(root, QString(), "sources");
    if (r.isObject(sources, QStringLiteral("/sources"))) {
        for (auto it = sources->begin(); it != sources->end() && !r.failed(); ++it) {
            const QString at = QStringLiteral("/sources/") + escapePointerToken(it.key());
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot be read: %2").arg(path, file.errorString())};
    return fromJson(file.readAll(), QFileInfo(path).fileName());
}

Result<KnowledgeBase> KnowledgeBase::embedded()
{
    QFile file(QStringLiteral(":/tgs/compat.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The built-in knowledge base is missing from this build.")};
    return fromJson(file.readAll(), QStringLiteral("compat.json"));
}

} // namespace tgs
