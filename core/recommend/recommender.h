#pragma once

#include <core/base/result.h>
#include <core/kb/knowledgebase.h>
#include <core/recommend/facts.h>
#include <core/recommend/fit.h>
#include <core/recommend/recommendation.h>

#include <QCoreApplication>

namespace tgs {

// The rule: the newest torch that has a wheel for the Python version, whose CUDA variant the
// driver can run, and whose architecture list covers every detected GPU; within that release,
// the newest CUDA the driver can run. No NVIDIA GPU: the CPU build. Wishes are honoured and
// warned about, never silently changed.
class Recommender
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Recommender)

public:
    explicit Recommender(const KnowledgeBase &kb);

    Result<Recommendation> recommend(const Facts &facts, const Wishes &wishes) const;

    QString driverMinimum(const QString &cuda, Platform::Os os) const { return tgs::driverMinimum(m_kb, cuda, os); }
    using ArchFit = tgs::ArchFit;
    static ArchFit archFit(const PipVariant &variant, const QString &computeCapability)
    {
        return tgs::archFit(variant, computeCapability);
    }

private:
    const KnowledgeBase &m_kb;
};

} // namespace tgs
