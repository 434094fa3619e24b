#pragma once

#include <core/detect/environment.h>
#include <core/detect/probes/probe.h>
#include <core/detect/problem.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tgs {

struct PythonProbeReport
{
    QString executable; // sys.executable, the real interpreter behind a shim or launcher
    QString version;
    std::optional<TorchInfo> torch;
    QString torchImportError;
};

struct PyLauncherEntry
{
    QString tag; // "3.12", "3.9-64", "ContinuumAnalytics/Anaconda39-64"
    QString path;
};

class PythonParser
{
    Q_DECLARE_TR_FUNCTIONS(tgs::PythonParser)

public:
    // The line our probe script (resources/torch_probe.py) prints, after anything a
    // sitecustomize or a warning may print first:
    //   TGS-PROBE-JSON: {"executable": "/usr/bin/python3", "version": "3.11.2", "torch": {...}}
    static ProbeResult<PythonProbeReport> parseProbeOutput(const QString &output);

    // `py -0p` of the Windows launcher; the old (<= 3.10) and new shapes:
    //    -3.9-64 *        C:\Python39\python.exe
    //    -V:3.12 *        C:\Users\me\AppData\Local\Programs\Python\Python312\python.exe
    static QList<PyLauncherEntry> parsePyLauncherList(const QString &output);

    static QString probeMarker();
};

// The commands: the quick phase runs resources/python_quick.py (which Python, and the torch
// packages read from disk), the deep phase resources/torch_probe.py (imports torch, asks CUDA).
// Both from a temporary folder, so that a ./torch folder cannot shadow the real one.
class PythonProbe
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Detector)

public:
    enum class Phase { Quick, Deep };
    // `prependPath`: what `conda activate` would put in front of PATH (an env's DLLs on Windows).
    static ProcessSpec spec(Phase phase, const Platform &platform, const QString &python,
                            const QStringList &prependPath, int timeoutMs);
    static QString displayCommand(Phase phase, const QString &python);
    static ProbeResult<PythonProbeReport> interpret(const ProcessResult &result, const QString &python);
};

} // namespace tgs
