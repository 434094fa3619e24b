// The doctor's rules over pasted text alone (Doctor::diagnose with no detection or verification: the text rules
// and the failure recognizer, with the embedded knowledge base), and the JSON of what it found; seeds:
// tests/fixtures/doctor and tests/fixtures/install-errors.

#include "fuzzinput.h"

#include <core/kb/knowledgebase.h>
#include <core/verify/doctor.h>

#include <nlohmann/json.hpp>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const tgs::KnowledgeBase kb = [] {
        auto embedded = tgs::KnowledgeBase::embedded();
        if (!embedded)
            std::abort();
        return *embedded;
    }();
    tgs::DoctorInput input;
    input.text = tgs::fuzz::text(data, size);
    // No environment variables (they would make the runs differ); both OSes' rules, by the input's length.
    input.platform = tgs::Platform();
    input.platform.os = size % 2 == 0 ? tgs::Platform::Os::Linux : tgs::Platform::Os::Windows;
    (void)tgs::findingsToJson(tgs::Doctor::diagnose(input, kb)).dump();
    return 0;
}
