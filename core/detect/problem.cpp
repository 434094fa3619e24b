#include <core/detect/problem.h>

namespace tgs {

QString problemKindId(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::NotFound:
        return QStringLiteral("not_found");
    case ProblemKind::DriverUnreachable:
        return QStringLiteral("driver_unreachable");
    case ProblemKind::DriverLibraryMismatch:
        return QStringLiteral("driver_library_mismatch");
    case ProblemKind::NoDevices:
        return QStringLiteral("no_devices");
    case ProblemKind::TimedOut:
        return QStringLiteral("timed_out");
    case ProblemKind::Unparseable:
        return QStringLiteral("unparseable");
    case ProblemKind::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

} // namespace tgs
