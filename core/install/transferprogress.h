#pragma once

#include <core/base/bytesize.h>
#include <core/process/linesplitter.h>

#include <QString>

#include <optional>

namespace tgs {

// How far a download inside an install step has come, as read from the tool's own output.
struct TransferProgress
{
    QString item;      // the package or file being downloaded; empty when the tool did not say
    qint64 done = -1;  // bytes so far; -1 when the tool gives only a percentage
    qint64 total = -1; // bytes in all; -1 when unknown
    int percent = -1;  // 0–100; -1 when unknown
};

// Reads the progress lines of pip and conda, one step's output at a time (it remembers the file that pip
// announced last, so that a later "Progress N of M" line can name it).
//
// pip (src/pip/_internal/cli/progress_bars.py, pip 24.1+ with --progress-bar raw):
//     Downloading https://download.pytorch.org/whl/cu118/torch-2.1.2%2Bcu118-cp311-cp311-win_amd64.whl (2722.7 MB)
//     Progress 17825792 of 2722746368
// conda (tqdm bars, one `\r` update each; conda 4.x–24.x):
//     pytorch-1.9.0        | 871.6 MB  | 4          |   5%
class TransferProgressReader
{
public:
    std::optional<TransferProgress> read(const OutputLine &line);
    void reset() { *this = {}; }

    // "871.6 MB", "714 KB", "31 kB", "1.19 GB" → bytes (pip counts in powers of 1000, conda's tqdm in 1024).
    static qint64 parseSize(const QString &text, int base);

private:
    QString m_item;
    qint64 m_itemSize = -1;
};

} // namespace tgs
