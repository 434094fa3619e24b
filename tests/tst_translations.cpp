// Every user-visible string has its Chinese and English text, and no entry is stale.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void chinesePunctuation();
    void chinesePunctuationInData();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("zh_CN") << QStringLiteral(TGS_SOURCE_DIR "/translations/torchgpu-setup_zh_CN.ts");
    QTest::newRow("en") << QStringLiteral(TGS_SOURCE_DIR "/translations/torchgpu-setup_en.ts");
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList problems;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("message")) {
            ++messages;
        } else if (xml.name() == QStringLiteral("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QStringLiteral("translation")) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const bool numerus = xml.attributes().hasAttribute(QStringLiteral("numerus"))
                                 || type.isEmpty(); // numerus forms are children, checked below
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems << QStringLiteral("%1: %2").arg(type, source);
            else if (text.trimmed().isEmpty() && numerus)
                problems << QStringLiteral("empty: %1").arg(source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 50);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

namespace {

// Chinese text uses Chinese punctuation: full-width ，。：；？！（） next to Chinese characters, “” quotes, …… not
// "...", and no space beside a full-width mark. Latin text inside (commands, versions, "(&A)" shortcut marks, "f()")
// may keep its own. Returns what is wrong with `text`, one line each.
QStringList punctuationProblems(const QString &text)
{
    static const QString han = QStringLiteral("[\\x{3400}-\\x{4dbf}\\x{4e00}-\\x{9fff}]");
    static const QList<std::pair<QString, QRegularExpression>> rules{
        {QStringLiteral("ASCII mark after a Chinese character"),
         QRegularExpression(han + QStringLiteral("[,;:?!]|") + han + QStringLiteral("\\((?!&\\w\\))|") + han
                            + QStringLiteral("\\)"))},
        {QStringLiteral("ASCII mark before a Chinese character"),
         QRegularExpression(QStringLiteral("(?<!\\(&\\w)(?<!\\()[,;:?!()]\\s*") + han)},
        {QStringLiteral("ASCII quote beside a Chinese character"),
         QRegularExpression(han + QStringLiteral("\"|\"") + han)},
        {QStringLiteral("ASCII full stop after a Chinese character"),
         QRegularExpression(han + QStringLiteral("\\.(?=\\s|$)"))},
        {QStringLiteral("three dots instead of an ellipsis"), QRegularExpression(QStringLiteral("\\.\\.\\."))},
        {QStringLiteral("space before a full-width mark"), QRegularExpression(QStringLiteral(" [，。；：？！）、]"))},
        {QStringLiteral("space after a full-width mark"), QRegularExpression(QStringLiteral("[，。；：？！（、] "))},
        {QStringLiteral("parentheses of two widths"),
         QRegularExpression(QStringLiteral("（[^）(\\n]*\\)|\\([^)（\\n]*）"))},
    };
    QStringList problems;
    for (const auto &[what, pattern] : rules) {
        const QRegularExpressionMatch match = pattern.match(text);
        if (match.hasMatch())
            problems << QStringLiteral("%1: …%2…").arg(what, text.mid(qMax(0, match.capturedStart() - 12), 30));
    }
    return problems;
}

// Every "zh_CN" string in a JSON document.
void chineseTexts(const nlohmann::json &node, QStringList &out)
{
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it.key() == "zh_CN" && it->is_string())
                out << QString::fromStdString(it->get<std::string>());
            else
                chineseTexts(*it, out);
        }
    } else if (node.is_array()) {
        for (const auto &item : node)
            chineseTexts(item, out);
    }
}

} // namespace

void TestTranslations::chinesePunctuation()
{
    QFile ts(QStringLiteral(TGS_SOURCE_DIR "/translations/torchgpu-setup_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QStringList problems;
    int checked = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()
            || (xml.name() != QStringLiteral("translation") && xml.name() != QStringLiteral("numerusform")))
            continue;
        if (xml.name() == QStringLiteral("translation")
            && xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes"))
            continue; // its numerusform children are read one by one
        problems << punctuationProblems(xml.readElementText(QXmlStreamReader::SkipChildElements));
        ++checked;
    }
    QVERIFY(checked > 50);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The knowledge base and the mirror list carry Chinese texts of their own.
void TestTranslations::chinesePunctuationInData()
{
    for (const char *name : {"compat.json", "mirrors.json"}) {
        QFile file(QStringLiteral(TGS_SOURCE_DIR "/resources/") + QLatin1String(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QStringList texts;
        chineseTexts(nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size()), texts);
        QVERIFY2(!texts.isEmpty(), name);
        QStringList problems;
        for (const QString &text : std::as_const(texts))
            problems << punctuationProblems(text);
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String(name) + u'\n' + problems.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
