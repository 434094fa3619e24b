#pragma once

#include <core/base/platform.h>
#include <core/base/result.h>
#include <core/detect/environment.h>
#include <core/verify/verification.h>

#include <QObject>

#include <optional>

namespace tgs {

class ProcessRunner;
struct OutputLine;

struct VerifyOptions
{
    Platform platform = Platform::current();
    // CUDA's first start compiles PTX for a GPU newer than the wheel's kernels: minutes, not seconds.
    int timeoutMs = 300000;
};

// Verifies the PyTorch of one environment by running resources/verify_probe.py inside it. Its answer is always a
// Verification: a probe that cannot start, hangs, crashes or prints garbage is a problem in it, never an error.
class Verifier : public QObject
{
    Q_OBJECT

public:
    explicit Verifier(QObject *parent = nullptr);
    ~Verifier() override;

    // The Python a target stands for: the executable itself; a prefix's python (bin/python, python.exe,
    // Scripts\python.exe); a conda environment's by name, from conda's list of environments.
    static Result<QString> pythonFor(const VerifyTarget &target, const Platform &platform,
                                     const std::optional<CondaInfo> &conda);
    // Runs the check and waits for it.
    static Verification verify(const VerifyTarget &target, const VerifyOptions &options,
                               const std::optional<CondaInfo> &conda = std::nullopt);

    // The same, in the background: outputLine for each line the probe prints, then finished.
    void start(const VerifyTarget &target, const VerifyOptions &options,
               const std::optional<CondaInfo> &conda = std::nullopt);
    void cancel();
    bool isRunning() const;

signals:
    void outputLine(const QString &text);
    void finished(const tgs::Verification &verification);

private:
    ProcessRunner *m_runner = nullptr;
    Verification m_current;
    QString m_python;
};

} // namespace tgs

Q_DECLARE_METATYPE(tgs::Verification)
