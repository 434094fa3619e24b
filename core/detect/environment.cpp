#include <core/detect/environment.h>

namespace tgs {

const Problem *Environment::problemFor(const QString &component) const
{
    for (const Problem &problem : problems) {
        if (problem.component == component)
            return &problem;
    }
    return nullptr;
}

} // namespace tgs
