#pragma once

#include <core/base/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace tgs {

// Ed25519 signatures of knowledge-base files. The publisher signs each published compat.json with
// scripts/kb/sign-kb.py; the program takes an update only with a signature that one of the public keys
// built into it verifies (resources/kb-publisher.pub, compiled in; see README "Signing a knowledge base").
//
// The cryptography is libsodium's crypto_sign_verify_detached, not code of ours: a small, widely used and
// audited library with constant-time Ed25519, packaged by Debian (libsodium-dev) and built from Debian's
// source for the Windows cross build (scripts/windows/build-sodium.sh). The signing script uses the same
// library through PyNaCl (python3-nacl).
class KbSignature
{
    Q_DECLARE_TR_FUNCTIONS(tgs::KbSignature)

public:
    static constexpr qsizetype kPublicKeyBytes = 32;
    static constexpr qsizetype kSignatureBytes = 64;
    // A .sig file is one line of base64 (88 characters); anything larger is not one.
    static constexpr qsizetype kMaxSignatureFileBytes = 1024;

    // The publisher's public keys (one now; a key change ships the old and the new one for a while).
    static QList<QByteArray> publisherKeys();
    // A .sig file, as sign-kb.py writes it (the 64-byte signature in base64, one line), to the raw signature.
    static Result<QByteArray> parse(const QByteArray &sigFile);
    // True when `signature` is a signature of exactly `data` by the holder of one of `publicKeys`.
    static bool verify(const QByteArray &data, const QByteArray &signature, const QList<QByteArray> &publicKeys);
};

} // namespace tgs
