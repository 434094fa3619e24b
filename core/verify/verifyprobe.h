#pragma once

#include <core/base/platform.h>
#include <core/process/processrunner.h>
#include <core/verify/verification.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tgs {

// The verification probe: resources/verify_probe.py run by the environment's own Python. It prints one line
// "TGS-VERIFY <stage> <json>" per stage (python, import, cuda, device…, cpu, done), so a run that crashes or hangs
// half-way still tells what it learnt before.
class VerifyProbe
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Verifier)

public:
    // The probe for `python`, with UTF-8 I/O, no user site-packages and PATH prepended (a conda environment's
    // Library\bin on Windows, for its DLLs).
    static ProcessSpec spec(const Platform &platform, const QString &python, const QStringList &prependPath,
                            int timeoutMs);
    // Fills `v` from what the probe printed (pure: any text in, never throws); returns the stages it read.
    static QStringList parse(const QString &output, Verification &v);
    // The run's end as problems: not started, timed out or crashed in a named stage, garbage instead of stages.
    static void interpret(const ProcessResult &result, const QString &python, Verification &v);
};

} // namespace tgs
