#pragma once

#include <QString>

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

} // namespace tgs
