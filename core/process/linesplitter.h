#pragma once

#include <core/process/textdecoder.h>

#include <QCoreApplication>
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
//
// Framing is linear in the bytes fed: every character is looked at once, however the stream is
// cut into reads. One line holds at most `maxLineChars` characters: the rest of a longer line
// (a 50 MB blob without a newline) is dropped as it arrives and the line, when it ends, carries
// a marker saying how many characters were cut. So memory stays bounded by the cap and one read,
// and the transcript keeps the line's beginning, where an error message usually is.
// At the end of the stream, a last line ended by a bare "\r" is what a terminal shows: it comes
// as a final line, not as a progress update (an empty one comes not at all).
class LineSplitter
{
    Q_DECLARE_TR_FUNCTIONS(tgs::LineSplitter)

public:
    static constexpr qsizetype kDefaultMaxLineChars = 4 * 1024 * 1024;

    explicit LineSplitter(const TextEncoding &encoding = TextEncoding::utf8(),
                          qsizetype maxLineChars = kDefaultMaxLineChars);

    QList<OutputLine> feed(const QByteArray &bytes);
    // Ends the stream: returns the unterminated last line, if any.
    QList<OutputLine> finish();

    // What a line cut at the cap ends with.
    static QString cutMarker(qsizetype droppedChars);

private:
    void split(const QString &text, QList<OutputLine> &lines);
    void append(QStringView text);
    void endLine(bool progress, QList<OutputLine> &lines);

    QStringDecoder m_decoder;
    qsizetype m_maxLineChars;
    QString m_line;          // the current, unterminated line (at most m_maxLineChars)
    qsizetype m_dropped = 0; // characters of the current line beyond the cap
    bool m_pendingCr = false;
};

} // namespace tgs
