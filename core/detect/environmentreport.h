#pragma once

#include <core/detect/environment.h>

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace tgs {

// `detect --json`: one object with os, gpus, driver, conda, pythons, cuda_toolkits, cudnn and
// problems. Every version is a string; absent things are null.
nlohmann::json environmentToJson(const Environment &environment);

// `detect`: the same facts as a readable report in the UI language.
class EnvironmentReport
{
    Q_DECLARE_TR_FUNCTIONS(tgs::EnvironmentReport)

public:
    static QString toText(const Environment &environment);
    // One line about a problem kind, e.g. "not found", in the UI language.
    static QString problemKindText(ProblemKind kind);
};

} // namespace tgs
