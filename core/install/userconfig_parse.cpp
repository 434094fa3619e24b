// The two small parsers behind UserConfig: the YAML subset of .condarc files and pip's INI files.
#include <core/install/userconfig.h>

#include <QRegularExpression>
#include <QStringDecoder>

namespace tgs::UserConfig {

namespace {

const QStringList kCondaKeys{QStringLiteral("channels"), QStringLiteral("default_channels"),
                             QStringLiteral("custom_channels"), QStringLiteral("channel_alias")};

std::optional<QStringList> decodeLines(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xFEFF)))
        lines.first().remove(0, 1);
    return lines;
}

bool isUrl(const QString &value)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://\\S"));
    return scheme.match(value).hasMatch();
}

// A quote opens a YAML scalar only where a token starts ("don't" is plain text).
bool tokenStart(const QString &line, qsizetype i)
{
    return i == 0 || QStringLiteral(" \t[{,:-").contains(line.at(i - 1));
}

// Drops a comment ('#' at the start or after a blank, outside quotes); false for an unclosed quote.
bool stripComment(QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if ((c == u'"' || c == u'\'') && tokenStart(line, i)) {
            quote = c;
        } else if (c == u'#' && (i == 0 || line.at(i - 1).isSpace())) {
            line.truncate(i);
            break;
        }
    }
    return quote.isNull();
}

QString unquote(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() >= 2 && (v.startsWith(u'"') || v.startsWith(u'\'')) && v.endsWith(v.front()))
        return v.mid(1, v.size() - 2);
    return v;
}

// The ':' that ends a mapping key: followed by a blank or the end, outside quotes; -1 if none.
qsizetype keyColon(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if ((c == u'"' || c == u'\'') && tokenStart(text, i)) {
            quote = c;
        } else if (c == u':' && (i + 1 == text.size() || text.at(i + 1).isSpace())) {
            return i;
        }
    }
    return -1;
}

// "[a, 'b']" or "{x: a, y: b}": the scalars, or the values of a map.
QStringList flowValues(const QString &flow)
{
    QStringList values;
    const QString inner = flow.trimmed().mid(1, flow.trimmed().size() - 2);
    QString item;
    QChar quote;
    const auto take = [&] {
        const qsizetype colon = keyColon(item);
        const QString value = unquote(colon >= 0 ? item.mid(colon + 1) : item);
        if (!value.isEmpty())
            values << value;
        item.clear();
    };
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (!quote.isNull() && c == quote)
            quote = QChar();
        else if (quote.isNull() && (c == u'"' || c == u'\''))
            quote = c;
        else if (quote.isNull() && c == u',') {
            take();
            continue;
        }
        item += c;
    }
    take();
    return values;
}

} // namespace

QList<Entry> parseCondarc(const QByteArray &bytes)
{
    const std::optional<QStringList> lines = decodeLines(bytes);
    if (!lines)
        return {};
    QList<Entry> entries;
    QString key;  // the top-level key the lines below belong to
    QString flow; // a flow collection that spans lines
    QChar flowEnd;
    const auto add = [&](const QString &value) {
        if (kCondaKeys.contains(key) && isUrl(value))
            entries.append({key, value});
    };
    for (QString line : *lines) {
        if (!stripComment(line))
            return {};
        if (!flow.isEmpty()) {
            flow += u' ' + line.trimmed();
            if (flow.endsWith(flowEnd)) {
                for (const QString &value : flowValues(flow))
                    add(value);
                flow.clear();
            }
            continue;
        }
        if (line.trimmed().isEmpty() || line.startsWith(QStringLiteral("---")) || line == QStringLiteral("..."))
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent).isSpace())
            ++indent;
        if (line.left(indent).contains(u'\t'))
            return {}; // YAML does not indent with tabs
        const QString content = line.mid(indent).trimmed();
        QString value;
        if (indent == 0 && !content.startsWith(u'-')) {
            const qsizetype colon = keyColon(content);
            if (colon <= 0)
                return {};
            key = unquote(content.left(colon));
            value = content.mid(colon + 1).trimmed();
        } else if (key.isEmpty()) {
            return {};
        } else if (content == u'-' || content.startsWith(QStringLiteral("- "))) {
            value = content.mid(1).trimmed();
        } else if (const qsizetype colon = keyColon(content); colon > 0) {
            value = content.mid(colon + 1).trimmed(); // custom_channels: "name: url"
        } else {
            continue; // a folded scalar's next line
        }
        if (value.startsWith(u'[') || value.startsWith(u'{')) {
            flowEnd = value.startsWith(u'[') ? u']' : u'}';
            if (!value.endsWith(flowEnd)) {
                flow = value;
                continue;
            }
            for (const QString &item : flowValues(value))
                add(item);
        } else {
            add(unquote(value));
        }
    }
    if (!flow.isEmpty())
        return {}; // an unclosed [ or {
    return entries;
}

QList<Entry> parsePipConfig(const QByteArray &bytes)
{
    const std::optional<QStringList> lines = decodeLines(bytes);
    if (!lines)
        return {};
    QList<Entry> raw;
    QString section;
    bool inValue = false;
    qsizetype optionIndent = 0; // configparser continues a value only on lines indented deeper than its option
    for (const QString &line : *lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent).isSpace())
            ++indent;
        if (inValue && indent > optionIndent) {
            raw.last().value += u'\n' + trimmed; // configparser's continuation line
            continue;
        }
        if (trimmed.startsWith(u'[')) {
            const qsizetype close = trimmed.lastIndexOf(u']');
            if (close < 2)
                return {};
            section = trimmed.mid(1, close - 1).trimmed();
            inValue = false;
            continue;
        }
        const qsizetype equals = trimmed.indexOf(u'=');
        const qsizetype colon = trimmed.indexOf(u':');
        const qsizetype at = equals < 0 ? colon : colon < 0 ? equals : qMin(equals, colon);
        if (section.isEmpty() || at <= 0)
            return {}; // configparser: a missing section header, or a line that is no option
        QString name = trimmed.left(at).trimmed().toLower();
        name.replace(u'_', u'-');
        raw.append({section + u'/' + name, trimmed.mid(at + 1).trimmed()});
        inValue = true;
        optionIndent = indent;
    }
    QList<Entry> entries;
    for (const Entry &entry : std::as_const(raw)) {
        const QString name = entry.key.section(u'/', -1);
        if (name == QStringLiteral("index-url") || name == QStringLiteral("extra-index-url"))
            entries.append(entry);
    }
    return entries;
}

} // namespace tgs::UserConfig
