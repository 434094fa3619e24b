#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tgs::app {

// What `recommend` was told on the command line: facts that replace detected ones, wishes,
// and where the knowledge base comes from.
struct RecommendOptions
{
    bool json = false;
    QString os;     // "windows" | "linux"
    QString driver; // a version, or "none"
    QStringList computeCaps;
    QString python;
    QString torch;
    QString cuda;
    QString route;
    QString kbFile; // --kb: exactly this file
    QString kbUrl;  // --kb-url: fetch a newer one first
    // plan / install:
    QString env;      // --env NAME
    QString mirror;   // --mirror official|tuna|ustc|bfsu|sjtu|aliyun|auto
    QString shell;    // --shell posix|powershell|cmd (plan's rendering)
    QString ifExists; // --if-exists reuse|replace|rename
    bool yes = false; // --yes: do not ask before installing
    // verify:
    QString prefix;     // --prefix FOLDER: the environment's folder
    QString pythonPath; // --python PATH (for verify: an interpreter, not a version)
    // doctor:
    QString logFile;  // --log FILE: an install log
    QString textFile; // --text FILE: a pasted error
    // report:
    QString format; // --format md|json
    QString output; // --output FILE
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tgs::app::Cli)

public:
    // `torchgpu-setup detect [--json] [--quick]`: exit status 0 whenever detection ran.
    static int detect(bool json, bool quick);
    // `torchgpu-setup recommend [...]`: 0 with a recommendation, 2 when the input cannot be used.
    static int recommend(const RecommendOptions &options);
    // `torchgpu-setup plan [...]`: the exact commands for the recommended (or chosen) combination.
    static int plan(const RecommendOptions &options);
    // `torchgpu-setup install [...]`: preflight, confirmation, then the plan, streamed; 0 on
    // success, 1 when a step failed, 2 for unusable input or a blocker, 130 when canceled.
    static int install(const RecommendOptions &options);
    // `torchgpu-setup verify [--env NAME | --prefix FOLDER | --python PATH] [--json]`: 0 only when torch imports,
    // computes correctly and, on a PC with an NVIDIA GPU, uses it; 1 otherwise; 2 when there is nothing to verify.
    static int verify(const RecommendOptions &options);
    // `torchgpu-setup doctor [--json] [--log FILE | --text FILE]`: what is wrong on this PC (and in the text), why,
    // and the fix; 0 when nothing is an error, 1 otherwise, 2 when the file cannot be read.
    static int doctor(const RecommendOptions &options);
    // `torchgpu-setup report [--format md|json] [--output FILE] [--env … | --prefix … | --python …] [--log FILE]`:
    // detection, recommendation, verification, findings and the newest install log, with the user's name and home
    // folder redacted; on stdout or into FILE.
    static int report(const RecommendOptions &options);
};

} // namespace tgs::app
