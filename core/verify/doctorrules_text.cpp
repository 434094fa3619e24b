// The doctor's rules about Python's surroundings (DLLs, PYTHONPATH, PYTHONHOME, toolkits, paths, mirrors) and the
// install failures FailureRecognizer knows, refined with the facts where they add something.
#include <core/base/localizedtext.h>
#include <core/verify/doctor_p.h>

#include <core/base/textmatch.h>
#include <core/base/version.h>
#include <core/install/failures.h>
#include <core/install/preflight.h>

namespace tgs::doctor {

namespace {

const QString kVcRedist = QStringLiteral("https://aka.ms/vs/17/release/vc_redist.x64.exe");

bool hasNonAscii(const QString &s)
{
    for (const QChar ch : s) {
        if (ch.unicode() > 127)
            return true;
    }
    return false;
}

QString labelOr(const std::optional<Target> &target)
{
    return target ? target->label : Doctor::tr("this Python");
}

void shadowed(Context &c, const QString &torchPath, bool fromPythonPath, const std::optional<Target> &target,
              const QString &evidence)
{
    Finding f;
    f.id = QStringLiteral("torch_shadowed");
    f.evidence = evidence;
    f.title = target ? Doctor::tr("Python loads a different PyTorch than the one in %1.").arg(target->label)
                     : Doctor::tr("PyTorch is loaded from outside the Python environment.");
    if (fromPythonPath) {
        f.detail = Doctor::tr("torch is imported from %1, a folder on PYTHONPATH (%2): it comes before the "
                              "environment's own packages, so the environment's torch is never used.")
                       .arg(torchPath, c.in.platform.env(QStringLiteral("PYTHONPATH")));
        f.fix.instruction = Doctor::tr("Remove that folder from the PYTHONPATH environment variable (Windows: "
                                       "Settings → System → About → Advanced system settings → Environment "
                                       "Variables; Linux: your ~/.bashrc or ~/.profile), open a new terminal and "
                                       "check again.");
    } else {
        f.detail = Doctor::tr("torch is imported from %1, the user site-packages, which Python searches before the "
                              "environment's own packages: an earlier \"pip install --user\" (or pip outside any "
                              "environment) put it there.")
                       .arg(torchPath);
        f.fix.instruction = Doctor::tr("Delete the folder %1 together with the torch-*.dist-info folder beside it, or "
                                       "set the environment variable PYTHONNOUSERSITE=1 so that Python ignores the "
                                       "user site-packages; then check again.")
                                .arg(torchPath);
    }
    c.add(f);
}

void pythonHome(Context &c, const QString &value, Severity severity, const QString &evidence)
{
    Finding f;
    f.id = QStringLiteral("python_home_set");
    f.severity = severity;
    f.evidence = evidence;
    f.title = severity == Severity::Error ? Doctor::tr("Python cannot find its own standard library.")
                                          : Doctor::tr("PYTHONHOME is set; it breaks Pythons that are not in it.");
    f.detail = value.isEmpty() ? Doctor::tr("Python stopped with \"No module named 'encodings'\": its standard library "
                                            "is not where it looks, usually because PYTHONHOME points elsewhere.")
                               : Doctor::tr("PYTHONHOME is %1: every Python, including conda's and the "
                                            "environments', looks for its standard library there instead of its "
                                            "own folder.")
                                     .arg(value);
    f.fix.instruction = Doctor::tr("Remove the PYTHONHOME environment variable (Windows: Settings → System → About → "
                                   "Advanced system settings → Environment Variables; Linux: your ~/.bashrc or "
                                   "~/.profile), open a new terminal and try again. conda and venv need no "
                                   "PYTHONHOME.");
    c.add(f);
}

void nonAscii(Context &c, const QString &path, const QString &evidence)
{
    if (c.find(QStringLiteral("non_ascii_path")))
        return;
    Finding f;
    f.id = QStringLiteral("non_ascii_path");
    f.severity = Severity::Warning;
    f.evidence = evidence;
    f.title = Doctor::tr("A folder in use has non-ASCII characters in its path.");
    f.detail = Doctor::tr("%1 contains characters outside ASCII (for example a Chinese user name). conda, pip and "
                          "Python packages that build code often fail on such paths with encoding errors.")
                   .arg(path);
    f.fix = c.newEnvFix(Doctor::tr("Install Miniforge into a folder with a plain ASCII path, such as %1, and create "
                                   "the environment there.")
                            .arg(Preflight::asciiInstallLocation(c.in.platform)),
                        true);
    c.add(f);
}

void toolkitRule(Context &c)
{
    if (!c.in.environment)
        return;
    QStringList versions, listed;
    for (const CudaToolkitInfo &t : c.in.environment->cudaToolkits) {
        const QString v = Version(t.version).majorMinor();
        if (!versions.contains(v)) {
            versions << v;
            listed << QStringLiteral("%1 (%2)").arg(t.version, t.path);
        }
    }
    if (versions.size() < 2)
        return;
    const QString torchCuda = c.in.verification ? c.in.verification->cuda : QString();
    Finding f;
    f.id = QStringLiteral("several_cuda_toolkits");
    f.severity = Severity::Warning;
    f.title = Doctor::tr("Several CUDA toolkits are installed: %1.").arg(listText(versions));
    f.detail = Doctor::tr("Installed: %1. PyTorch's wheels bring their own CUDA and ignore them, but building "
                          "extensions (nvcc, setup.py, pip install of packages with CUDA code) takes whichever comes "
                          "first on PATH or in CUDA_HOME, and fails when it differs from torch's CUDA.")
                   .arg(listText(listed));
    QString matching;
    for (const CudaToolkitInfo &t : c.in.environment->cudaToolkits) {
        if (!torchCuda.isEmpty() && Version(t.version).majorMinor() == Version(torchCuda).majorMinor())
            matching = t.path;
    }
    f.fix.instruction
        = matching.isEmpty()
              ? Doctor::tr("Before building an extension, set CUDA_HOME to the toolkit with torch's CUDA version and "
                           "put its bin folder first on PATH; uninstall toolkits you no longer need.")
              : Doctor::tr("Before building an extension, set CUDA_HOME to %1 (CUDA %2, like torch) and put its bin "
                           "folder first on PATH; uninstall toolkits you no longer need.")
                    .arg(matching, torchCuda);
    c.add(f);
}

// "no wheel for this Python": pip found no torch, and the knowledge base agrees there is none for this Python.
bool noWheelRule(Context &c, const KnownFailure &failure)
{
    static const QRegularExpression torchRequirement(QStringLiteral(
        R"((?:requirement|distribution found for) torch(?:(?:==|~=|>=)(\d+(?:\.\d+)*))?(?:\+\w+)?(?:[\s,;)]|$))"));
    const QRegularExpressionMatch m = torchRequirement.match(c.in.text);
    if (!m.hasMatch())
        return false;
    QString python;
    if (const std::optional<Target> t = c.anyTarget())
        python = t->pythonVersion;
    if (python.isEmpty() && c.in.environment && c.in.environment->pythons.size() == 1)
        python = c.in.environment->pythons.first().version;
    if (python.isEmpty())
        return false;
    const QString pyMinor = Version(python).majorMinor();
    const QString os = Platform::osId(c.os);
    const QString wanted = m.captured(1);
    QStringList supported;
    QString newest;
    for (const TorchRelease &r : c.kb.torchReleases) {
        if (!wanted.isEmpty() && !(Version(r.version) == Version(wanted))
            && !(Version(wanted).part(2) == 0 && wanted.count(u'.') == 1 && r.version.startsWith(wanted + u'.')))
            continue;
        if (r.hasPython(pyMinor, os))
            return false; // a wheel exists: the cause is elsewhere (index, mirror, 32-bit Python)
        supported = r.pythonFor(os);
        newest = r.version;
    }
    Finding f;
    f.id = QStringLiteral("no_wheel_for_python");
    f.evidence = failure.evidence;
    f.title = Doctor::tr("PyTorch has no package for Python %1.").arg(pyMinor);
    if (!newest.isEmpty()) {
        f.detail = Doctor::tr("pip looked for torch %1, which has packages for Python %3 only (%2); this Python is %4.")
                       .arg(wanted.isEmpty() ? newest : wanted,
                            os == QStringLiteral("windows") ? Doctor::tr("on Windows") : Doctor::tr("on Linux"),
                            listText(supported), python);
    } else {
        f.detail = Doctor::tr("No PyTorch release in the knowledge base (data of %1) has a package for Python %2.")
                       .arg(c.kb.dataDate, pyMinor);
    }
    f.fix = c.newEnvFix(Doctor::tr("Create a new environment with a Python version that PyTorch supports instead of "
                                   "installing into this Python."));
    c.add(f);
    return true;
}

// A mirror without the `nvidia` channel: conda asks it for .../nvidia/... and gets nothing.
bool mirrorRule(Context &c, const KnownFailure &failure)
{
    static const QRegularExpression nvidiaOnMirror(QStringLiteral(R"(https?://([^/\s<>"']+)/\S*?/nvidia(?:/|>|\s|$))"),
                                                   QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = nvidiaOnMirror.match(c.in.text);
    if (!m.hasMatch() || m.captured(1).contains(QStringLiteral("anaconda.org"), Qt::CaseInsensitive)
        || m.captured(1).contains(QStringLiteral("anaconda.com"), Qt::CaseInsensitive))
        return false;
    Finding f;
    f.id = QStringLiteral("mirror_without_nvidia");
    f.evidence = failure.evidence;
    f.title = Doctor::tr("The mirror %1 has no nvidia conda channel.").arg(m.captured(1));
    f.detail = Doctor::tr("conda asked the mirror for the nvidia channel and it was not there (%1). PyTorch's conda "
                          "packages for CUDA (pytorch-cuda and the cuda-* libraries) come from that channel, and "
                          "most mirrors do not copy it.")
                   .arg(failure.evidence);
    f.fix = c.newEnvFix(Doctor::tr("Use the pip route in the wizard: PyTorch's pip packages bring CUDA with them and "
                                   "need no nvidia channel. Or choose the official source, or remove the nvidia "
                                   "entry from custom_channels in your .condarc."));
    c.add(f);
    return true;
}

void failureRule(Context &c)
{
    std::optional<KnownFailure> failure = FailureRecognizer::recognize(c.in.text);
    if (!failure && text::containsPhrase(c.in.text, QStringLiteral("Terms of Service have not been accepted"))) {
        // The same failure without conda's exception name (a quoted or reworded message): FailureRecognizer's words.
        failure = FailureRecognizer::recognize(QStringLiteral("CondaToSNonInteractiveError"));
        if (failure)
            failure->evidence = lineWith(c.in.text, caseless(QStringLiteral("Terms of Service")));
    }
    if (!failure)
        return;
    if (failure->id == QStringLiteral("pip_no_matching_distribution") && noWheelRule(c, *failure))
        return;
    if ((failure->id == QStringLiteral("conda_http_error") || failure->id == QStringLiteral("conda_packages_not_found"))
        && mirrorRule(c, *failure))
        return;
    Finding f;
    f.id = failure->id;
    f.evidence = failure->evidence;
    f.title = failure->title;
    f.detail = Doctor::tr("The output says: %1").arg(failure->evidence);
    if (failure->id == QStringLiteral("conda_unsatisfiable"))
        f.fix = c.newEnvFix(failure->advice);
    else
        f.fix.instruction = failure->advice;
    c.add(f);
}

} // namespace

bool importErrorRule(Context &c, const QString &error, const std::optional<Target> &target)
{
    static const QRegularExpression dll(QStringLiteral(R"(Error loading "([^"]+)\"|([\w.-]+\.dll))"),
                                        QRegularExpression::CaseInsensitiveOption);
    Finding f;
    if (error.contains(QStringLiteral("[WinError 1455]"))) {
        f.id = QStringLiteral("paging_file_too_small");
        f.title = Doctor::tr("Windows' paging file is too small to load PyTorch's CUDA libraries.");
        f.detail = Doctor::tr("\"import torch\" in %1 failed with WinError 1455 while loading %2: the CUDA and "
                              "cuDNN libraries need several gigabytes of virtual memory.")
                       .arg(labelOr(target), dll.match(error).captured(1));
        f.fix.instruction = Doctor::tr("Enlarge the paging file: Settings → System → About → Advanced system "
                                       "settings → Performance Settings → Advanced → Virtual memory → Change; let "
                                       "Windows manage the size (or set at least 16384 MB on the system drive), "
                                       "restart, and check again. Loading fewer worker processes at once also helps.");
    } else if (error.contains(QStringLiteral("[WinError 126]")) || error.contains(QStringLiteral("[WinError 127]"))
               || error.contains(QStringLiteral("DLL load failed"), Qt::CaseInsensitive)
               || (error.contains(QStringLiteral("Error loading \"")) && error.contains(QStringLiteral(".dll")))) {
        const QRegularExpressionMatch m = dll.match(error);
        QString library = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        library = library.mid(library.lastIndexOf(u'\\') + 1);
        f.id = QStringLiteral("dll_load_failed");
        f.title = Doctor::tr("Windows could not load one of PyTorch's DLLs.");
        f.detail = library.isEmpty()
                       ? Doctor::tr("\"import torch\" in %1 failed: a DLL that torch needs could not be loaded.")
                             .arg(labelOr(target))
                       : Doctor::tr("\"import torch\" in %1 failed while loading %2 (or a DLL it needs).")
                             .arg(labelOr(target), library);
        f.detail += u' '
                    + Doctor::tr("The usual cause is a missing Microsoft Visual C++ Redistributable; a broken or "
                                 "mixed install (several torch copies, pip over conda) is the other.");
        f.fix = c.newEnvFix(Doctor::tr("Install the latest Microsoft Visual C++ Redistributable (x64) from %1 and "
                                       "restart Windows. If the error stays, install PyTorch into a new, clean "
                                       "environment instead of repairing this one.")
                                .arg(kVcRedist));
    } else if (error.contains(QStringLiteral("No module named 'encodings'"))) {
        pythonHome(c, c.in.platform.env(QStringLiteral("PYTHONHOME")), Severity::Error,
                   lineWith(error, caseless(QStringLiteral("encodings"))));
        return true;
    } else {
        return false;
    }
    f.evidence = lineWith(error, caseless(QStringLiteral(R"(WinError|DLL load failed|Error loading)")));
    c.add(f);
    return true;
}

void pathRules(Context &c)
{
    const Platform &p = c.in.platform;
    if (c.in.verification && (c.in.verification->torchFromUserSite || c.in.verification->torchFromPythonPath)) {
        shadowed(c, c.in.verification->torchPath, c.in.verification->torchFromPythonPath, c.verifiedTarget(), {});
    }
    if (!p.env(QStringLiteral("PYTHONPATH")).isEmpty() && !c.find(QStringLiteral("torch_shadowed"))) {
        Finding f;
        f.id = QStringLiteral("python_path_set");
        f.severity = Severity::Warning;
        f.title = Doctor::tr("PYTHONPATH is set; its packages come before every environment's own.");
        f.detail = Doctor::tr("PYTHONPATH is %1. A torch (or numpy, or typing_extensions) in one of these folders "
                              "shadows the environment's and makes a working install look broken.")
                       .arg(p.env(QStringLiteral("PYTHONPATH")));
        f.fix.instruction = Doctor::tr("Unless you need it, remove the PYTHONPATH environment variable and open a new "
                                       "terminal.");
        c.add(f);
    }
    if (!p.env(QStringLiteral("PYTHONHOME")).isEmpty())
        pythonHome(c, p.env(QStringLiteral("PYTHONHOME")), Severity::Warning, {});
    toolkitRule(c);

    QStringList paths;
    if (c.in.environment && c.in.environment->conda)
        paths << c.in.environment->conda->basePrefix;
    if (const std::optional<Target> t = c.verifiedTarget())
        paths << t->prefix << t->python;
    for (const QString &path : std::as_const(paths)) {
        if (hasNonAscii(path)) {
            nonAscii(c, path, {});
            break;
        }
    }
}

void textRules(Context &c)
{
    const QString &text = c.in.text;
    if (text.trimmed().isEmpty())
        return;
    const std::optional<Target> target = c.textTarget();
    if (text::containsPhrase(text, QStringLiteral("init_fs_encoding"))
        || text::containsPhrase(text, QStringLiteral("initfsencoding"))) {
        static const QRegularExpression home(QStringLiteral(R"(PYTHONHOME = '([^']+)')"));
        pythonHome(c, home.match(text).captured(1), Severity::Error,
                   lineWith(text, caseless(QStringLiteral("Fatal Python error"))));
    }
    importErrorRule(c, text, target);

    static const QRegularExpression userSite(QStringLiteral(
        R"(([A-Za-z]:\\[^"'<>|\r\n]*?\\AppData\\Roaming\\Python\\Python\d+\\site-packages\\torch|/[^"'\s]*?/\.local/lib/python\d+\.\d+/site-packages/torch)(?:[\\/]|$))"));
    if (const QRegularExpressionMatch m = userSite.match(text);
        m.hasMatch() && !c.find(QStringLiteral("torch_shadowed")))
        shadowed(c, m.captured(1), false, target, lineWith(text, caseless(QRegularExpression::escape(m.captured(1)))));

    static const QRegularExpression mismatch(QStringLiteral(
        R"(detected CUDA version \((\d+\.\d+)\) mismatches the version that was used to compile\s+PyTorch \((\d+\.\d+)\))"));
    if (const QRegularExpressionMatch m = mismatch.match(text); m.hasMatch()) {
        Finding f;
        f.id = QStringLiteral("cuda_version_mismatch");
        f.evidence = lineWith(text, caseless(QStringLiteral("detected CUDA version")));
        f.title = Doctor::tr("An extension build found CUDA %1, but PyTorch is built with CUDA %2.")
                      .arg(m.captured(1), m.captured(2));
        f.detail = Doctor::tr("Building a package with CUDA code uses the toolkit that CUDA_HOME or PATH names "
                              "(CUDA %1 here); it must have the same major and minor version as torch's own CUDA "
                              "(%2).")
                       .arg(m.captured(1), m.captured(2));
        f.fix.instruction = Doctor::tr("Install the CUDA %1 toolkit (or \"conda install cuda-nvcc=%1\" in the "
                                       "environment) and set CUDA_HOME to it before building; or install the PyTorch "
                                       "build for CUDA %2 instead.")
                                .arg(m.captured(2), m.captured(1));
        c.add(f);
    }

    static const QRegularExpression pathInText(
        QStringLiteral(R"([A-Za-z]:\\[^"'<>|\r\n。：]*|/(?:home|Users)/[^"'\s<>|]*)"));
    QRegularExpressionMatchIterator paths = pathInText.globalMatch(text);
    while (paths.hasNext()) {
        const QString path = paths.next().captured(0).trimmed();
        if (hasNonAscii(path)) {
            nonAscii(c, path, lineWith(text, caseless(QRegularExpression::escape(path))));
            break;
        }
    }
    failureRule(c);
}

} // namespace tgs::doctor
