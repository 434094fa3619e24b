#pragma once

#include <core/detect/environment.h>
#include <core/detect/probes/probe.h>
#include <core/detect/problem.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tgs {

struct CondaInfoReport
{
    QString version;
    QString rootPrefix;
    QStringList envPrefixes;
    QStringList envsDirs;
};

struct CondaEnvListEntry
{
    QString name; // empty for an environment conda lists by path only
    QString prefix;
};

// Pure parsers for conda's outputs and for a conda environment's own files.
class CondaParser
{
    Q_DECLARE_TR_FUNCTIONS(tgs::CondaParser)

public:
    // `conda --version`: "conda 23.7.4" (older ones print the same to stderr).
    static ProbeResult<QString> parseVersion(const QString &output);

    // `conda info --json`: an object with "conda_version", "root_prefix", "envs", "envs_dirs".
    static ProbeResult<CondaInfoReport> parseInfoJson(const QString &output);

    // `conda env list` / `conda info --envs`, as text in its old and new shapes, or as
    // `--json` ({"envs": [...]}, where conda 4.1/4.2 left out the root prefix):
    //   # conda environments:
    //   #
    //   base                  *  /home/user/miniconda3
    //   py38                     /home/user/miniconda3/envs/py38
    //                            /data/envs/unnamed
    static ProbeResult<QList<CondaEnvListEntry>> parseEnvList(const QString &output);

    // A package's version from the file names in an env's conda-meta folder, e.g.
    // "python-3.10.12-h955ad1f_0.json" → "3.10.12" for package "python".
    static QString packageVersionFromMeta(const QStringList &metaFileNames, const QString &package);

    // "base" for the root prefix, the folder name inside one of envs_dirs, otherwise empty.
    static QString envName(const QString &prefix, const QString &rootPrefix, const QStringList &envsDirs);
};

// The commands: `conda info --json`, and for condas too old for it `conda --version` and
// `conda env list`. conda is a Python program: its output is UTF-8.
class CondaProbe
{
public:
    static ProcessSpec infoSpec(const Platform &platform, const QString &conda, int timeoutMs);
    static ProcessSpec versionSpec(const Platform &platform, const QString &conda, int timeoutMs);
    static ProcessSpec envListSpec(const Platform &platform, const QString &conda, int timeoutMs);
};

} // namespace tgs
