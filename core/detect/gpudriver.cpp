#include <core/detect/gpudriver.h>

namespace tgs {

namespace {

const QString kSmi = QStringLiteral("nvidia-smi");
const QString kCudaDriver = QStringLiteral("cuda-driver");

const SmiReport *okReport(const std::optional<ProbeResult<SmiReport>> &answer)
{
    return answer && answer->ok() ? &answer->value() : nullptr;
}

DriverInfo driverFrom(const GpuDriverAnswers &a, const SmiReport *query, const SmiReport *table)
{
    DriverInfo driver;
    if (query && !query->driverVersion.isEmpty()) {
        driver.version = query->driverVersion;
        driver.source = QStringLiteral("nvidia-smi --query-gpu");
    } else if (table) {
        driver.version = table->driverVersion;
        driver.source = kSmi;
    } else if (!a.moduleVersion.isEmpty()) {
        driver.version = a.moduleVersion;
        driver.source = a.moduleVersionSource;
    }
    if (table && !table->cudaVersion.isEmpty()) {
        driver.cudaVersion = table->cudaVersion;
        driver.cudaSource = kSmi;
    } else if (a.cudaDriver && a.cudaDriver->ok() && a.cudaDriver->value().driverVersion > 0) {
        driver.cudaVersion = a.cudaDriver->value().cudaVersion();
        driver.cudaSource = QStringLiteral("cuDriverGetVersion (%1)").arg(a.cudaDriver->value().library);
    }
    return driver;
}

} // namespace

void assembleGpusAndDriver(const GpuDriverAnswers &a, Environment &env)
{
    const SmiReport *query = okReport(a.smiQuery);
    const SmiReport *table = okReport(a.smiTable);
    if (query) {
        env.gpus = query->gpus;
        for (GpuInfo &gpu : env.gpus) {
            for (const GpuInfo &row : table ? table->gpus : QList<GpuInfo>{}) {
                if (row.index == gpu.index && !gpu.memoryTotalMib)
                    gpu.memoryTotalMib = row.memoryTotalMib;
            }
        }
    } else if (table) {
        env.gpus = table->gpus;
    }

    const DriverInfo driver = driverFrom(a, query, table);
    if (!driver.version.isEmpty() || !driver.cudaVersion.isEmpty())
        env.driver = driver;

    if (a.smiFound && !query && !table && (a.smiTable || a.smiQuery)) {
        // Both calls failed; the table's reason is the one users search for.
        const ProbeError &error = (a.smiTable ? *a.smiTable : *a.smiQuery).error();
        env.problems.append({kSmi, error.kind, error.message});
    } else if (a.smiFound && !query && a.smiQuery && a.smiQuery->error().kind == ProblemKind::TimedOut) {
        // The table worked and only the query timed out: worth knowing, not worth alarming.
        env.problems.append({kSmi, ProblemKind::TimedOut, a.smiQuery->error().message});
    }

    if (a.cudaDriver && !a.cudaDriver->ok()) {
        env.problems.append({kCudaDriver, a.cudaDriver->error().kind, a.cudaDriver->error().message});
    } else if (a.cudaDriver) {
        if (auto problem = CudaDriverProbe::initProblem(a.cudaDriver->value()))
            env.problems.append({kCudaDriver, problem->kind, problem->message});
    }
}

} // namespace tgs
