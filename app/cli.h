#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tgs::app {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tgs::app::Cli)

public:
    // `torchgpu-setup detect [--json]`: exit status 0 whenever detection ran.
    static int detect(bool json);
};

} // namespace tgs::app
