#pragma once

#include <QList>
#include <QString>

namespace tgs {

// A dotted version compared number by number: "2.10.0" > "2.9.1", "535.104.05" > "535.54.3",
// "12.8" < "12.10". A local suffix ("2.5.1+cu124") and pre-release text ("1.13.0a0") are
// ignored for ordering; missing parts count as 0.
class Version
{
public:
    Version() = default;
    explicit Version(const QString &text);

    bool isValid() const { return !m_parts.isEmpty(); }
    int part(int index) const { return index < m_parts.size() ? m_parts.at(index) : 0; }
    int major() const { return part(0); }
    int minor() const { return part(1); }
    QString majorMinor() const;
    const QString &text() const { return m_text; }

    int compare(const Version &other) const;
    bool operator<(const Version &o) const { return compare(o) < 0; }
    bool operator<=(const Version &o) const { return compare(o) <= 0; }
    bool operator>(const Version &o) const { return compare(o) > 0; }
    bool operator>=(const Version &o) const { return compare(o) >= 0; }
    bool operator==(const Version &o) const { return compare(o) == 0; }
    bool operator!=(const Version &o) const { return compare(o) != 0; }

private:
    QString m_text;
    QList<int> m_parts;
};

} // namespace tgs
