#include <core/recommend/facts.h>

#include <core/base/version.h>

#include <QRegularExpression>

namespace tgs {

namespace {

class FactsText
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Recommender)

public:
    static QString firstPython(const QString &executable) { return tr("the first Python found, %1").arg(executable); }
};

} // namespace

Facts Facts::fromEnvironment(const Environment &e, Platform::Os os)
{
    Facts facts;
    facts.os = os;
    if (e.driver) {
        facts.driver = e.driver->version;
        facts.driverSource = e.driver->source;
        facts.driverCuda = e.driver->cudaVersion;
        facts.driverCudaSource = e.driver->cudaSource;
    }
    for (const GpuInfo &gpu : e.gpus) {
        Gpu g{gpu.name, gpu.computeCapability};
        // Old drivers cannot report the capability; an installed CUDA torch can.
        for (const PythonInfo &python : e.pythons) {
            if (!g.computeCapability.isEmpty() || !python.torch)
                continue;
            for (const TorchDevice &device : python.torch->devices) {
                if (device.name == gpu.name)
                    g.computeCapability = device.capability;
            }
        }
        facts.gpus.append(g);
        facts.gpuSource = gpu.source;
    }
    if (!e.pythons.isEmpty()) {
        facts.python = Version(e.pythons.first().version).majorMinor();
        facts.pythonSource = FactsText::firstPython(e.pythons.first().executable);
    }
    return facts;
}

bool isDriverVersion(const QString &text)
{
    static const QRegularExpression driver(QStringLiteral(R"(^\d{2,4}(\.\d{1,5}){0,3}$)"));
    return driver.match(text).hasMatch();
}

QString normalizedComputeCapability(const QString &text)
{
    static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,2})\.(\d)$)"));
    static const QRegularExpression sm(QStringLiteral(R"(^(?:sm_?)?(\d{1,2})(\d)[af]?$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    for (const QRegularExpression *re : {&dotted, &sm}) {
        const QRegularExpressionMatch match = re->match(trimmed);
        if (match.hasMatch() && match.captured(1).toInt() > 0)
            return QString::number(match.captured(1).toInt()) + u'.' + match.captured(2);
    }
    return {};
}

bool isPythonVersion(const QString &text)
{
    static const QRegularExpression python(QStringLiteral(R"(^[23]\.\d{1,2}(\.\d{1,3})?$)"));
    return python.match(text).hasMatch();
}

Facts factsWithOverrides(const std::optional<Environment> &environment, Platform::Os os, const FactOverrides &o)
{
    Facts facts = environment ? Facts::fromEnvironment(*environment, os) : Facts{};
    facts.os = os;
    if (o.driver == QStringLiteral("none")) {
        facts.driver.clear();
        facts.driverCuda.clear();
        if (o.computeCapabilities.isEmpty())
            facts.gpus.clear();
    } else if (!o.driver.isEmpty()) {
        facts.driver = o.driver;
        facts.driverSource = o.source;
        facts.driverCuda.clear(); // the detected driver's CUDA belongs to the detected driver
    }
    if (!o.computeCapabilities.isEmpty()) {
        facts.gpus.clear();
        for (const QString &cc : o.computeCapabilities)
            facts.gpus.append({QString(), cc});
        facts.gpuSource = o.source;
    }
    if (!o.python.isEmpty()) {
        facts.python = o.python;
        facts.pythonSource = o.source;
    }
    return facts;
}

} // namespace tgs
