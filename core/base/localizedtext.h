#pragma once

#include <QString>
#include <QStringList>

namespace tgs {

// A user-visible text that comes from data (the knowledge base, the mirror list) in both of the
// program's languages; the loaders check that both exist.
struct LocalizedText
{
    QString en;
    QString zhCN;

    // The text in the interface language (QLocale's default, set from --lang).
    QString current() const;
};

// The items of a list in a sentence, separated as the interface language does it: "sm_80, sm_86" in English,
// "sm_80、sm_86" in Chinese (an enumeration comma, not an ASCII one).
QString listText(const QStringList &items);

} // namespace tgs
