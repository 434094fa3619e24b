// The package sources the user's own conda and pip configuration names, read from a fake home: the
// snippets that Chinese mirrors publish (tests/fixtures/user-config/SOURCES.md) name their mirror.
#include <core/install/userconfig.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tgs;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TGS_FIXTURES_DIR "/user-config/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return file.readAll();
}

const MirrorCatalog &catalog()
{
    static const MirrorCatalog embedded = MirrorCatalog::embedded().value();
    return embedded;
}

} // namespace

class TestUserConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A Linux machine whose home and file system live in a fresh folder.
    Platform fakeLinux(const QString &name, const QMap<QString, QString> &environment = {})
    {
        Platform platform;
        platform.os = Platform::Os::Linux;
        platform.homeDir = m_dir.filePath(name + QStringLiteral("/home"));
        platform.fsRoot = m_dir.filePath(name + QStringLiteral("/root"));
        platform.environment = environment;
        QDir().mkpath(platform.homeDir);
        QDir().mkpath(platform.fsRoot);
        return platform;
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void fixturesNameTheirMirror_data();
    void fixturesNameTheirMirror();
    void condarcShapes();
    void officialOnlyIsNotChinese();
    void mirrorOutsideTheCatalog();
    void environmentWinsOverFiles();
    void configFileFromEnvironment();
    void brokenFilesGiveNothing_data();
    void brokenFilesGiveNothing();
    void folderWhereTheFileShouldBe();
    void condaSearchOrder();
    void windowsRules();
};

void TestUserConfig::fixturesNameTheirMirror_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where"); // relative to the fake home
    QTest::addColumn<QString>("mirror");
    QTest::addColumn<QString>("key");
    QTest::newRow("TUNA .condarc") << "tuna.condarc"
                                   << ".condarc"
                                   << "tuna"
                                   << "default_channels";
    QTest::newRow("TUNA pip.conf") << "tuna-pip.conf"
                                   << ".config/pip/pip.conf"
                                   << "tuna"
                                   << "index-url";
    QTest::newRow("USTC .condarc in ~/.conda") << "ustc.condarc"
                                               << ".conda/.condarc"
                                               << "ustc"
                                               << "channels";
    QTest::newRow("USTC legacy pip.conf") << "ustc-pip.conf"
                                          << ".pip/pip.conf"
                                          << "ustc"
                                          << "index-url";
    QTest::newRow("Aliyun pip.conf") << "aliyun-pip.conf"
                                     << ".config/pip/pip.conf"
                                     << "aliyun"
                                     << "index-url";
}

void TestUserConfig::fixturesNameTheirMirror()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QString, mirror);
    QFETCH(QString, key);
    const Platform platform = fakeLinux(QString::fromLatin1(QTest::currentDataTag()));
    const QString path = platform.join(platform.homeDir, where);
    write(path, fixture(file));
    const UserSources sources = UserConfig::read(platform, catalog());
    QVERIFY(sources.pointsAtChineseMirror());
    const SourceSetting *first = sources.firstChinese();
    QCOMPARE(first->mirrorId, mirror);
    QCOMPARE(first->origin, path);
    QCOMPARE(first->key, key);
    for (const SourceSetting &setting : sources.settings)
        QCOMPARE(setting.mirrorId, mirror);
}

void TestUserConfig::condarcShapes()
{
    const QList<UserConfig::Entry> entries = UserConfig::parseCondarc(fixture(QStringLiteral("tuna.condarc")));
    QCOMPARE(entries.size(), 5); // three default_channels, two custom_channels; "defaults" is no URL
    QCOMPARE(entries.at(3).key, QStringLiteral("custom_channels"));
    QCOMPARE(entries.at(3).value, QStringLiteral("https://mirrors.tuna.tsinghua.edu.cn/anaconda/cloud"));
    // Flow lists and maps, quotes, comments, a list at the key's own indentation, channel_alias.
    const QByteArray yaml = "# my mirrors\n"
                            "channels: ['https://a.example/c1', \"https://a.example/c2\", defaults]  # two\n"
                            "custom_channels: {bioconda: https://b.example/cloud, x: 'https://c.example/x'}\n"
                            "default_channels: [\n  https://d.example/main,\n  https://d.example/r\n]\n"
                            "channel_alias: \"https://e.example/conda\"\n"
                            "envs_dirs:\n- https://not.a.channel/\n"
                            "default_channels:\n- https://f.example/main # same-indent list\n";
    QStringList got;
    for (const UserConfig::Entry &entry : UserConfig::parseCondarc(yaml))
        got << entry.key + u'=' + entry.value;
    QCOMPARE(got, (QStringList{"channels=https://a.example/c1", "channels=https://a.example/c2",
                               "custom_channels=https://b.example/cloud", "custom_channels=https://c.example/x",
                               "default_channels=https://d.example/main", "default_channels=https://d.example/r",
                               "channel_alias=https://e.example/conda", "default_channels=https://f.example/main"}));
}

