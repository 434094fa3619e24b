#pragma once

#include <core/kb/knowledgebase.h>
#include <core/recommend/facts.h>

#include <QList>
#include <QString>

namespace tgs {

// How a GPU runs a build's code: SASS of the same major and a lower-or-equal minor, or PTX of a
// lower-or-equal capability (compiled at first start).
enum class ArchFit { Native, Ptx, Missing, Unknown };

ArchFit archFit(const PipVariant &variant, const QString &computeCapability);

// The lowest driver that runs builds made with `cuda` (minor-version compatibility from CUDA 11
// on, the toolkit's own minimum before), or empty if unknown.
QString driverMinimum(const KnowledgeBase &kb, const QString &cuda, Platform::Os os);

// The one judgement of whether a build works on this computer: the driver runs it, and it has
// code for every GPU. Everything the recommender says about fit comes from here.
class FitCheck
{
public:
    FitCheck(const KnowledgeBase &kb, const Facts &facts);

    bool hasGpu() const { return !m_facts.gpus.isEmpty() || !m_facts.driver.isEmpty(); }
    QString driverMinimum(const QString &cuda) const;
    // No driver yet counts as running: the user installs a current one (warned about).
    bool driverOk(const PipVariant &variant) const;
    // The GPUs the build has no code for, in the facts' order.
    QList<Facts::Gpu> gpusMissing(const PipVariant &variant) const;
    int gpusCovered(const PipVariant &variant) const;
    // A CUDA build works when the driver runs it and it covers every GPU; the CPU build works
    // without an NVIDIA GPU, or when the CPU build is what the user asked for.
    bool works(const PipVariant &variant, bool cpuWished) const;

private:
    const KnowledgeBase &m_kb;
    const Facts &m_facts;
};

} // namespace tgs
