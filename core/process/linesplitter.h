#pragma once

#include <core/process/textdecoder.h>

#include <QList>
#include <QString>
#include <QStringDecoder>

namespace tgs {

// One decoded line of a child's output. A line ended by a bare '\r' is a progress update
// that the next line replaces (pip and conda draw progress bars that way).
struct OutputLine
{
    QString text;
    bool progress = false;

    bool operator==(const OutputLine &other) const = default;
};

// Turns a byte stream that arrives in arbitrary chunks into lines: one stateful decoder per
// stream (a multi-byte character may be split between reads), then framing on "\n", "\r\n"
// and bare "\r". A "\r" at the end of a chunk is held back until we know whether "\n" follows.
class LineSplitter
{
public:
    explicit LineSplitter(const TextEncoding &encoding = TextEncoding::utf8());

    QList<OutputLine> feed(const QByteArray &bytes);
    // Ends the stream: returns the unterminated last line, if any.
    QList<OutputLine> finish();

private:
    QList<OutputLine> split(bool atEnd);

    QStringDecoder m_decoder;
    QString m_pending;
};

} // namespace tgs
