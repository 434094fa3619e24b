#include <core/kb/kbsignature.h>

#include <sodium.h>

namespace tgs {

QList<QByteArray> KbSignature::publisherKeys()
{
    // From resources/kb-publisher.pub, through core/CMakeLists.txt, which checks it is one base64 key.
    static const QByteArray key = QByteArray::fromBase64(QByteArrayLiteral(TGS_KB_PUBLISHER_KEY));
    static_assert(sizeof(TGS_KB_PUBLISHER_KEY) == 44 + 1, "an Ed25519 public key is 44 characters of base64");
    return {key};
}

Result<QByteArray> KbSignature::parse(const QByteArray &sigFile)
{
    const QByteArray text = sigFile.trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (sigFile.size() > kMaxSignatureFileBytes || !decoded || decoded.decoded.size() != kSignatureBytes)
        return Error{tr("the signature file is not an Ed25519 signature in base64 (as scripts/kb/sign-kb.py "
                        "writes it)")};
    return decoded.decoded;
}

bool KbSignature::verify(const QByteArray &data, const QByteArray &signature, const QList<QByteArray> &publicKeys)
{
    // Thread-safe, and cheap after the first call; the verification itself needs no initialisation, but
    // libsodium asks for it before any other call.
    if (sodium_init() < 0 || signature.size() != kSignatureBytes)
        return false;
    for (const QByteArray &key : publicKeys) {
        if (key.size() != kPublicKeyBytes)
            continue;
        if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                        reinterpret_cast<const unsigned char *>(data.constData()),
                                        static_cast<unsigned long long>(data.size()),
                                        reinterpret_cast<const unsigned char *>(key.constData()))
            == 0)
            return true;
    }
    return false;
}

} // namespace tgs
