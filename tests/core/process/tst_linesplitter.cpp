#include <core/process/linesplitter.h>

#include <QTest>

#include <faketools.h>

using tgs::LineSplitter;
using tgs::OutputLine;
using tgs::TextEncoding;

Q_DECLARE_METATYPE(QList<QByteArray>)
Q_DECLARE_METATYPE(QList<tgs::OutputLine>)

namespace tgs {
// For failure messages of QCOMPARE on lines.
char *toString(const OutputLine &line)
{
    const QString text
        = line.text.size() > 80 ? line.text.left(40) + QStringLiteral("…") + line.text.right(40) : line.text;
    return QTest::toString(QString(text + (line.progress ? QStringLiteral(" (progress)") : QString())));
}
} // namespace tgs

class TestLineSplitter : public QObject
{
    Q_OBJECT

private slots:
    void framing_data();
    void framing();
    void utf8SplitInsideCharacter();
    void gbkSplitInsideCharacter();
    void crlfSplitAcrossChunks();
    void everyCutGivesTheSameLines();
    void longLineIsCutWithAMarker_data();
    void longLineIsCutWithAMarker();
    void cutLineStillEndsAtCrlfSplitAcrossReads();
};

namespace {

QList<OutputLine> frame(const QList<QByteArray> &chunks, qsizetype maxLineChars = LineSplitter::kDefaultMaxLineChars)
{
    LineSplitter splitter(TextEncoding::utf8(), maxLineChars);
    QList<OutputLine> got;
    for (const QByteArray &chunk : chunks)
        got += splitter.feed(chunk);
    got += splitter.finish();
    return got;
}

} // namespace

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
    // A bar that ends the stream with "\r" and no newline: the last state is what stays on the screen.
    QTest::newRow("last progress state at the end is the current line")
        << QList<QByteArray>{"10%\r50%\r"} << QStringList{"10%", "50%"} << QList<bool>{true, false};
    QTest::newRow("a bare carriage return alone at the end adds nothing")
        << QList<QByteArray>{"done\n\r"} << QStringList{"done"} << QList<bool>{false};
    QTest::newRow("progress then a windows line end")
        << QList<QByteArray>{"a\rb\r\nc"} << QStringList{"a", "b", "c"} << QList<bool>{true, false, false};
    QTest::newRow("carriage return split from its newline by a read")
        << QList<QByteArray>{"a\r", "\n", "b\r", "c\r", "\r\n"} << QStringList{"a", "b", "c", ""}
        << QList<bool>{false, true, true, false};
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

void TestLineSplitter::everyCutGivesTheSameLines()
{
    // Reads end anywhere: between "\r" and "\n", inside a character, inside a line.
    const QByteArray bytes = QStringLiteral("pip\r\n 10%\r 55%\r100%\nfertig ✓\r\n\n安装\rlast").toUtf8();
    const QList<OutputLine> whole = frame({bytes});
    QCOMPARE(whole.size(), 8);
    QCOMPARE(whole.last(), (OutputLine{QStringLiteral("last"), false}));
    for (qsizetype a = 0; a <= bytes.size(); ++a) {
        for (qsizetype b = a; b <= bytes.size(); ++b) {
            const QList<OutputLine> cut = frame({bytes.left(a), bytes.mid(a, b - a), bytes.mid(b)});
            QVERIFY2(cut == whole, qPrintable(QStringLiteral("cut at %1 and %2").arg(a).arg(b)));
        }
    }
    QList<QByteArray> bytewise;
    for (char byte : bytes)
        bytewise << QByteArray(1, byte);
    QCOMPARE(frame(bytewise), whole);
}

void TestLineSplitter::longLineIsCutWithAMarker_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QList<OutputLine>>("lines");

    const QString cut6 = QStringLiteral("0123456789") + LineSplitter::cutMarker(6);
    QTest::newRow("cut within one read") << QList<QByteArray>{"0123456789abcdef\nnext\n"}
                                         << QList<OutputLine>{{cut6, false}, {QStringLiteral("next"), false}};
    QTest::newRow("cut over many reads") << QList<QByteArray>{"012", "345", "678", "9ab", "cde", "f", "\nnext\n"}
                                         << QList<OutputLine>{{cut6, false}, {QStringLiteral("next"), false}};
    QTest::newRow("unterminated at the end")
        << QList<QByteArray>{"0123456789", "abcdef"} << QList<OutputLine>{{cut6, false}};
    QTest::newRow("progress segment") << QList<QByteArray>{"0123456789abcdef\r1%\n"}
                                      << QList<OutputLine>{{cut6, true}, {QStringLiteral("1%"), false}};
    QTest::newRow("exactly the cap is kept whole")
        << QList<QByteArray>{"0123456789\n"} << QList<OutputLine>{{QStringLiteral("0123456789"), false}};
    QTest::newRow("the next line starts afresh")
        << QList<QByteArray>{"0123456789abcdef\n0123456789abcdef\n"} << QList<OutputLine>{{cut6, false}, {cut6, false}};
}

void TestLineSplitter::longLineIsCutWithAMarker()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QList<OutputLine>, lines);
    QCOMPARE(frame(chunks, 10), lines);
}

void TestLineSplitter::cutLineStillEndsAtCrlfSplitAcrossReads()
{
    LineSplitter splitter(TextEncoding::utf8(), 4);
    QList<OutputLine> got = splitter.feed("abcdefgh\r");
    QVERIFY(got.isEmpty());
    got += splitter.feed("\nz\n");
    QCOMPARE(got, (QList<OutputLine>{{QStringLiteral("abcd") + LineSplitter::cutMarker(4), false},
                                     {QStringLiteral("z"), false}}));
}

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
