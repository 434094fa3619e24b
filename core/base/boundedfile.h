#pragma once

#include <core/base/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tgs {

// Reads a file the program's data comes from (a knowledge base, a mirror list): only a regular
// file, and only up to `maxBytes`. A FIFO, a device such as /dev/zero or a folder is refused at
// once, and a larger file is refused without being read whole; the message says the limit.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(tgs::BoundedFile)

public:
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);
};

} // namespace tgs
