#include <core/base/textmatch.h>

#include <QStringList>

namespace tgs::text {

namespace {

QChar asciiQuote(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201A: // ‚
    case 0x201B: // ‛
    case 0x2032: // ′
    case 0x00B4: // ´
    case 0x0060: // `
        return u'\'';
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x2033: // ″
        return u'"';
    default:
        return c;
    }
}

} // namespace

QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'>')
            continue;
        out.append(asciiQuote(c).toCaseFolded());
    }
    return out;
}

bool containsPhrase(const QString &text, const QString &phrase)
{
    return fold(text).contains(fold(phrase));
}

bool anyLineStartsWith(const QString &text, const QString &prefix)
{
    for (QString line : text.split(u'\n')) {
        for (QChar &c : line)
            c = asciiQuote(c);
        while (!line.isEmpty() && (line.front().isSpace() || line.front() == u'>'))
            line.remove(0, 1);
        if (line.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace tgs::text
