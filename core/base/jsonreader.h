#pragma once

#include <core/base/localizedtext.h>
#include <core/base/result.h>

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace tgs {

// Reads the program's own JSON files (the knowledge base, the mirror list) strictly: it walks
// the document and stops at the first thing that is wrong, remembering where it was, so that
// the message names the file, the JSON pointer and the reason. Every accessor returns a
// harmless default once an error is recorded, so a loader reads straight through without a
// check after each field.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(tgs::JsonReader)

public:
    using json = nlohmann::json;

    // The one place that catches JSON exceptions: nlohmann reports where parsing stopped.
    static Result<json> parse(const QByteArray &bytes, const QString &origin);
    // "a/b" → "a~1b", as a JSON pointer token.
    static QString pointerToken(const std::string &key);

    explicit JsonReader(QString origin)
        : m_origin(std::move(origin))
    {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const QString &pointer, const QString &reason);
    const json *member(const json &object, const QString &pointer, const char *key, bool required = true);
    void onlyKeys(const json &object, const QString &pointer, std::initializer_list<const char *> allowed);
    bool isObject(const json *value, const QString &pointer);
    bool isArray(const json *value, const QString &pointer, bool nonEmpty = false);
    QString string(const json &object, const QString &pointer, const char *key, bool nullable = false);
    QString version(const json &object, const QString &pointer, const char *key, bool nullable = false);
    QStringList strings(const json &object, const QString &pointer, const char *key, bool versions,
                        bool nonEmpty = false);
    QStringList ascendingStrings(const json &object, const QString &pointer, const char *key);
    LocalizedText localized(const json &object, const QString &pointer, const char *key);
    // An integer that must equal `expected` exactly (no narrowing: 4294967297 is not 1).
    void exactInteger(const json &object, const QString &pointer, const char *key, qint64 expected);

private:
    QString m_origin;
    std::optional<Error> m_error;
};

} // namespace tgs
