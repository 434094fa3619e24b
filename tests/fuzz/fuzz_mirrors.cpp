// The mirror list (MirrorCatalog::fromJson, resources/mirrors.json or TGS_MIRRORS_FILE) and the channel look-up on
// what it accepted; seed: resources/mirrors.json.

#include "fuzzinput.h"

#include <core/install/mirrors.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto catalog = tgs::MirrorCatalog::fromJson(tgs::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!catalog)
        return 0;
    for (const QString &id : catalog->ids()) {
        const tgs::Mirror *mirror = catalog->mirror(id);
        if (mirror) {
            (void)mirror->channel(QStringLiteral("pytorch"));
            (void)mirror->channel(QStringLiteral("nvidia"));
        }
    }
    return 0;
}
