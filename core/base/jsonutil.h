#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

// The small conversions between nlohmann::json and Qt strings that every reader and writer
// of JSON in the core needs. None of them throws.
namespace tgs::json {

// A string, or null when empty: absent values are null in every JSON output.
inline nlohmann::json stringOrNull(const QString &value)
{
    return value.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(value.toStdString());
}

inline nlohmann::json array(const QStringList &values)
{
    nlohmann::json list = nlohmann::json::array();
    for (const QString &value : values)
        list.push_back(value.toStdString());
    return list;
}

// object[key] if it is a string, else empty.
inline QString string(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// The strings of the array object[key]; other items are skipped.
inline QStringList stringList(const nlohmann::json &object, const char *key)
{
    QStringList list;
    if (!object.is_object())
        return list;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return list;
    for (const auto &item : *it) {
        if (item.is_string())
            list.append(QString::fromStdString(item.get<std::string>()));
    }
    return list;
}

} // namespace tgs::json
