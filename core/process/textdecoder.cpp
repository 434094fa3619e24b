#include <core/process/textdecoder.h>

namespace tgs {

QStringDecoder TextEncoding::makeDecoder() const
{
    switch (kind) {
    case Kind::Utf8:
        return QStringDecoder(QStringConverter::Utf8);
    case Kind::System:
        return QStringDecoder(QStringConverter::System);
    case Kind::Named: {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid())
            return decoder;
        return QStringDecoder(QStringConverter::System);
    }
    }
    return QStringDecoder(QStringConverter::System);
}

} // namespace tgs
