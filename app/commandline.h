#pragma once

#include "cli.h"

#include <QStringList>

#include <variant>

namespace tgs::app {

// What the command line asks for: a command word (empty: the wizard) and its options.
struct CommandLine
{
    QString command;
    bool json = false;
    bool quick = false;
    RecommendOptions options;
};

// Parses the arguments (after the application object exists: --help is translated). --help and
// --version print and give exit status 0; an unknown option or command prints why and gives 2.
std::variant<CommandLine, int> parseCommandLine(const QStringList &arguments);

// Runs a command of the command line; its exit status.
int runCommand(const CommandLine &commandLine);

} // namespace tgs::app
