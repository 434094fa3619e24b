// Benchmark, not a test: how long detection takes compared with its slowest probe, with fake
// tools of known delay; and on the real machine, compared with PyTorch's own
// `python3 -m torch.utils.collect_env`. Run it with scripts/bench.sh.
#include <core/detect/detector.h>
#include <core/process/processrunner.h>
#include <faketools.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include <algorithm>
#include <cstdio>

using namespace tgs;

namespace {

void fakeToolsRun(int repetitions)
{
    FakeTools tools;
    // Delays in seconds, as slow machines show them: a cold conda is the slowest.
    const double smiDelay = 0.8, condaDelay = 1.5, pythonDelay = 1.0, nvccDelay = 0.4;
    tools.addTool(
        QStringLiteral("nvidia-smi"),
        {{QStringLiteral("--query-gpu=*"), "0, NVIDIA GeForce RTX 4070, 12282, 8.9, 550.40.07\n", {}, 0, smiDelay},
         {QStringLiteral("*"),
          FakeTools::fixture(QStringLiteral("nvidia-smi/linux-550.40.07-rtx4070-91col.txt")),
          {},
          0,
          smiDelay}});
    const QString base = tools.home() + QStringLiteral("/miniforge3");
    tools.addToolAt(
        QStringLiteral("home/miniforge3/bin/conda"),
        {{QStringLiteral("info --json"),
          QStringLiteral(R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": ["%1"]})").arg(base).toUtf8(),
          {},
          0,
          condaDelay}});
    tools.writeFile(QStringLiteral("home/miniforge3/conda-meta/python-3.12.7-h1_0.json"), "{}");
    tools.addToolAt(QStringLiteral("home/miniforge3/bin/python"),
                    {{QStringLiteral("*"),
                      FakeTools::probeOutput(base + QStringLiteral("/bin/python"), QStringLiteral("3.12.7")),
                      {},
                      0,
                      pythonDelay}});
    tools.addTool(QStringLiteral("python3"),
                  {{QStringLiteral("*"),
                    FakeTools::probeOutput(QStringLiteral("/usr/bin/python3"), QStringLiteral("3.11.2")),
                    {},
                    0,
                    pythonDelay}});
    tools.addToolAt(
        QStringLiteral("fs/usr/local/cuda-12.4/bin/nvcc"),
        {{QStringLiteral("*"), FakeTools::fixture(QStringLiteral("nvcc/linux-11.5.119.txt")), {}, 0, nvccDelay}});
    tools.writeFile(QStringLiteral("fs/usr/local/cuda-12.4/include/cuda.h"), "");
    const double slowest = std::max({smiDelay, condaDelay, pythonDelay, nvccDelay});

    DetectionOptions options;
    options.platform = tools.platform();
    std::printf(
        "fake tools: nvidia-smi %.1f s (2 calls), conda %.1f s, python %.1f s (2), nvcc %.1f s; slowest %.1f s\n",
        smiDelay, condaDelay, pythonDelay, nvccDelay, slowest);
    double best = 1e9;
    for (int i = 0; i < repetitions; ++i) {
        const Environment e = Detector::detect(options);
        const double total = e.elapsedMs / 1000.0;
        best = std::min(best, total);
        std::printf("  run %d: total %.2f s, ratio total/slowest %.2f (%lld probes' results, %lld problems)\n", i + 1,
                    total, total / slowest,
                    static_cast<long long>(e.gpus.size() + e.pythons.size() + e.cudaToolkits.size()),
                    static_cast<long long>(e.problems.size()));
    }
    std::printf("best ratio total/slowest: %.2f (1.00 would be perfect overlap; sequential would be %.2f)\n",
                best / slowest, (2 * smiDelay + condaDelay + 2 * pythonDelay + nvccDelay) / slowest);
}

// Seconds a command takes, from start to exit, with this environment.
double timed(const QString &program, const QStringList &arguments, const QMap<QString, QString> &environment)
{
    ProcessSpec spec;
    spec.program = program;
    spec.arguments = arguments;
    spec.environment = environment;
    spec.timeoutMs = 300000;
    QElapsedTimer clock;
    clock.start();
    const ProcessResult result = ProcessRunner::run(spec);
    if (!result.succeeded())
        std::printf("  ! %s %s: %s\n", qPrintable(program), qPrintable(arguments.join(u' ')),
                    qPrintable(result.describe()));
    return clock.elapsed() / 1000.0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The whole program against PyTorch's own tools on this machine, side by side in one run
// (interleaved, median of the repetitions), with a plain system PATH: a version manager's
// shims (pyenv's take ~0.9 s a call here) would measure the shims, not detection.
void realMachineRun(int repetitions)
{
    QMap<QString, QString> environment = Platform::current().environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/cuda/bin:/usr/local/bin:/usr/bin:/bin"));
    const QString app = QStringLiteral(TGS_APP);
    const QString python = QStringLiteral("/usr/bin/python3");
    QList<double> quick, collectEnv, full, importTorch;
    for (int i = 0; i < repetitions; ++i) {
        quick << timed(app, {QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--quick")},
                       environment);
        collectEnv << timed(python, {QStringLiteral("-m"), QStringLiteral("torch.utils.collect_env")}, environment);
        full << timed(app, {QStringLiteral("detect"), QStringLiteral("--json")}, environment);
        importTorch << timed(python, {QStringLiteral("-c"), QStringLiteral("import torch; torch.cuda.is_available()")},
                             environment);
    }
    std::printf("real machine, median of %d runs (PATH=%s):\n", repetitions,
                qPrintable(environment.value(QStringLiteral("PATH"))));
    std::printf(
        "  detect --json --quick %.3f s vs python3 -m torch.utils.collect_env %.3f s: ratio %.3f (target <= 0.15)\n",
        median(quick), median(collectEnv), median(quick) / median(collectEnv));
    std::printf("  detect --json %.3f s vs python3 -c \"import torch; torch.cuda.is_available()\" %.3f s: ratio %.3f "
                "(target <= 1.15)\n",
                median(full), median(importTorch), median(full) / median(importTorch));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    fakeToolsRun(repetitions);
    realMachineRun(std::max(repetitions, 5));
    return 0;
}
