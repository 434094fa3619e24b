#include <core/process/linesplitter.h>

namespace tgs {

LineSplitter::LineSplitter(const TextEncoding &encoding)
    : m_decoder(encoding.makeDecoder())
{}

QList<OutputLine> LineSplitter::feed(const QByteArray &bytes)
{
    m_pending += m_decoder.decode(bytes);
    return split(false);
}

QList<OutputLine> LineSplitter::finish()
{
    m_pending += m_decoder.decode(QByteArray());
    return split(true);
}

QList<OutputLine> LineSplitter::split(bool atEnd)
{
    QList<OutputLine> lines;
    qsizetype start = 0;
    const qsizetype size = m_pending.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = m_pending.at(i);
        if (c == u'\n') {
            lines.append({m_pending.mid(start, i - start), false});
            start = i + 1;
        } else if (c == u'\r') {
            if (i + 1 == size && !atEnd)
                break; // might be the first half of "\r\n"
            if (i + 1 < size && m_pending.at(i + 1) == u'\n') {
                lines.append({m_pending.mid(start, i - start), false});
                ++i;
            } else {
                lines.append({m_pending.mid(start, i - start), true});
            }
            start = i + 1;
        }
    }
    m_pending.remove(0, start);
    if (atEnd && !m_pending.isEmpty()) {
        lines.append({m_pending, false});
        m_pending.clear();
    }
    return lines;
}

} // namespace tgs
