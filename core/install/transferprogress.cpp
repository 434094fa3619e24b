#include <core/install/transferprogress.h>

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace tgs {

namespace {

int unitPower(QChar unit)
{
    switch (unit.toUpper().unicode()) {
    case 'K':
        return 1;
    case 'M':
        return 2;
    case 'G':
        return 3;
    case 'T':
        return 4;
    default:
        return 0;
    }
}

// The file name of a pip "Downloading" line: a URL's last segment (percent-decoded) or the name itself.
QString fileOf(const QString &target)
{
    const QString last = target.section(u'/', -1);
    return QUrl::fromPercentEncoding(last.toUtf8());
}

} // namespace

qint64 TransferProgressReader::parseSize(const QString &text, int base)
{
    static const QRegularExpression size(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*([kKMGT]?)i?B\s*$)"));
    const QRegularExpressionMatch m = size.match(text);
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    double value = m.captured(1).toDouble(&ok);
    if (!ok)
        return -1;
    for (int i = m.captured(2).isEmpty() ? 0 : unitPower(m.captured(2).at(0)); i > 0; --i)
        value *= base;
    return value < 9.0e15 ? qint64(value) : -1;
}

std::optional<TransferProgress> TransferProgressReader::read(const OutputLine &line)
{
    static const QRegularExpression pipHeader(
        QStringLiteral(R"(^\s*Downloading\s+(\S+)\s+\((\d+(?:\.\d+)?\s*[kMGT]?B)\)\s*$)"));
    static const QRegularExpression pipRaw(QStringLiteral(R"(^Progress (\d{1,15}) of (\d{1,15})$)"));
    static const QRegularExpression condaBar(
        QStringLiteral(R"(^(\S[^|]{0,40}?)\s*\|\s*(\d+(?:\.\d+)?\s*[KMGT]?B)\s*\|[^|]*\|\s*(\d{1,3})%\s*$)"));

    const QString &text = line.text;
    if (text.size() > 4096)
        return std::nullopt;
    if (const QRegularExpressionMatch m = pipHeader.match(text); m.hasMatch()) {
        m_item = fileOf(m.captured(1));
        m_itemSize = parseSize(m.captured(2), 1000);
        return TransferProgress{m_item, 0, m_itemSize, 0};
    }
    if (const QRegularExpressionMatch m = pipRaw.match(text.trimmed()); m.hasMatch()) {
        TransferProgress p{m_item, m.captured(1).toLongLong(), m.captured(2).toLongLong(), -1};
        if (p.total <= 0)
            p.total = m_itemSize;
        if (p.total > 0)
            p.percent = int(std::clamp<qint64>(p.done * 100 / p.total, 0, 100));
        return p;
    }
    if (const QRegularExpressionMatch m = condaBar.match(text); m.hasMatch()) {
        TransferProgress p{m.captured(1).trimmed(), -1, parseSize(m.captured(2), 1024), m.captured(3).toInt()};
        if (p.percent > 100)
            return std::nullopt;
        if (p.total > 0)
            p.done = p.total * p.percent / 100;
        return p;
    }
    return std::nullopt;
}

} // namespace tgs
