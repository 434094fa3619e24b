// The knowledge-base loader (KnowledgeBase::fromJson: parse and validate), then the look-ups the recommender makes on
// what it accepted; seeds: resources/compat.json and tests/fixtures/kb.

#include "fuzzinput.h"

#include <core/kb/knowledgebase.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto kb = tgs::KnowledgeBase::fromJson(tgs::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!kb)
        return 0;
    for (const tgs::TorchRelease &release : kb->torchReleases) {
        (void)kb->release(release.version);
        (void)release.pythonFor(QStringLiteral("linux"));
        (void)release.hasPython(QStringLiteral("3.12"), QStringLiteral("windows"), true);
        for (const tgs::PipVariant &variant : release.pip) {
            (void)release.variant(variant.id);
            (void)release.variantForCuda(variant.cuda);
            (void)kb->cuda(variant.cuda);
        }
    }
    for (const tgs::GpuArchitecture &architecture : kb->gpuArchitectures)
        (void)kb->architecture(architecture.computeCapability);
    for (const QString &key : tgs::KnowledgeBase::requiredTexts())
        (void)kb->text(key);
    (void)kb->minorCompatFor(12);
    return 0;
}
