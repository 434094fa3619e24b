#include <core/process/linesplitter.h>

#include <QTest>

#include <faketools.h>

using tgs::LineSplitter;
using tgs::OutputLine;
using tgs::TextEncoding;

Q_DECLARE_METATYPE(QList<QByteArray>)

class TestLineSplitter : public QObject
{
    Q_OBJECT

private slots:
    void framing_data();
    void framing();
    void utf8SplitInsideCharacter();
    void gbkSplitInsideCharacter();
    void crlfSplitAcrossChunks();
};

void TestLineSplitter::framing_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QList<bool>>("progress");

    QTest::newRow("one line in one chunk")
        << QList<QByteArray>{"hello\n"} << QStringList{"hello"} << QList<bool>{false};
    QTest::newRow("line split over three reads")
        << QList<QByteArray>{"hel", "lo wor", "ld\n"} << QStringList{"hello world"} << QList<bool>{false};
    QTest::newRow("windows line endings")
        << QList<QByteArray>{"a\r\nb\r\n"} << QStringList{"a", "b"} << QList<bool>{false, false};
    QTest::newRow("empty lines are kept")
        << QList<QByteArray>{"a\n\nb\n"} << QStringList{"a", "", "b"} << QList<bool>{false, false, false};
    QTest::newRow("progress bar with bare carriage returns")
        << QList<QByteArray>{"\r 10%", "\r 50%\r100%\n"} << QStringList{"", " 10%", " 50%", "100%"}
        << QList<bool>{true, true, true, false};
    QTest::newRow("unterminated last line comes at finish")
        << QList<QByteArray>{"first\nlast"} << QStringList{"first", "last"} << QList<bool>{false, false};
    QTest::newRow("nothing at all") << QList<QByteArray>{} << QStringList{} << QList<bool>{};
}

void TestLineSplitter::framing()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QStringList, lines);
    QFETCH(QList<bool>, progress);

    LineSplitter splitter(TextEncoding::utf8());
    QList<OutputLine> got;
    for (const QByteArray &chunk : chunks)
        got += splitter.feed(chunk);
    got += splitter.finish();

    QStringList texts;
    QList<bool> flags;
    for (const OutputLine &line : got) {
        texts << line.text;
        flags << line.progress;
    }
    QCOMPARE(texts, lines);
    QCOMPARE(flags, progress);
}

void TestLineSplitter::utf8SplitInsideCharacter()
{
    const QByteArray bytes = QStringLiteral("安装完成 ✓\n").toUtf8();
    LineSplitter splitter(TextEncoding::utf8());
    QList<OutputLine> got;
    for (char byte : bytes)
        got += splitter.feed(QByteArray(1, byte));
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().text, QStringLiteral("安装完成 ✓"));
}

void TestLineSplitter::gbkSplitInsideCharacter()
{
    // "你好，世界\r\n" in GBK, cut between the two bytes of 世, as Chinese Windows tools write it.
    const QByteArray first("\xC4\xE3\xBA\xC3\xA3\xAC\xCA");
    const QByteArray second("\xC0\xBD\xE7\r\n");
    const std::optional<TextEncoding> gbk = chineseWindowsEncoding();
    if (!gbk)
        QSKIP("needs the ANSI code page 936 on Windows (tests/CMakeLists.txt sets it for Wine)");
    LineSplitter splitter(*gbk);
    QList<OutputLine> got = splitter.feed(first);
    QVERIFY(got.isEmpty());
    got += splitter.feed(second);
    got += splitter.finish();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().text, QStringLiteral("你好，世界"));
}

void TestLineSplitter::crlfSplitAcrossChunks()
{
    // "\r" at the end of one read and "\n" at the start of the next is one line end, not a
    // progress update followed by an empty line.
    LineSplitter splitter(TextEncoding::utf8());
    QList<OutputLine> got = splitter.feed("abc\r");
    QVERIFY(got.isEmpty());
    got += splitter.feed("\ndef\n");
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0), (OutputLine{QStringLiteral("abc"), false}));
    QCOMPARE(got.at(1), (OutputLine{QStringLiteral("def"), false}));
}

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
