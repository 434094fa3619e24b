// nvidia-smi's plain table and its failure texts (NvidiaSmiParser); seeds: tests/fixtures/nvidia-smi.

#include "fuzzinput.h"

#include <core/detect/probes/nvidiasmi.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using tgs::NvidiaSmiParser;
    const QString output = tgs::fuzz::text(data, size);
    const auto table = NvidiaSmiParser::parseTable(output);
    if (table)
        (void)table->gpus.size();
    (void)NvidiaSmiParser::classifyFailure(output);
    (void)NvidiaSmiParser::isUnknownFieldError(output);
    return 0;
}
