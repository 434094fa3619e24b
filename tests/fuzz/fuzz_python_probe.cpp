// The Python probes' "TGS-PROBE-JSON: {...}" line (PythonParser::parseProbeOutput, resources/python_quick.py and
// torch_probe.py) and the Windows launcher's `py -0p` (parsePyLauncherList); seeds: tests/fuzz/seeds/python-probe
// (real output of both probe scripts) and tests/fixtures/py-launcher.

#include "fuzzinput.h"

#include <core/detect/probes/python.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using tgs::PythonParser;
    const QString output = tgs::fuzz::text(data, size);
    (void)PythonParser::parseProbeOutput(output);
    (void)PythonParser::parsePyLauncherList(output);
    return 0;
}
