#include <core/base/version.h>

namespace tgs {

Version::Version(const QString &text)
    : m_text(text.trimmed())
{
    QString core = m_text;
    const qsizetype plus = core.indexOf(u'+');
    if (plus >= 0)
        core.truncate(plus);
    for (const QString &piece : core.split(u'.')) {
        qsizetype digits = 0;
        while (digits < piece.size() && piece.at(digits).isDigit())
            ++digits;
        if (digits == 0)
            break;
        m_parts.append(piece.left(digits).toInt());
        if (digits < piece.size())
            break; // "0a0": the pre-release part ends the comparable numbers
    }
}

QString Version::majorMinor() const
{
    return QStringLiteral("%1.%2").arg(major()).arg(minor());
}

int Version::compare(const Version &other) const
{
    const qsizetype n = qMax(m_parts.size(), other.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int a = part(int(i));
        const int b = other.part(int(i));
        if (a != b)
            return a < b ? -1 : 1;
    }
    return 0;
}

} // namespace tgs