void TestUserConfig::officialOnlyIsNotChinese()
{
    const Platform platform = fakeLinux(QStringLiteral("official"));
    write(platform.homeDir + QStringLiteral("/.condarc"),
          "channels:\n  - https://conda.anaconda.org/conda-forge\n  - conda-forge\nchannel_alias: "
          "https://conda.anaconda.org\n");
    write(platform.homeDir + QStringLiteral("/.config/pip/pip.conf"),
          "[global]\nindex-url = https://pypi.org/simple\n");
    const UserSources sources = UserConfig::read(platform, catalog());
    QCOMPARE(sources.settings.size(), 3);
    QVERIFY(!sources.pointsAtChineseMirror());
    QVERIFY(sources.firstChinese() == nullptr);
    QCOMPARE(sources.settings.at(2).host, QStringLiteral("pypi.org"));
}

void TestUserConfig::mirrorOutsideTheCatalog()
{
    const Platform platform = fakeLinux(QStringLiteral("douban"));
    write(platform.homeDir + QStringLiteral("/.pip/pip.conf"), fixture(QStringLiteral("douban-pip.ini")));
    const UserSources sources = UserConfig::read(platform, catalog());
    QVERIFY(sources.pointsAtChineseMirror());
    QCOMPARE(sources.firstChinese()->mirrorId, QString());
    QCOMPARE(sources.firstChinese()->host, QStringLiteral("pypi.douban.com"));
    // A subdomain of a catalog host is that mirror (USTC's old pypi.mirrors.ustc.edu.cn).
    SourceSetting old;
    old.url = QStringLiteral("https://pypi.mirrors.ustc.edu.cn/simple/");
    QCOMPARE(UserConfig::classify(old, catalog()).mirrorId, QStringLiteral("ustc"));
    SourceSetting lookalike;
    lookalike.url = QStringLiteral("https://notmirrors.aliyun.com.example/");
    QVERIFY(!UserConfig::classify(lookalike, catalog()).chinese);
}

void TestUserConfig::environmentWinsOverFiles()
{
    // pip.conf names Aliyun; PIP_INDEX_URL names Tencent: pip uses Tencent, and Aliyun is no finding.
    Platform platform = fakeLinux(QStringLiteral("env"));
    write(platform.homeDir + QStringLiteral("/.config/pip/pip.conf"), fixture(QStringLiteral("aliyun-pip.conf")));
    platform.environment.insert(QStringLiteral("PIP_INDEX_URL"),
                                QStringLiteral("https://mirrors.cloud.tencent.com/pypi/simple"));
    UserSources sources = UserConfig::read(platform, catalog());
    QCOMPARE(sources.settings.size(), 1);
    QCOMPARE(sources.settings.first().origin, QStringLiteral("PIP_INDEX_URL"));
    QCOMPARE(sources.settings.first().host, QStringLiteral("mirrors.cloud.tencent.com"));
    QVERIFY(sources.pointsAtChineseMirror());
    // And the official index given in the environment hides the file's mirror.
    platform.environment.insert(QStringLiteral("PIP_INDEX_URL"), QStringLiteral("https://pypi.org/simple"));
    sources = UserConfig::read(platform, catalog());
    QVERIFY(!sources.pointsAtChineseMirror());
    // [install] beats [global]; extra-index-url's blank-separated URLs count one by one.
    platform.environment.remove(QStringLiteral("PIP_INDEX_URL"));
    write(
        platform.homeDir + QStringLiteral("/.config/pip/pip.conf"),
        "[global]\nindex-url = https://pypi.org/simple\nextra_index_url =\n  https://x.example/simple\n"
        "  https://pypi.tuna.tsinghua.edu.cn/simple\n[install]\nindex-url: https://mirrors.ustc.edu.cn/pypi/simple\n");
    sources = UserConfig::read(platform, catalog());
    QCOMPARE(sources.settings.size(), 3);
    QCOMPARE(sources.settings.at(0).mirrorId, QStringLiteral("ustc"));
    QCOMPARE(sources.settings.at(2).key, QStringLiteral("extra-index-url"));
    QCOMPARE(sources.settings.at(2).mirrorId, QStringLiteral("tuna"));
    // Options indented alike are two options, as configparser reads them, not one value continued.
    write(platform.homeDir + QStringLiteral("/.config/pip/pip.conf"),
          "[global]\n  index-url = https://pypi.org/simple\n  extra-index-url = "
          "https://mirrors.aliyun.com/pypi/simple/\n");
    sources = UserConfig::read(platform, catalog());
    QCOMPARE(sources.settings.size(), 2);
    QCOMPARE(sources.settings.at(1).mirrorId, QStringLiteral("aliyun"));
}

