#pragma once

#include <core/detect/environment.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tgs {

// What detection found, in a few plain sentences for a first-time user, each marked good, a warning, bad or
// for information: the GPU, the driver and the newest CUDA it runs, conda, and every PyTorch found and whether
// it can use the GPU. The wizard shows it above the details.
struct SummaryLine
{
    enum class Mark { Good, Warning, Bad, Info };
    Mark mark = Mark::Info;
    QString text;
};

class EnvironmentSummary
{
    Q_DECLARE_TR_FUNCTIONS(tgs::EnvironmentSummary)

public:
    static QList<SummaryLine> lines(const Environment &environment);
    static QString symbol(SummaryLine::Mark mark); // ✓ ⚠ ✗ ℹ
    // "the `pytorch` environment", "the Python on PATH (/usr/bin/python3)"
    static QString placeOf(const PythonInfo &python);
};

} // namespace tgs
