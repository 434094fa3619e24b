#pragma once

#include <core/base/platform.h>
#include <core/install/mirrors.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace tgs {

// One package source the user's own conda or pip configuration names.
struct SourceSetting
{
    enum class Tool { Conda, Pip };

    Tool tool = Tool::Pip;
    QString origin; // the file, or the environment variable (PIP_INDEX_URL)
    QString key;    // channels, default_channels, custom_channels, channel_alias, index-url, extra-index-url
    QString url;
    QString host;
    QString mirrorId;     // the catalog's mirror on that host ("tuna"); empty when it is none of ours
    bool chinese = false; // one of the catalog's mirrors, or a well-known mirror in mainland China

    QString toolName() const { return tool == Tool::Conda ? QStringLiteral("conda") : QStringLiteral("pip"); }
};

struct UserSources
{
    QList<SourceSetting> settings;

    // Whether a source the user already set up is a mirror in mainland China: there, the fastest source
    // is the better default than the official servers.
    bool pointsAtChineseMirror() const { return firstChinese() != nullptr; }
    const SourceSetting *firstChinese() const;
};

// Reads the package sources the user's own configuration names: the .condarc files conda reads, in
// conda's search order, and what pip takes from its environment variables and configuration files. Only
// what pip would use is reported (PIP_INDEX_URL hides every file's index-url); conda's lists are merged
// across files, so every file's entries count. A file that cannot be read or parsed gives nothing.
namespace UserConfig {

// conda's SEARCH_PATH (docs: "Using the .condarc conda configuration file", "Searching for .condarc"),
// without the condarc.d folders, whose files are added by read().
QStringList condarcPaths(const Platform &platform);
// pip's configuration files, later ones overriding earlier ones as in pip's code (OVERRIDE_ORDER: global, user
// (legacy, then current), site, then PIP_CONFIG_FILE; its docs list PIP_CONFIG_FILE first, but it wins). Empty when
// PIP_CONFIG_FILE is os.devnull, which turns every file off.
QStringList pipConfigPaths(const Platform &platform);

struct Entry
{
    QString key;
    QString value;
};
// The URLs (values containing "://") under channels, default_channels, custom_channels and
// channel_alias, in file order; empty when the text is not the YAML subset .condarc files use.
QList<Entry> parseCondarc(const QByteArray &bytes);
// index-url and extra-index-url (also spelled index_url) of every section, keyed "section/key";
// empty when the text is not INI as Python's configparser reads it.
QList<Entry> parsePipConfig(const QByteArray &bytes);

// Names the mirror of `url`: fills host, mirrorId and chinese.
SourceSetting classify(SourceSetting setting, const MirrorCatalog &catalog);

UserSources read(const Platform &platform, const MirrorCatalog &catalog);

} // namespace UserConfig

} // namespace tgs
