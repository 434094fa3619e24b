// Benchmark, not a test: how long detection takes compared with its slowest probe, with fake
// tools of known delay; and on the real machine, compared with PyTorch's own
// `python3 -m torch.utils.collect_env`. Run it with scripts/bench.sh.
#include <core/detect/detector.h>
#include <faketools.h>
#include <core/process/processrunner.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace tgs;

namespace {

void fakeToolsRun(int repetitions)
{
    FakeTools tools;
    // Delays in seconds, as slow machines show them: a cold conda is the slowest.
    const double smiDelay = 0.8, condaDelay = 1.5, pythonDelay = 1.0, nvccDelay = 0.4;
    tools.addTool(QStringLiteral("nvidia-smi"),
                  {{QStringLiteral("--query-gpu=*"), "0, NVIDIA GeForce RTX 4070, 12282, 8.9, 550.40.07\n", {}, 0, smiDelay},
                   {QStringLiteral("*"), FakeTools::fixture(QStringLiteral("nvidia-smi/linux-550.40.07-rtx4070-91col.txt")), {}, 0, smiDelay}});
    const QString base = tools.home() + QStringLiteral("/miniforge3");
    tools.addToolAt(QStringLiteral("home/miniforge3/bin/conda"),
                    {{QStringLiteral("info --json"),
                      QStringLiteral(R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": ["%1"]})").arg(base).toUtf8(), {}, 0, condaDelay}});
    tools.writeFile(QStringLiteral("home/miniforge3/conda-meta/python-3.12.7-h1_0.json"), "{}");
    tools.addToolAt(QStringLiteral("home/miniforge3/bin/python"),
                    {{QStringLiteral("*"), FakeTools::probeOutput(base + QStringLiteral("/bin/python"), QStringLiteral("3.12.7")), {}, 0, pythonDelay}});
    tools.addTool(QStringLiteral("python3"),
                  {{QStringLiteral("*"), FakeTools::probeOutput(QStringLiteral("/usr/bin/python3"), QStringLiteral("3.11.2")), {}, 0, pythonDelay}});
    tools.addToolAt(QStringLiteral("fs/usr/local/cuda-12.4/bin/nvcc"),
                    {{QStringLiteral("*"), FakeTools::fixture(QStringLiteral("nvcc/linux-11.5.119.txt")), {}, 0, nvccDelay}});
    tools.writeFile(QStringLiteral("fs/usr/local/cuda-12.4/include/cuda.h"), "");
    const double slowest = std::max({smiDelay, condaDelay, pythonDelay, nvccDelay});

    DetectionOptions options;
    options.platform = tools.platform();
    std::printf("fake tools: nvidia-smi %.1f s (2 calls), conda %.1f s, python %.1f s (2), nvcc %.1f s; slowest %.1f s\n",
                smiDelay, condaDelay, pythonDelay, nvccDelay, slowest);
    double best = 1e9;
    for (int i = 0; i < repetitions; ++i) {
        const Environment e = Detector::detect(options);
        const double total = e.elapsedMs / 1000.0;
        best = std::min(best, total);
        std::printf("  run %d: total %.2f s, ratio total/slowest %.2f (%lld probes' results, %lld problems)\n", i + 1, total,
                    total / slowest, static_cast<long long>(e.gpus.size() + e.pythons.size() + e.cudaToolkits.size()),
                    static_cast<long long>(e.problems.size()));
    }
    std::printf("best ratio total/slowest: %.2f (1.00 would be perfect overlap; sequential would be %.2f)\n", best / slowest,
                (2 * smiDelay + condaDelay + 2 * pythonDelay + nvccDelay) / slowest);
}

void realMachineRun()
{
    DetectionOptions options;
    options.driverProbeProgram = QStringLiteral(TGS_APP);
    options.driverProbeArguments = {QStringLiteral("--probe-cuda-driver")};
    QElapsedTimer clock;
    clock.start();
    const Environment e = Detector::detect(options);
    const double ours = clock.elapsed() / 1000.0;

    ProcessSpec spec;
    spec.program = QStringLiteral("/usr/bin/python3");
    spec.arguments = {QStringLiteral("-m"), QStringLiteral("torch.utils.collect_env")};
    spec.timeoutMs = 300000;
    clock.restart();
    const ProcessResult collect = ProcessRunner::run(spec);
    const double theirs = clock.elapsed() / 1000.0;
    std::printf("real machine: torchgpu-setup detection %.2f s (%lld Pythons, %lld toolkits); "
                "python3 -m torch.utils.collect_env %.2f s (%s)\n",
                ours, static_cast<long long>(e.pythons.size()), static_cast<long long>(e.cudaToolkits.size()), theirs,
                qPrintable(outcomeId(collect.outcome)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    fakeToolsRun(repetitions);
    realMachineRun();
    return 0;
}
