#pragma once

#include <QString>

namespace tgs {

// "1.2 GB", "850 MB", "3.1 kB", "12 B": a byte count as a short text, in powers of 1000 as pip and browsers show
// them; "?" for an unknown (negative) count. Units are not translated: Chinese text uses the same ones.
QString formatBytes(qint64 bytes);

} // namespace tgs