void TestUserConfig::configFileFromEnvironment()
{
    Platform platform = fakeLinux(QStringLiteral("configfile"));
    const QString own = m_dir.filePath(QStringLiteral("configfile/own.conf"));
    write(own, fixture(QStringLiteral("ustc-pip.conf")));
    write(platform.homeDir + QStringLiteral("/.config/pip/pip.conf"), fixture(QStringLiteral("tuna-pip.conf")));
    platform.environment.insert(QStringLiteral("PIP_CONFIG_FILE"), own);
    // An existing PIP_CONFIG_FILE turns the user's files off; os.devnull turns every file off.
    QVERIFY(!UserConfig::pipConfigPaths(platform).contains(platform.homeDir + QStringLiteral("/.config/pip/pip.conf")));
    QCOMPARE(UserConfig::read(platform, catalog()).firstChinese()->mirrorId, QStringLiteral("ustc"));
    platform.environment.insert(QStringLiteral("PIP_CONFIG_FILE"), QStringLiteral("/dev/null"));
    QVERIFY(UserConfig::pipConfigPaths(platform).isEmpty());
    QVERIFY(!UserConfig::read(platform, catalog()).pointsAtChineseMirror());
}

void TestUserConfig::brokenFilesGiveNothing_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray tuna = "https://mirrors.tuna.tsinghua.edu.cn/anaconda/pkgs/main";
    QTest::newRow("yaml: unclosed flow list") << ".condarc" << QByteArray("channels: [" + tuna + ",\n");
    QTest::newRow("yaml: unclosed quote") << ".condarc" << QByteArray("channels:\n  - '" + tuna + "\n");
    QTest::newRow("yaml: no key") << ".condarc" << QByteArray(tuna + "\nchannels:\n  - " + tuna + "\n");
    QTest::newRow("yaml: tab indent") << ".condarc" << QByteArray("channels:\n\t- " + tuna + "\n");
    QByteArray binary = "channels:\n  - " + tuna + "\n";
    binary.append('\0').append("\xff\xfe");
    QTest::newRow("yaml: binary") << ".condarc" << binary;
    QTest::newRow("ini: no section") << ".config/pip/pip.conf" << QByteArray("index-url = " + tuna + "\n");
    QTest::newRow("ini: not an option") << ".config/pip/pip.conf"
                                        << QByteArray("[global]\nindex-url = " + tuna + "\njust words\n");
    QTest::newRow("ini: bad utf-8") << ".config/pip/pip.conf"
                                    << QByteArray("[global]\nindex-url = " + tuna + "\xc3\x28\n");
    QTest::newRow("ini: empty section") << ".config/pip/pip.conf" << QByteArray("[]\nindex-url = " + tuna + "\n");
}

void TestUserConfig::brokenFilesGiveNothing()
{
    QFETCH(QString, where);
    QFETCH(QByteArray, bytes);
    const Platform platform
        = fakeLinux(QStringLiteral("broken-%1").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u':', u'-'));
    write(platform.homeDir + u'/' + where, bytes);
    QVERIFY(UserConfig::read(platform, catalog()).settings.isEmpty());
    // The same place with a sound file is read: the emptiness above came from the text.
    write(platform.homeDir + u'/' + where,
          fixture(where.endsWith(QStringLiteral(".condarc")) ? QStringLiteral("tuna.condarc")
                                                             : QStringLiteral("tuna-pip.conf")));
    QVERIFY(UserConfig::read(platform, catalog()).pointsAtChineseMirror());
}

void TestUserConfig::folderWhereTheFileShouldBe()
{
    const Platform platform = fakeLinux(QStringLiteral("folders"));
    QVERIFY(QDir().mkpath(platform.homeDir + QStringLiteral("/.condarc")));
    QVERIFY(QDir().mkpath(platform.homeDir + QStringLiteral("/.config/pip/pip.conf")));
    QVERIFY(UserConfig::read(platform, catalog()).settings.isEmpty());
}

