// The install-failure recognizer (FailureRecognizer::recognize) over a conda or pip step's output; seeds:
// tests/fixtures/install-errors.

#include "fuzzinput.h"

#include <core/install/failures.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)tgs::FailureRecognizer::recognize(tgs::fuzz::text(data, size));
    return 0;
}
