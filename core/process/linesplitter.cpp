#include <core/process/linesplitter.h>

#include <climits>
#include <utility>

namespace tgs {

LineSplitter::LineSplitter(const TextEncoding &encoding, qsizetype maxLineChars)
    : m_decoder(encoding.makeDecoder())
    , m_maxLineChars(qMax<qsizetype>(1, maxLineChars))
{}

QString LineSplitter::cutMarker(qsizetype droppedChars)
{
    return tr(" [… %n more character(s) of this line were not kept]", nullptr,
              int(qMin<qsizetype>(droppedChars, INT_MAX)));
}

QList<OutputLine> LineSplitter::feed(const QByteArray &bytes)
{
    QList<OutputLine> lines;
    split(m_decoder.decode(bytes), lines);
    return lines;
}

QList<OutputLine> LineSplitter::finish()
{
    QList<OutputLine> lines;
    split(m_decoder.decode(QByteArray()), lines);
    // A last progress state stays on the screen: nothing replaces it.
    m_pendingCr = false;
    if (!m_line.isEmpty() || m_dropped > 0)
        endLine(false, lines);
    return lines;
}

void LineSplitter::split(const QString &text, QList<OutputLine> &lines)
{
    const qsizetype size = text.size();
    qsizetype start = 0;
    if (m_pendingCr && size > 0) {
        m_pendingCr = false;
        if (text.at(0) == u'\n') {
            endLine(false, lines);
            start = 1;
        } else {
            endLine(true, lines);
        }
    }
    for (qsizetype i = start; i < size; ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r')
            continue;
        append(QStringView(text).mid(start, i - start));
        start = i + 1;
        if (c == u'\n') {
            endLine(false, lines);
        } else if (i + 1 == size) {
            m_pendingCr = true; // might be the first half of "\r\n"
        } else if (text.at(i + 1) == u'\n') {
            endLine(false, lines);
            start = ++i + 1;
        } else {
            endLine(true, lines);
        }
    }
    append(QStringView(text).mid(start));
}

void LineSplitter::append(QStringView text)
{
    const qsizetype room = m_maxLineChars - m_line.size();
    if (text.size() <= room) {
        m_line += text;
    } else {
        m_line += text.left(room);
        m_dropped += text.size() - room;
    }
}

void LineSplitter::endLine(bool progress, QList<OutputLine> &lines)
{
    QString text = std::exchange(m_line, QString());
    if (m_dropped > 0)
        text += cutMarker(std::exchange(m_dropped, 0));
    lines.append({std::move(text), progress});
}

} // namespace tgs
