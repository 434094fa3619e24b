// The verification probe's "TGS-VERIFY <stage> <json>" lines (VerifyProbe::parse, resources/verify_probe.py);
// seeds: tests/fixtures/verify.

#include "fuzzinput.h"

#include <core/verify/verifyprobe.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tgs::Verification verification;
    (void)tgs::VerifyProbe::parse(tgs::fuzz::text(data, size), verification);
    return 0;
}
