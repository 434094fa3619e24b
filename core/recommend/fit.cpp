#include <core/recommend/fit.h>

#include <core/base/version.h>

namespace tgs {

ArchFit archFit(const PipVariant &variant, const QString &computeCapability)
{
    if (variant.isCpu())
        return ArchFit::Missing;
    if (computeCapability.isEmpty() || variant.arch.isEmpty())
        return ArchFit::Unknown;
    const Version cc(computeCapability);
    for (const QString &arch : variant.arch) {
        const Version a(arch);
        if (a.major() == cc.major() && a.minor() <= cc.minor())
            return ArchFit::Native;
    }
    if (!variant.ptx.isEmpty() && Version(variant.ptx) <= cc)
        return ArchFit::Ptx;
    return ArchFit::Missing;
}

QString driverMinimum(const KnowledgeBase &kb, const QString &cuda, Platform::Os os)
{
    const Version version(cuda);
    if (version.major() >= 11) {
        if (const MinorCompat *compat = kb.minorCompatFor(version.major())) {
            if (os == Platform::Os::Windows && !compat->driverMinWindows.isEmpty())
                return compat->driverMinWindows;
            return compat->driverMinLinux;
        }
    }
    if (const CudaRequirement *requirement = kb.cuda(cuda)) {
        if (os == Platform::Os::Windows && !requirement->driverMinWindows.isEmpty())
            return requirement->driverMinWindows;
        return requirement->driverMinLinux;
    }
    return {};
}

FitCheck::FitCheck(const KnowledgeBase &kb, const Facts &facts)
    : m_kb(kb)
    , m_facts(facts)
{}

QString FitCheck::driverMinimum(const QString &cuda) const
{
    return tgs::driverMinimum(m_kb, cuda, m_facts.os);
}

bool FitCheck::driverOk(const PipVariant &v) const
{
    if (m_facts.driver.isEmpty())
        return true;
    if (!m_facts.driverCuda.isEmpty() && Version(m_facts.driverCuda) >= Version(Version(v.cuda).majorMinor()))
        return true;
    const QString minimum = driverMinimum(v.cuda);
    return minimum.isEmpty() || Version(m_facts.driver) >= Version(minimum);
}

QList<Facts::Gpu> FitCheck::gpusMissing(const PipVariant &v) const
{
    QList<Facts::Gpu> missing;
    for (const Facts::Gpu &gpu : m_facts.gpus) {
        if (archFit(v, gpu.computeCapability) == ArchFit::Missing)
            missing.append(gpu);
    }
    return missing;
}

int FitCheck::gpusCovered(const PipVariant &v) const
{
    return int(m_facts.gpus.size() - gpusMissing(v).size());
}

bool FitCheck::works(const PipVariant &v, bool cpuWished) const
{
    if (v.isCpu())
        return !hasGpu() || cpuWished;
    return hasGpu() && driverOk(v) && gpusMissing(v).isEmpty();
}

} // namespace tgs
