#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace tgs {

// How a child's bytes become text. Python children run with PYTHONUTF8=1 and write UTF-8;
// native tools write the system code page (the ANSI code page, e.g. GBK on Chinese Windows).
// Named lets tests drive a real multi-byte code page on a UTF-8 system.
struct TextEncoding
{
    enum class Kind { Utf8, System, Named };
    Kind kind = Kind::System;
    QByteArray name;

    static TextEncoding utf8() { return {Kind::Utf8, {}}; }
    static TextEncoding system() { return {Kind::System, {}}; }
    static TextEncoding named(const QByteArray &codecName) { return {Kind::Named, codecName}; }

    QStringDecoder makeDecoder() const;
};

} // namespace tgs
