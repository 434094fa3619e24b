#pragma once

#include <core/detect/environment.h>

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace tgs {

// `detect --json`: one object with os, gpus, driver, conda, pythons, cuda_toolkits, cudnn and
// problems. Every version is a string; absent things are null.
nlohmann::json environmentToJson(const Environment &environment);

// One titled group of facts; a row without a label is a plain line ("none found").
struct ReportRow
{
    QString label;
    QString value;
};

struct ReportSection
{
    QString title;
    QList<ReportRow> rows;
};

// `detect` and the wizard's detection page: the same facts, in the same words, in the UI
// language — the command line prints the sections as text, the wizard as a tree.
class EnvironmentReport
{
    Q_DECLARE_TR_FUNCTIONS(tgs::EnvironmentReport)

public:
    static QList<ReportSection> sections(const Environment &environment);
    static QString toText(const Environment &environment);
    // "torch 2.5.1+cu124, CUDA 12.4, cuDNN 9.1.0, GPU usable: yes", or why there is none.
    static QString torchSummary(const PythonInfo &python);
    // "nvidia-smi (not found): …"
    static QString problemText(const Problem &problem);
    // One line about a problem kind, e.g. "not found", in the UI language.
    static QString problemKindText(ProblemKind kind);
};

} // namespace tgs
