#pragma once

#include <QString>

namespace tgs::text {

// Error texts as users paste them: typographic quotes and apostrophes (couldn‘t, couldn’t,
// “nvidia-smi”), lines wrapped at any column, "> " quoting, a prompt line above. Folding makes
// them comparable: quotes become ASCII, case is folded, and every space, line break and '>'
// goes, so that a phrase matches however the text was wrapped.
QString fold(const QString &text);

// Whether `text` contains `phrase`, both folded.
bool containsPhrase(const QString &text, const QString &phrase);

// Whether some line of `text`, with its quoting and indentation removed, starts with `prefix`
// (quotes folded, case kept): the localized "'nvidia-smi' is not recognized" of cmd.exe.
bool anyLineStartsWith(const QString &text, const QString &prefix);

} // namespace tgs::text
