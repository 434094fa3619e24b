// conda's outputs (CondaParser): `conda --version`, `conda info --json`, `conda env list` as text and as JSON, and
// the names derived from what they say; seeds: tests/fixtures/conda.

#include "fuzzinput.h"

#include <core/detect/probes/conda.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using tgs::CondaParser;
    const QString output = tgs::fuzz::text(data, size);
    (void)CondaParser::parseVersion(output);
    if (const auto info = CondaParser::parseInfoJson(output)) {
        for (const QString &prefix : info->envPrefixes)
            (void)CondaParser::envName(prefix, info->rootPrefix, info->envsDirs);
    }
    if (const auto envs = CondaParser::parseEnvList(output)) {
        for (const tgs::CondaEnvListEntry &env : *envs)
            (void)CondaParser::envName(env.prefix, QString(), {});
    }
    (void)CondaParser::packageVersionFromMeta(output.split(u'\n'), QStringLiteral("python"));
    return 0;
}
