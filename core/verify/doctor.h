#pragma once

#include <core/base/platform.h>
#include <core/detect/environment.h>
#include <core/install/plan.h>
#include <core/kb/knowledgebase.h>
#include <core/verify/verification.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace tgs {

enum class Severity { Error, Warning, Info };

// "error", "warning", "info": the identifiers of `doctor --json`.
QString severityId(Severity severity);

// What to do about a finding: always words the user can follow (commands quoted exactly), and a plan where the
// install engine can act. The wizard goes back to the install page with `plan`: it builds it with PlanBuilder and,
// when `existingEnv` is set, applies PlanBuilder::withExistingEnv with it (Reuse: the plan installs into the very
// environment that has the problem instead of creating it).
struct Fix
{
    QString instruction;
    std::optional<PlanRequest> plan;
    std::optional<ExistingEnv> existingEnv;
};

struct Finding
{
    QString id; // stable: see Doctor
    Severity severity = Severity::Error;
    QString title;    // one translated sentence: what is wrong
    QString detail;   // translated: why, with the facts (versions, names, the environment)
    QString evidence; // the line of the pasted text that showed it, trimmed; empty for facts
    Fix fix;
};

struct DoctorInput
{
    std::optional<Environment> environment; // detection, if it ran
    std::optional<Verification> verification;
    QString text; // an install log or a pasted error
    // Which OS rules apply (driver minimums), PYTHONPATH and PYTHONHOME, and where a fix plan installs.
    Platform platform = Platform::current();
};

// Rules over detection, verification and pasted text. Each finding says what is wrong, why (with the facts) and the
// fix. Ids:
//   nvidia_smi_failed        nvidia-smi cannot reach the driver ("NVIDIA-SMI has failed because it couldn't
//                            communicate with the NVIDIA driver"), or it finds no GPU
//   driver_library_mismatch  "Failed to initialize NVML: Driver/library version mismatch": restart after an update
//   no_nvidia_gpu            (info) detection found no NVIDIA GPU: the CPU build is the right one
//   cpu_only_torch           a CPU build (+cpu, torch.version.cuda None, "Torch not compiled with CUDA enabled")
//                            on a PC with an NVIDIA GPU
//   driver_too_old           "The NVIDIA driver on your system is too old (found version 11040)", or the detected
//                            driver is below what torch's CUDA needs (knowledge base)
//   gpu_arch_unsupported     "sm_120 is not compatible with the current PyTorch installation", "no kernel image is
//                            available for execution on the device", or the GPU's capability missing from the
//                            wheel's arch list
//   no_wheel_for_python      pip found no torch, and the knowledge base has no wheel for this Python
//   dll_load_failed          "OSError: [WinError 126]", "Error loading ...c10.dll", "DLL load failed"
//   paging_file_too_small    "OSError: [WinError 1455] The paging file is too small"
//   torch_shadowed           torch imported from the user site-packages or a PYTHONPATH folder
//   python_path_set          PYTHONPATH is set (Warning)
//   python_home_set          PYTHONHOME is set, or Python cannot find its standard library ("No module named
//                            'encodings'")
//   several_cuda_toolkits    (warning) toolkits of several CUDA versions installed
//   cuda_version_mismatch    "The detected CUDA version (12.1) mismatches the version that was used to compile
//                            PyTorch (11.8)"
//   mirror_without_nvidia    a mirror without the `nvidia` conda channel (HTTP 404 for .../nvidia/...)
//   non_ascii_path           conda, an environment or Python in a folder with non-ASCII characters
//   torch_not_installed, torch_import_failed, cuda_unavailable, gpu_compute_failed: what verification saw that
//                            no rule above explains
// and every id of FailureRecognizer (conda_tos_not_accepted, conda_unsatisfiable, pip_no_matching_distribution,
// ...) for install failures in the text, with its title and advice.
class Doctor
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Doctor)

public:
    // Errors first, then warnings, then information; never throws, and empty or unrelated input gives nothing.
    static QList<Finding> diagnose(const DoctorInput &input, const KnowledgeBase &kb);
};

// {"findings": [{"id", "severity", "title", "detail", "evidence", "fix": {"instruction", "plan": null or
// {"route", "env", "existing_env", "torch", "torchvision", "torchaudio", "python", "cuda", "variant", "conda",
// "venv_python", "venv_dir", "install_miniforge_to", "mirror"}}}]}
nlohmann::json findingsToJson(const QList<Finding> &findings);

} // namespace tgs
