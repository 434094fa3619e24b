#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tgs {

// What a knowledge base may say to users. Its texts (texts/*, the GPU architectures' names and examples) are
// plain prose shown as plain text; every command the program shows or runs comes from its own plan builder
// (core/install), never from data. So a text that reads like a command is refused by the loader, whoever
// signed the file: shell syntax (` $ | \ && ; with a command after it), programs that fetch, run or
// elevate (curl, wget, sudo, sh, powershell, iex ...), install commands (pip install, conda create ...),
// control and direction-override characters, and links to sites other than the projects it is about.
class KbText
{
    Q_DECLARE_TR_FUNCTIONS(tgs::KbText)

public:
    // Why `text` may not be shown, for the loader's message; nothing when it is plain prose.
    static std::optional<QString> problem(const QString &text);
};

} // namespace tgs
