#include <core/base/jsonreader.h>

#include <core/base/version.h>

#include <QRegularExpression>

namespace tgs {

using json = nlohmann::json;

Result<nlohmann::json> JsonReader::parse(const QByteArray &bytes, const QString &origin)
{
    try {
        return json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const json::parse_error &e) {
        return Error{tr("%1: not valid JSON (byte %2): %3").arg(origin).arg(e.byte).arg(QString::fromUtf8(e.what()))};
    } catch (const json::exception &e) {
        return Error{tr("%1: not valid JSON: %2").arg(origin, QString::fromUtf8(e.what()))};
    }
}

QString JsonReader::pointerToken(const std::string &key)
{
    QString token = QString::fromStdString(key);
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}

void JsonReader::exactInteger(const json &object, const QString &pointer, const char *key, qint64 expected)
{
    const json *value = member(object, pointer, key);
    if (!value)
        return;
    const bool equal
        = (value->is_number_unsigned() && value->get<quint64>() == quint64(expected))
          || (value->is_number_integer() && !value->is_number_unsigned() && value->get<qint64>() == expected);
    if (!equal) {
        fail(pointer + u'/' + QLatin1String(key),
             tr("%1 %2 is not the one this program reads (%3)")
                 .arg(QString::fromLatin1(key).replace(u'_', u' '), QString::fromStdString(value->dump()))
                 .arg(expected));
    }
}

void JsonReader::fail(const QString &pointer, const QString &reason)
{
    if (!m_error)
        m_error = Error{
            QStringLiteral("%1: %2: %3").arg(m_origin, pointer.isEmpty() ? QStringLiteral("/") : pointer, reason)};
}

const json *JsonReader::member(const json &object, const QString &pointer, const char *key, bool required)
{
    if (failed())
        return nullptr;
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            fail(pointer, tr("the required key \"%1\" is missing").arg(QLatin1String(key)));
        return nullptr;
    }
    return &*it;
}

void JsonReader::onlyKeys(const json &object, const QString &pointer, std::initializer_list<const char *> allowed)
{
    if (failed())
        return;
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : allowed)
            known |= it.key() == key;
        if (!known)
            fail(pointer + u'/' + pointerToken(it.key()), tr("unknown key"));
    }
}

bool JsonReader::isObject(const json *value, const QString &pointer)
{
    if (failed() || !value)
        return false;
    if (!value->is_object()) {
        fail(pointer, tr("expected an object"));
        return false;
    }
    return true;
}

bool JsonReader::isArray(const json *value, const QString &pointer, bool nonEmpty)
{
    if (failed() || !value)
        return false;
    if (!value->is_array()) {
        fail(pointer, tr("expected an array"));
        return false;
    }
    if (nonEmpty && value->empty()) {
        fail(pointer, tr("expected at least one entry"));
        return false;
    }
    return true;
}

QString JsonReader::string(const json &object, const QString &pointer, const char *key, bool nullable)
{
    const QString at = pointer + u'/' + QLatin1String(key);
    const json *value = member(object, pointer, key);
    if (!value)
        return {};
    if (nullable && value->is_null())
        return {};
    if (!value->is_string() || value->get<std::string>().empty()) {
        fail(at, nullable ? tr("expected a non-empty string or null") : tr("expected a non-empty string"));
        return {};
    }
    return QString::fromStdString(value->get<std::string>());
}

QString JsonReader::version(const json &object, const QString &pointer, const char *key, bool nullable)
{
    const QString text = string(object, pointer, key, nullable);
    static const QRegularExpression re(QStringLiteral(R"(^\d+(\.\d+)+$)"));
    if (!text.isEmpty() && !re.match(text).hasMatch())
        fail(pointer + u'/' + QLatin1String(key), tr("expected a version like \"12.4\", not \"%1\"").arg(text));
    return text;
}

QStringList JsonReader::strings(const json &object, const QString &pointer, const char *key, bool versions,
                                bool nonEmpty)
{
    const QString at = pointer + u'/' + QLatin1String(key);
    const json *value = member(object, pointer, key);
    QStringList list;
    if (!isArray(value, at, nonEmpty))
        return list;
    static const QRegularExpression re(QStringLiteral(R"(^\d+(\.\d+)+$)"));
    for (size_t i = 0; i < value->size(); ++i) {
        const json &item = (*value)[i];
        const QString itemAt = at + u'/' + QString::number(i);
        if (!item.is_string()) {
            fail(itemAt, tr("expected a string"));
            return list;
        }
        const QString text = QString::fromStdString(item.get<std::string>());
        if (versions && !re.match(text).hasMatch()) {
            fail(itemAt, tr("expected a version like \"12.4\", not \"%1\"").arg(text));
            return list;
        }
        list.append(text);
    }
    return list;
}

QStringList JsonReader::ascendingStrings(const json &object, const QString &pointer, const char *key)
{
    const QStringList list = strings(object, pointer, key, true);
    for (qsizetype i = 1; i < list.size() && !failed(); ++i) {
        if (!(Version(list.at(i - 1)) < Version(list.at(i))))
            fail(pointer + u'/' + QLatin1String(key), tr("versions must be listed oldest first, each once"));
    }
    return list;
}

LocalizedText JsonReader::localized(const json &object, const QString &pointer, const char *key)
{
    const QString at = pointer + u'/' + pointerToken(key);
    const json *value = member(object, pointer, key);
    if (!isObject(value, at))
        return {};
    onlyKeys(*value, at, {"en", "zh_CN"});
    LocalizedText text;
    text.en = string(*value, at, "en");
    text.zhCN = string(*value, at, "zh_CN");
    return text;
}

} // namespace tgs
