#pragma once

#include <core/base/platform.h>
#include <core/detect/problem.h>
#include <core/process/processrunner.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgs {

// What every probe shares: how its process is set up, and how a run that printed nothing
// worth parsing becomes a problem the user can act on.
class Probe
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Detector)

public:
    // The program with the platform's environment, an English C locale and a time-out.
    static ProcessSpec spec(const Platform &platform, const QString &program, const QStringList &arguments,
                            int timeoutMs);
    // A run that timed out, crashed, could not start or was canceled; nothing for one that exited.
    static std::optional<ProbeError> runFailure(const ProcessResult &result, const QString &tool);
    static QString firstLine(const QString &text);
    // A script of ours (a Qt resource, e.g. ":/tgs/torch_probe.py") run by `python -c`, with `argument` after it:
    // UTF-8 I/O, unbuffered, in the temporary folder, with `prependPath` in front of PATH (a conda environment's
    // DLL folders on Windows).
    static ProcessSpec pythonScript(const Platform &platform, const QString &python, const QString &scriptResource,
                                    const QString &argument, const QStringList &prependPath, int timeoutMs);
    // Version files and headers are a few KiB; nothing larger is read.
    static std::optional<QByteArray> readSmallFile(const QString &path);
};

} // namespace tgs