void TestUserConfig::condaSearchOrder()
{
    Platform platform = fakeLinux(QStringLiteral("order"),
                                  {{QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/xdg")},
                                   {QStringLiteral("CONDA_EXE"), QStringLiteral("/opt/miniforge3/bin/conda")},
                                   {QStringLiteral("CONDA_PREFIX"), QStringLiteral("/opt/miniforge3/envs/t")},
                                   {QStringLiteral("CONDARC"), QStringLiteral("/srv/my.condarc")}});
    const QStringList paths = UserConfig::condarcPaths(platform);
    const QString home = platform.homeDir;
    const QStringList expected{platform.unixPath(QStringLiteral("/etc/conda/.condarc")),
                               QStringLiteral("/opt/miniforge3/.condarc"),
                               QStringLiteral("/xdg/conda/.condarc"),
                               home + QStringLiteral("/.config/conda/.condarc"),
                               home + QStringLiteral("/.conda/.condarc"),
                               home + QStringLiteral("/.condarc"),
                               QStringLiteral("/opt/miniforge3/envs/t/.condarc"),
                               QStringLiteral("/srv/my.condarc")};
    qsizetype last = -1;
    for (const QString &path : expected) {
        const qsizetype at = paths.indexOf(path);
        QVERIFY2(at > last, qPrintable(path + QStringLiteral(" in ") + paths.join(u'\n')));
        last = at;
    }
    QVERIFY(paths.contains(home + QStringLiteral("/.conda/condarc.d")));
    // Files in a condarc.d folder are read too.
    write(home + QStringLiteral("/.config/conda/condarc.d/mirror.yml"), fixture(QStringLiteral("tuna.condarc")));
    write(home + QStringLiteral("/.config/conda/condarc.d/notes.txt"), fixture(QStringLiteral("ustc.condarc")));
    const UserSources sources = UserConfig::read(platform, catalog());
    QCOMPARE(sources.settings.size(), 5);
    QVERIFY(sources.firstChinese()->origin.endsWith(QStringLiteral("condarc.d/mirror.yml")));
}

void TestUserConfig::windowsRules()
{
    Platform platform;
    platform.os = Platform::Os::Windows;
    platform.homeDir = QStringLiteral("C:\\Users\\张三");
    platform.environment = {{QStringLiteral("APPDATA"), QStringLiteral("C:\\Users\\张三\\AppData\\Roaming")},
                            {QStringLiteral("ProgramData"), QStringLiteral("D:\\ProgramData")}};
    const QStringList pip = UserConfig::pipConfigPaths(platform);
    QCOMPARE(pip, (QStringList{QStringLiteral("D:\\ProgramData\\pip\\pip.ini"),
                               QStringLiteral("C:\\Users\\张三\\pip\\pip.ini"),
                               QStringLiteral("C:\\Users\\张三\\AppData\\Roaming\\pip\\pip.ini")}));
    const QStringList conda = UserConfig::condarcPaths(platform);
    QCOMPARE(conda.first(), QStringLiteral("D:\\ProgramData\\conda\\.condarc"));
    QVERIFY(conda.contains(QStringLiteral("C:\\Users\\张三\\.condarc")));
    QVERIFY(conda.contains(QStringLiteral("C:\\Users\\张三\\.conda\\.condarc")));
    platform.environment.insert(QStringLiteral("PIP_CONFIG_FILE"), QStringLiteral("NUL"));
    QVERIFY(UserConfig::pipConfigPaths(platform).isEmpty());
#ifdef Q_OS_WIN
    // Under Wine or on Windows the same rules find a real %APPDATA%\pip\pip.ini.
    platform.environment.remove(QStringLiteral("PIP_CONFIG_FILE"));
    const QString appData = QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("windows/AppData/Roaming")));
    platform.environment.insert(QStringLiteral("APPDATA"), appData);
    platform.homeDir = QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("windows/home")));
    platform.environment.insert(QStringLiteral("ProgramData"),
                                QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("windows/pd"))));
    write(appData + QStringLiteral("\\pip\\pip.ini"), fixture(QStringLiteral("douban-pip.ini")));
    const UserSources sources = UserConfig::read(platform, catalog());
    QVERIFY(sources.pointsAtChineseMirror());
    QCOMPARE(sources.firstChinese()->origin, appData + QStringLiteral("\\pip\\pip.ini"));
#endif
}

QTEST_GUILESS_MAIN(TestUserConfig)
#include "tst_userconfig.moc"
