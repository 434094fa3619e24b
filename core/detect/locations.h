#pragma once

#include <core/base/platform.h>

#include <QString>
#include <QStringList>

namespace tgs {

// Where tools and files live, per OS, as pure functions of a Platform: the lists are what
// detection checks and what a "not found" message names.
namespace Locations {

// nvidia-smi: PATH first, then System32 (DCH drivers), NVSMI (older drivers) and the
// DriverStore on Windows; the usual bin folders, containers and WSL on Linux.
QStringList nvidiaSmiCandidates(const Platform &platform);

// Install roots of Miniforge, Miniconda, Anaconda and Mambaforge, for the user and for all users.
QStringList condaRootCandidates(const Platform &platform);
// The real executable inside a root: Scripts\conda.exe on Windows (not condabin\conda.bat,
// which would run through cmd.exe), bin/conda elsewhere.
QString condaExecutableInRoot(const Platform &platform, const QString &root);
// The root a conda executable belongs to (…/bin/conda, …\Scripts\conda.exe, …\condabin\conda.bat).
QString condaRootOfExecutable(const Platform &platform, const QString &executable);
// conda executables named by CONDA_EXE and PATH (a condabin folder on PATH maps to its Scripts\conda.exe).
QStringList condaExecutablesFromEnvironment(const Platform &platform);

// An environment's interpreter: <prefix>\python.exe or <prefix>/bin/python.
QString pythonInPrefix(const Platform &platform, const QString &prefix);
// What `conda activate` puts in front of PATH on Windows, so an env's DLLs load.
QStringList condaActivationPath(const Platform &platform, const QString &prefix);

// Interpreters on PATH, skipping the Microsoft Store's python.exe stubs in WindowsApps.
QStringList pythonsOnPath(const Platform &platform);

// CUDA toolkit roots: CUDA_PATH, CUDA_PATH_V*_*, CUDA_HOME, CUDA_ROOT, nvcc's folder on PATH,
// then /usr/local/cuda* (Linux) or Program Files\NVIDIA GPU Computing Toolkit\CUDA\v* (Windows).
QStringList cudaToolkitCandidates(const Platform &platform);

// A folder counts as a toolkit when it has the toolkit's version file or its headers; a
// wrapper nvcc in /usr/local/bin must not make /usr/local one.
bool looksLikeToolkit(const Platform &platform, const QString &root);
// nvcc inside a conda environment (conda's cuda-nvcc): bin/nvcc, or Library\bin\nvcc.exe on
// Windows; only those that exist.
QStringList nvccInPrefix(const Platform &platform, const QString &prefix);

// cuDNN headers outside the toolkits: system include folders on Linux, NVIDIA's own cuDNN
// installer folders (Program Files\NVIDIA\CUDNN\v9.x\include\12.x) on Windows.
QStringList cudnnHeaderCandidates(const Platform &platform);
// cudnn_version.h, then cudnn.h (cuDNN 7 kept the version there), in a toolkit's include folder.
QStringList cudnnHeadersInToolkit(const Platform &platform, const QString &toolkitRoot);

// One key per file however it is reached (links, case on Windows): the canonical path, or the
// path itself when it does not exist.
QString canonicalKey(Platform::Os os, const QString &path);

// Children of `parent` whose names match a wildcard, sorted, as full paths.
QStringList globDirectories(const Platform &platform, const QString &parent, const QString &pattern);

} // namespace Locations
} // namespace tgs
