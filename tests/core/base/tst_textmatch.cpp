// Matching error texts the way users paste them (core/base/textmatch). The real pasted outputs
// are in tests/fixtures/nvidia-smi/error-*.txt and run through tst_parsers; these rows pin
// down each kind of damage on its own.
#include <core/base/textmatch.h>

#include <QTest>

using namespace tgs;

class TestTextMatch : public QObject
{
    Q_OBJECT

private slots:
    void containsPhrase_data();
    void containsPhrase();
    void anyLineStartsWith_data();
    void anyLineStartsWith();
};

void TestTextMatch::containsPhrase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    const QString phrase = QStringLiteral("couldn't communicate with the NVIDIA driver");
    QTest::newRow("as printed") << phrase << true;
    QTest::newRow("left single quotation mark (U+2018)")
        << QStringLiteral("couldn\u2018t communicate with the NVIDIA driver") << true;
    QTest::newRow("right single quotation mark (U+2019)")
        << QStringLiteral("couldn\u2019t communicate with the NVIDIA driver") << true;
    QTest::newRow("wrapped between words") << QStringLiteral("couldn't communicate with the NVIDIA\ndriver") << true;
    QTest::newRow("wrapped inside a word") << QStringLiteral("couldn't communicate with the NVI\r\nDIA driver") << true;
    QTest::newRow("quoted reply") << QStringLiteral("> couldn't communicate with the\n > NVIDIA driver") << true;
    QTest::newRow("other case") << QStringLiteral("COULDN'T COMMUNICATE WITH THE NVIDIA DRIVER") << true;
    QTest::newRow("another failure") << QStringLiteral("couldn't communicate with the license server") << false;
}

void TestTextMatch::containsPhrase()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(text::containsPhrase(text, QStringLiteral("couldn't communicate with the NVIDIA driver")), matches);
}

void TestTextMatch::anyLineStartsWith_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("first line") << QStringLiteral("'nvidia-smi' n\u00e3o \u00e9 reconhecido") << true;
    QTest::newRow("a prompt line above") << QStringLiteral(
        "C:\\Users\\me>nvidia-smi\n'nvidia-smi' \u4e0d\u662f\u5185\u90e8\u6216\u5916\u90e8\u547d\u4ee4")
                                         << true;
    QTest::newRow("typographic quotes, indented")
        << QStringLiteral("   \u201cnvidia-smi\u201d is not recognized") << false;
    QTest::newRow("typographic single quotes") << QStringLiteral("\u2018nvidia-smi\u2019 is not recognized") << true;
    QTest::newRow("only mentioned inside a line") << QStringLiteral("run 'nvidia-smi' to check") << false;
}

void TestTextMatch::anyLineStartsWith()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(text::anyLineStartsWith(text, QStringLiteral("'nvidia-smi' ")), matches);
}

QTEST_GUILESS_MAIN(TestTextMatch)
#include "tst_textmatch.moc"
