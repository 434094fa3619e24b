#pragma once

#include <core/detect/environmentreport.h>
#include <core/verify/verification.h>

#include <QCoreApplication>

namespace tgs {

// A verification in words, for the command line, the wizard's verify page and the report alike, so that
// translators see each sentence once.
class VerificationReport
{
    Q_DECLARE_TR_FUNCTIONS(tgs::VerificationReport)

public:
    // Python, torch and its versions, where it came from, whether CUDA is usable and why not, the CPU computation.
    static QList<ReportRow> rows(const Verification &v);
    // "✓ GPU 0 NVIDIA … (compute capability 8.9, 8188 MiB): matrix product 1.4 ms, cuDNN convolution 0.4 ms".
    static QString deviceLine(const VerifiedDevice &device);
    // One sentence: works on the GPU, works on the CPU of a PC without an NVIDIA GPU, or does not work.
    static QString verdict(const Verification &v, bool pcHasNvidiaGpu);
    // All of it as text: a title, "  label: value" lines, GPU lines, problems, the verdict.
    static QString toText(const Verification &v, bool pcHasNvidiaGpu);
    static QString milliseconds(const std::optional<double> &ms);
};

} // namespace tgs
