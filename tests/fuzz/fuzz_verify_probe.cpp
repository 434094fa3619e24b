// The verification probe's "TGS-VERIFY <stage> <json>" lines (VerifyProbe::parse, resources/verify_probe.py) and
// the run's end read from them (VerifyProbe::interpret: where a crashed or unfinished probe stopped); seeds:
// tests/fixtures/verify.

#include "fuzzinput.h"

#include <core/verify/verifyprobe.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString output = tgs::fuzz::text(data, size);
    tgs::Verification parsed;
    (void)tgs::VerifyProbe::parse(output, parsed);

    tgs::ProcessResult result;
    result.outcome = size % 2 == 0 ? tgs::Outcome::ExitCode : tgs::Outcome::Crashed;
    result.exitCode = 1;
    result.stdOut = output;
    tgs::Verification interpreted;
    tgs::VerifyProbe::interpret(result, QStringLiteral("python"), interpreted);
    return 0;
}
