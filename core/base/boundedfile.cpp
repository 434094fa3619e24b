#include <core/base/boundedfile.h>

#include <QFile>
#include <QFileInfo>

namespace tgs {

Result<QByteArray> BoundedFile::read(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(path)};
    if (!info.isFile())
        return Error{tr("%1 is not a regular file (a folder, device or pipe), so it is not read.").arg(path)};
    const QString limit = QStringLiteral("%1 KiB").arg(maxBytes / 1024);
    if (info.size() > maxBytes)
        return Error{tr("%1 is larger than %2, more than such a file can be: it is not read.").arg(path, limit)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(path, file.errorString())};
    QByteArray bytes = file.read(maxBytes + 1); // it may have grown since
    if (bytes.size() > maxBytes)
        return Error{tr("%1 is larger than %2, more than such a file can be: it is not read.").arg(path, limit)};
    return bytes;
}

} // namespace tgs
