#pragma once

// What every fuzz target shares: libFuzzer's entry point and the input as the parsers receive it. A tool's output
// reaches the parsers as text decoded from UTF-8 (core/process/textdecoder), a file as bytes.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace tgs::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace tgs::fuzz
