// `nvidia-smi --query-gpu=... --format=csv,noheader,nounits` (NvidiaSmiParser::parseQuery), read with both column
// sets the probe asks for; seeds: tests/fixtures/nvidia-smi-query.

#include "fuzzinput.h"

#include <core/detect/probes/nvidiasmi.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using tgs::NvidiaSmiParser;
    static const QStringList withCapability = NvidiaSmiParser::queryFields(true);
    static const QStringList withoutCapability = NvidiaSmiParser::queryFields(false);
    const QString output = tgs::fuzz::text(data, size);
    (void)NvidiaSmiParser::parseQuery(output, withCapability);
    (void)NvidiaSmiParser::parseQuery(output, withoutCapability);
    (void)NvidiaSmiParser::classifyFailure(output);
    (void)NvidiaSmiParser::isUnknownFieldError(output);
    return 0;
}
