#include "cli.h"

#include "appoptions.h"

#include <detector.h>
#include <report.h>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace tgs::app {

namespace {

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int Cli::detect(bool json)
{
    if (!json)
        writeOut(tr("Detecting the GPU, driver, conda, Python, CUDA and cuDNN…") + u'\n');
    const Environment environment = Detector::detect(defaultDetectionOptions());
    if (json)
        writeOut(QString::fromStdString(environmentToJson(environment).dump(2)) + u'\n');
    else
        writeOut(EnvironmentReport::toText(environment));
    return 0;
}

} // namespace tgs::app
