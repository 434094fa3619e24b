#pragma once

#include <core/base/result.h>

#include <QString>

namespace tgs {

// What went wrong with a component, as the `problems` list of `detect --json` names it.
enum class ProblemKind {
    NotFound,
    DriverUnreachable,
    DriverLibraryMismatch,
    NoDevices,
    TimedOut,
    Unparseable,
    Failed,
};

QString problemKindId(ProblemKind kind);

// A probe's error: what kind of problem, and a message the user can act on.
struct ProbeError
{
    ProblemKind kind = ProblemKind::Failed;
    QString message;
};

template<typename T> using ProbeResult = Result<T, ProbeError>;

// A problem detection reports, tied to the component it is about.
struct Problem
{
    QString component;
    ProblemKind kind = ProblemKind::Failed;
    QString message;
};

} // namespace tgs
