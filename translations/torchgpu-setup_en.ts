<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tgs::BoundedFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or pipe), so it is not read.</source>
        <translation>%1 is not a regular file (a folder, device or pipe), so it is not read.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, more than such a file can be: it is not read.</source>
        <translation>%1 is larger than %2, more than such a file can be: it is not read.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>tgs::CondaParser</name>
    <message>
        <source>conda --version printed no version this program can read.</source>
        <translation>conda --version printed no version this program can read.</translation>
    </message>
    <message>
        <source>conda info --json printed no JSON.</source>
        <translation>conda info --json printed no JSON.</translation>
    </message>
    <message>
        <source>conda info --json printed JSON this program cannot read.</source>
        <translation>conda info --json printed JSON this program cannot read.</translation>
    </message>
    <message>
        <source>conda info --json names no root prefix.</source>
        <translation>conda info --json names no root prefix.</translation>
    </message>
    <message>
        <source>conda env list printed nothing this program can read.</source>
        <translation>conda env list printed nothing this program can read.</translation>
    </message>
    <message>
        <source>conda env list --json printed JSON this program cannot read.</source>
        <translation>conda env list --json printed JSON this program cannot read.</translation>
    </message>
</context>
<context>
    <name>tgs::CudaDriverProbe</name>
    <message>
        <source>The NVIDIA driver&apos;s CUDA library (nvcuda.dll / libcuda.so.1) is not installed.</source>
        <translation>The NVIDIA driver&apos;s CUDA library (nvcuda.dll / libcuda.so.1) is not installed.</translation>
    </message>
    <message>
        <source>The CUDA driver probe printed something unexpected.</source>
        <translation>The CUDA driver probe printed something unexpected.</translation>
    </message>
</context>
<context>
    <name>tgs::CudaToolsParser</name>
    <message>
        <source>nvcc --version printed no &quot;release X.Y&quot; line this program can read.</source>
        <translation>nvcc --version printed no &quot;release X.Y&quot; line this program can read.</translation>
    </message>
    <message>
        <source>version.json is not valid JSON.</source>
        <translation>version.json is not valid JSON.</translation>
    </message>
    <message>
        <source>version.json names no CUDA version.</source>
        <translation>version.json names no CUDA version.</translation>
    </message>
    <message>
        <source>version.txt names no CUDA version.</source>
        <translation>version.txt names no CUDA version.</translation>
    </message>
    <message>
        <source>The cuDNN header defines no CUDNN_MAJOR/CUDNN_MINOR.</source>
        <translation>The cuDNN header defines no CUDNN_MAJOR/CUDNN_MINOR.</translation>
    </message>
    <message>
        <source>/proc/driver/nvidia/version names no driver version.</source>
        <translation>/proc/driver/nvidia/version names no driver version.</translation>
    </message>
    <message>
        <source>/sys/module/nvidia/version holds no driver version.</source>
        <translation>/sys/module/nvidia/version holds no driver version.</translation>
    </message>
</context>
<context>
    <name>tgs::Detector</name>
    <message>
        <source>%1 did not answer within %2 seconds and was stopped. A hung driver or a stuck network drive can cause this; restart the computer and try again.</source>
        <translation>%1 did not answer within %2 seconds and was stopped. A hung driver or a stuck network drive can cause this; restart the computer and try again.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 crashed.</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 was canceled.</translation>
    </message>
    <message>
        <source>nvidia-smi was not found on PATH or in %1. It comes with the NVIDIA driver: if this PC has an NVIDIA GPU, install the driver from nvidia.com and run this again.</source>
        <translation>nvidia-smi was not found on PATH or in %1. It comes with the NVIDIA driver: if this PC has an NVIDIA GPU, install the driver from nvidia.com and run this again.</translation>
    </message>
    <message>
        <source>The CUDA driver query</source>
        <translation>The CUDA driver query</translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but reports no CUDA-capable GPU (cuInit returned 100).</source>
        <translation>The NVIDIA driver is installed but reports no CUDA-capable GPU (cuInit returned 100).</translation>
    </message>
    <message>
        <source>The NVIDIA driver&apos;s CUDA library is present but could not start (cuInit returned %1). Reinstall the NVIDIA driver or restart.</source>
        <translation>The NVIDIA driver&apos;s CUDA library is present but could not start (cuInit returned %1). Reinstall the NVIDIA driver or restart.</translation>
    </message>
    <message numerus="yes">
        <source>conda was not found (checked CONDA_EXE, PATH and %n usual install folder(s)). That is fine: this wizard can install Miniforge, or use a venv instead.</source>
        <translation>
            <numerusform>conda was not found (checked CONDA_EXE, PATH and %n usual install folder(s)). That is fine: this wizard can install Miniforge, or use a venv instead.</numerusform>
            <numerusform>conda was not found (checked CONDA_EXE, PATH and %n usual install folder(s)). That is fine: this wizard can install Miniforge, or use a venv instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Python at %1 did not answer within %2 seconds and was stopped. Importing a broken torch or GPU driver can hang.</source>
        <translation>The Python at %1 did not answer within %2 seconds and was stopped. Importing a broken torch or GPU driver can hang.</translation>
    </message>
    <message>
        <source>The Python at %1 could not be examined: %2 %3</source>
        <translation>The Python at %1 could not be examined: %2 %3</translation>
    </message>
    <message>
        <source>torch is installed for %1 but cannot be imported: %2</source>
        <translation>torch is installed for %1 but cannot be imported: %2</translation>
    </message>
    <message>
        <source>No Python was found on PATH or in a conda environment. The wizard can create one with conda.</source>
        <translation>No Python was found on PATH or in a conda environment. The wizard can create one with conda.</translation>
    </message>
    <message>
        <source>No CUDA toolkit was found. PyTorch does not need one: its packages bring their own CUDA runtime. A toolkit is only needed to compile CUDA code.</source>
        <translation>No CUDA toolkit was found. PyTorch does not need one: its packages bring their own CUDA runtime. A toolkit is only needed to compile CUDA code.</translation>
    </message>
    <message>
        <source>No cuDNN was found. PyTorch does not need a separate one: its packages bring their own.</source>
        <translation>No cuDNN was found. PyTorch does not need a separate one: its packages bring their own.</translation>
    </message>
    <message>
        <source>Detection was canceled.</source>
        <translation>Detection was canceled.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>stopped: %1</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>not run: %1</translation>
    </message>
    <message numerus="yes">
        <source>Detection reached its overall limit of %n second(s), so what it reports is incomplete (%1). Run it again when the machine is less busy; a tool that hangs every time is worth checking by hand.</source>
        <translation>
            <numerusform>Detection reached its overall limit of %n second, so what it reports is incomplete (%1). Run it again when the machine is less busy; a tool that hangs every time is worth checking by hand.</numerusform>
            <numerusform>Detection reached its overall limit of %n seconds, so what it reports is incomplete (%1). Run it again when the machine is less busy; a tool that hangs every time is worth checking by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgs::Doctor</name>
    <message>
        <source>an NVIDIA GPU</source>
        <translation>an NVIDIA GPU</translation>
    </message>
    <message>
        <source>conda&apos;s base environment</source>
        <translation>conda&apos;s base environment</translation>
    </message>
    <message>
        <source>the conda environment in %1</source>
        <translation>the conda environment in %1</translation>
    </message>
    <message>
        <source>the conda environment &quot;%1&quot;</source>
        <translation>the conda environment &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the environment in %1</source>
        <translation>the environment in %1</translation>
    </message>
    <message>
        <source>the Python %1</source>
        <translation>the Python %1</translation>
    </message>
    <message>
        <source>The wizard can install PyTorch %1 into a new environment &quot;%2&quot; for you.</source>
        <translation>The wizard can install PyTorch %1 into a new environment &quot;%2&quot; for you.</translation>
    </message>
    <message>
        <source>Install a CUDA build of PyTorch that this PC&apos;s driver and GPU support: run detection in the wizard and use its recommendation, or pick the CUDA version on https://pytorch.org/get-started/locally/.</source>
        <translation>Install a CUDA build of PyTorch that this PC&apos;s driver and GPU support: run detection in the wizard and use its recommendation, or pick the CUDA version on https://pytorch.org/get-started/locally/.</translation>
    </message>
    <message>
        <source>Replace it with PyTorch %1, the build the wizard recommends for this PC:
%2</source>
        <translation>Replace it with PyTorch %1, the build the wizard recommends for this PC:
%2</translation>
    </message>
    <message>
        <source>Better still, leave conda&apos;s base environment alone and install into a new environment.</source>
        <translation>Better still, leave conda&apos;s base environment alone and install into a new environment.</translation>
    </message>
    <message>
        <source>on Windows</source>
        <translation>on Windows</translation>
    </message>
    <message>
        <source>on Linux</source>
        <translation>on Linux</translation>
    </message>
    <message>
        <source>Download the current driver for %1 from https://www.nvidia.com/Download/index.aspx (or the NVIDIA App), install it and restart Windows.</source>
        <translation>Download the current driver for %1 from https://www.nvidia.com/Download/index.aspx (or the NVIDIA App), install it and restart Windows.</translation>
    </message>
    <message>
        <source>Install the current NVIDIA driver for %1 from your distribution&apos;s packages (on Ubuntu: &quot;sudo ubuntu-drivers install&quot;; else from https://www.nvidia.com/Download/index.aspx) and restart the computer.</source>
        <translation>Install the current NVIDIA driver for %1 from your distribution&apos;s packages (on Ubuntu: &quot;sudo ubuntu-drivers install&quot;; else from https://www.nvidia.com/Download/index.aspx) and restart the computer.</translation>
    </message>
    <message>
        <source>The NVIDIA driver was updated, but the old one is still loaded.</source>
        <translation>The NVIDIA driver was updated, but the old one is still loaded.</translation>
    </message>
    <message>
        <source>nvidia-smi reports &quot;Driver/library version mismatch&quot;: the driver&apos;s libraries on disk are a newer version than the driver module that is running. This happens right after a driver update (often an automatic one) until the computer restarts; until then no program, PyTorch included, can use the GPU.</source>
        <translation>nvidia-smi reports &quot;Driver/library version mismatch&quot;: the driver&apos;s libraries on disk are a newer version than the driver module that is running. This happens right after a driver update (often an automatic one) until the computer restarts; until then no program, PyTorch included, can use the GPU.</translation>
    </message>
    <message>
        <source>Restart the computer. If the message stays after a restart, reinstall the NVIDIA driver.</source>
        <translation>Restart the computer. If the message stays after a restart, reinstall the NVIDIA driver.</translation>
    </message>
    <message>
        <source>nvidia-smi cannot use the NVIDIA driver, so PyTorch cannot use the GPU either.</source>
        <translation>nvidia-smi cannot use the NVIDIA driver, so PyTorch cannot use the GPU either.</translation>
    </message>
    <message>
        <source>If it still fails after the restart, check whether Secure Boot keeps the driver from loading (&quot;mokutil --sb-state&quot;).</source>
        <translation>If it still fails after the restart, check whether Secure Boot keeps the driver from loading (&quot;mokutil --sb-state&quot;).</translation>
    </message>
    <message>
        <source>This PC has no NVIDIA GPU: PyTorch runs on the CPU here.</source>
        <translation>This PC has no NVIDIA GPU: PyTorch runs on the CPU here.</translation>
    </message>
    <message>
        <source>Detection found no NVIDIA graphics card and no NVIDIA driver. CUDA needs both, so the CPU build of PyTorch is the right one for this PC; a CUDA build would work, but only on the CPU.</source>
        <translation>Detection found no NVIDIA graphics card and no NVIDIA driver. CUDA needs both, so the CPU build of PyTorch is the right one for this PC; a CUDA build would work, but only on the CPU.</translation>
    </message>
    <message>
        <source>The checked environment has torch %1; its CPU computation %2.</source>
        <translation>The checked environment has torch %1; its CPU computation %2.</translation>
    </message>
    <message>
        <source>ran correctly</source>
        <translation>ran correctly</translation>
    </message>
    <message>
        <source>did not run</source>
        <translation>did not run</translation>
    </message>
    <message>
        <source>Nothing needs fixing. If this PC does have an NVIDIA card, install its driver from https://www.nvidia.com/Download/index.aspx, restart, and check again.</source>
        <translation>Nothing needs fixing. If this PC does have an NVIDIA card, install its driver from https://www.nvidia.com/Download/index.aspx, restart, and check again.</translation>
    </message>
    <message>
        <source>The NVIDIA driver is too old for the installed PyTorch.</source>
        <translation>The NVIDIA driver is too old for the installed PyTorch.</translation>
    </message>
    <message>
        <source>The NVIDIA driver %1 runs CUDA up to %2.</source>
        <translation>The NVIDIA driver %1 runs CUDA up to %2.</translation>
    </message>
    <message>
        <source>The NVIDIA driver runs CUDA up to %1.</source>
        <translation>The NVIDIA driver runs CUDA up to %1.</translation>
    </message>
    <message>
        <source>torch %1 is built with CUDA %2, which needs driver %3 or newer %4.</source>
        <translation>torch %1 is built with CUDA %2, which needs driver %3 or newer %4.</translation>
    </message>
    <message>
        <source>This PyTorch is built with a newer CUDA, which the driver cannot run.</source>
        <translation>This PyTorch is built with a newer CUDA, which the driver cannot run.</translation>
    </message>
    <message>
        <source>Update the NVIDIA driver. %1</source>
        <translation>Update the NVIDIA driver. %1</translation>
    </message>
    <message>
        <source>Update the NVIDIA driver to %1 or newer. %2</source>
        <translation>Update the NVIDIA driver to %1 or newer. %2</translation>
    </message>
    <message>
        <source>Or keep the driver and install a build it runs.</source>
        <translation>Or keep the driver and install a build it runs.</translation>
    </message>
    <message>
        <source>The installed PyTorch has no code for the GPU %1.</source>
        <translation>The installed PyTorch has no code for the GPU %1.</translation>
    </message>
    <message>
        <source>The installed PyTorch</source>
        <translation>The installed PyTorch</translation>
    </message>
    <message>
        <source>torch %1</source>
        <translation>torch %1</translation>
    </message>
    <message>
        <source>CUDA reports &quot;no kernel image is available for execution on the device&quot;: the build has no code for this GPU&apos;s architecture.</source>
        <translation>CUDA reports &quot;no kernel image is available for execution on the device&quot;: the build has no code for this GPU&apos;s architecture.</translation>
    </message>
    <message>
        <source>%1 has compute capability %2 (%3).</source>
        <translation>%1 has compute capability %2 (%3).</translation>
    </message>
    <message>
        <source>%1 has code only for %2.</source>
        <translation>%1 has code only for %2.</translation>
    </message>
    <message>
        <source>Install a newer PyTorch built with a CUDA version that supports this GPU (GeForce RTX 50 series: CUDA 12.8 or newer, torch 2.7 or newer): run detection in the wizard and use its recommendation.</source>
        <translation>Install a newer PyTorch built with a CUDA version that supports this GPU (GeForce RTX 50 series: CUDA 12.8 or newer, torch 2.7 or newer): run detection in the wizard and use its recommendation.</translation>
    </message>
    <message>
        <source>%1 has a PyTorch without CUDA: it cannot use the GPU.</source>
        <translation>%1 has a PyTorch without CUDA: it cannot use the GPU.</translation>
    </message>
    <message>
        <source>This Python</source>
        <translation>This Python</translation>
    </message>
    <message>
        <source>torch %1 is a CPU-only build (torch.version.cuda is None), but this PC has %2. pip and conda install this build when no CUDA index or channel is named.</source>
        <translation>torch %1 is a CPU-only build (torch.version.cuda is None), but this PC has %2. pip and conda install this build when no CUDA index or channel is named.</translation>
    </message>
    <message>
        <source>PyTorch is not installed in %1.</source>
        <translation>PyTorch is not installed in %1.</translation>
    </message>
    <message>
        <source>&quot;import torch&quot; failed: %1</source>
        <translation>&quot;import torch&quot; failed: %1</translation>
    </message>
    <message>
        <source>PyTorch is installed in %1 but cannot be imported.</source>
        <translation>PyTorch is installed in %1 but cannot be imported.</translation>
    </message>
    <message>
        <source>Install PyTorch again into a new, empty environment.</source>
        <translation>Install PyTorch again into a new, empty environment.</translation>
    </message>
    <message>
        <source>The test computation on GPU %1 (%2) failed.</source>
        <translation>The test computation on GPU %1 (%2) failed.</translation>
    </message>
    <message>
        <source>The GPU&apos;s matrix product differs from the CPU&apos;s by %1.</source>
        <translation>The GPU&apos;s matrix product differs from the CPU&apos;s by %1.</translation>
    </message>
    <message>
        <source>torch said: %1</source>
        <translation>torch said: %1</translation>
    </message>
    <message>
        <source>Close other programs that use the GPU, update the NVIDIA driver and check again. %1</source>
        <translation>Close other programs that use the GPU, update the NVIDIA driver and check again. %1</translation>
    </message>
    <message>
        <source>PyTorch in %1 cannot use CUDA.</source>
        <translation>PyTorch in %1 cannot use CUDA.</translation>
    </message>
    <message>
        <source>torch %1 (CUDA %2) reports torch.cuda.is_available() = False on a PC with %3.</source>
        <translation>torch %1 (CUDA %2) reports torch.cuda.is_available() = False on a PC with %3.</translation>
    </message>
    <message>
        <source>Restart the computer, then check again. If it stays unavailable, reinstall the NVIDIA driver. %1</source>
        <translation>Restart the computer, then check again. If it stays unavailable, reinstall the NVIDIA driver. %1</translation>
    </message>
    <message>
        <source>PyTorch says &quot;Torch not compiled with CUDA enabled&quot;: the installed torch is a CPU-only build (torch.version.cuda is None), so it cannot use %1.</source>
        <translation>PyTorch says &quot;Torch not compiled with CUDA enabled&quot;: the installed torch is a CPU-only build (torch.version.cuda is None), so it cannot use %1.</translation>
    </message>
    <message>
        <source>this Python</source>
        <translation>this Python</translation>
    </message>
    <message>
        <source>Python loads a different PyTorch than the one in %1.</source>
        <translation>Python loads a different PyTorch than the one in %1.</translation>
    </message>
    <message>
        <source>PyTorch is loaded from outside the Python environment.</source>
        <translation>PyTorch is loaded from outside the Python environment.</translation>
    </message>
    <message>
        <source>torch is imported from %1, a folder on PYTHONPATH (%2): it comes before the environment&apos;s own packages, so the environment&apos;s torch is never used.</source>
        <translation>torch is imported from %1, a folder on PYTHONPATH (%2): it comes before the environment&apos;s own packages, so the environment&apos;s torch is never used.</translation>
    </message>
    <message>
        <source>Remove that folder from the PYTHONPATH environment variable (Windows: Settings → System → About → Advanced system settings → Environment Variables; Linux: your ~/.bashrc or ~/.profile), open a new terminal and check again.</source>
        <translation>Remove that folder from the PYTHONPATH environment variable (Windows: Settings → System → About → Advanced system settings → Environment Variables; Linux: your ~/.bashrc or ~/.profile), open a new terminal and check again.</translation>
    </message>
    <message>
        <source>torch is imported from %1, the user site-packages, which Python searches before the environment&apos;s own packages: an earlier &quot;pip install --user&quot; (or pip outside any environment) put it there.</source>
        <translation>torch is imported from %1, the user site-packages, which Python searches before the environment&apos;s own packages: an earlier &quot;pip install --user&quot; (or pip outside any environment) put it there.</translation>
    </message>
    <message>
        <source>Delete the folder %1 together with the torch-*.dist-info folder beside it, or set the environment variable PYTHONNOUSERSITE=1 so that Python ignores the user site-packages; then check again.</source>
        <translation>Delete the folder %1 together with the torch-*.dist-info folder beside it, or set the environment variable PYTHONNOUSERSITE=1 so that Python ignores the user site-packages; then check again.</translation>
    </message>
    <message>
        <source>Python cannot find its own standard library.</source>
        <translation>Python cannot find its own standard library.</translation>
    </message>
    <message>
        <source>PYTHONHOME is set; it breaks Pythons that are not in it.</source>
        <translation>PYTHONHOME is set; it breaks Pythons that are not in it.</translation>
    </message>
    <message>
        <source>Python stopped with &quot;No module named &apos;encodings&apos;&quot;: its standard library is not where it looks, usually because PYTHONHOME points elsewhere.</source>
        <translation>Python stopped with &quot;No module named &apos;encodings&apos;&quot;: its standard library is not where it looks, usually because PYTHONHOME points elsewhere.</translation>
    </message>
    <message>
        <source>PYTHONHOME is %1: every Python, including conda&apos;s and the environments&apos;, looks for its standard library there instead of its own folder.</source>
        <translation>PYTHONHOME is %1: every Python, including conda&apos;s and the environments&apos;, looks for its standard library there instead of its own folder.</translation>
    </message>
    <message>
        <source>Remove the PYTHONHOME environment variable (Windows: Settings → System → About → Advanced system settings → Environment Variables; Linux: your ~/.bashrc or ~/.profile), open a new terminal and try again. conda and venv need no PYTHONHOME.</source>
        <translation>Remove the PYTHONHOME environment variable (Windows: Settings → System → About → Advanced system settings → Environment Variables; Linux: your ~/.bashrc or ~/.profile), open a new terminal and try again. conda and venv need no PYTHONHOME.</translation>
    </message>
    <message>
        <source>A folder in use has non-ASCII characters in its path.</source>
        <translation>A folder in use has non-ASCII characters in its path.</translation>
    </message>
    <message>
        <source>%1 contains characters outside ASCII (for example a Chinese user name). conda, pip and Python packages that build code often fail on such paths with encoding errors.</source>
        <translation>%1 contains characters outside ASCII (for example a Chinese user name). conda, pip and Python packages that build code often fail on such paths with encoding errors.</translation>
    </message>
    <message>
        <source>Install Miniforge into a folder with a plain ASCII path, such as %1, and create the environment there.</source>
        <translation>Install Miniforge into a folder with a plain ASCII path, such as %1, and create the environment there.</translation>
    </message>
    <message>
        <source>Several CUDA toolkits are installed: %1.</source>
        <translation>Several CUDA toolkits are installed: %1.</translation>
    </message>
    <message>
        <source>Installed: %1. PyTorch&apos;s wheels bring their own CUDA and ignore them, but building extensions (nvcc, setup.py, pip install of packages with CUDA code) takes whichever comes first on PATH or in CUDA_HOME, and fails when it differs from torch&apos;s CUDA.</source>
        <translation>Installed: %1. PyTorch&apos;s wheels bring their own CUDA and ignore them, but building extensions (nvcc, setup.py, pip install of packages with CUDA code) takes whichever comes first on PATH or in CUDA_HOME, and fails when it differs from torch&apos;s CUDA.</translation>
    </message>
    <message>
        <source>Before building an extension, set CUDA_HOME to the toolkit with torch&apos;s CUDA version and put its bin folder first on PATH; uninstall toolkits you no longer need.</source>
        <translation>Before building an extension, set CUDA_HOME to the toolkit with torch&apos;s CUDA version and put its bin folder first on PATH; uninstall toolkits you no longer need.</translation>
    </message>
    <message>
        <source>Before building an extension, set CUDA_HOME to %1 (CUDA %2, like torch) and put its bin folder first on PATH; uninstall toolkits you no longer need.</source>
        <translation>Before building an extension, set CUDA_HOME to %1 (CUDA %2, like torch) and put its bin folder first on PATH; uninstall toolkits you no longer need.</translation>
    </message>
    <message>
        <source>PyTorch has no package for Python %1.</source>
        <translation>PyTorch has no package for Python %1.</translation>
    </message>
    <message>
        <source>No PyTorch release in the knowledge base (data of %1) has a package for Python %2.</source>
        <translation>No PyTorch release in the knowledge base (data of %1) has a package for Python %2.</translation>
    </message>
    <message>
        <source>Create a new environment with a Python version that PyTorch supports instead of installing into this Python.</source>
        <translation>Create a new environment with a Python version that PyTorch supports instead of installing into this Python.</translation>
    </message>
    <message>
        <source>The mirror %1 has no nvidia conda channel.</source>
        <translation>The mirror %1 has no nvidia conda channel.</translation>
    </message>
    <message>
        <source>conda asked the mirror for the nvidia channel and it was not there (%1). PyTorch&apos;s conda packages for CUDA (pytorch-cuda and the cuda-* libraries) come from that channel, and most mirrors do not copy it.</source>
        <translation>conda asked the mirror for the nvidia channel and it was not there (%1). PyTorch&apos;s conda packages for CUDA (pytorch-cuda and the cuda-* libraries) come from that channel, and most mirrors do not copy it.</translation>
    </message>
    <message>
        <source>Use the pip route in the wizard: PyTorch&apos;s pip packages bring CUDA with them and need no nvidia channel. Or choose the official source, or remove the nvidia entry from custom_channels in your .condarc.</source>
        <translation>Use the pip route in the wizard: PyTorch&apos;s pip packages bring CUDA with them and need no nvidia channel. Or choose the official source, or remove the nvidia entry from custom_channels in your .condarc.</translation>
    </message>
    <message>
        <source>The output says: %1</source>
        <translation>The output says: %1</translation>
    </message>
    <message>
        <source>Windows&apos; paging file is too small to load PyTorch&apos;s CUDA libraries.</source>
        <translation>Windows&apos; paging file is too small to load PyTorch&apos;s CUDA libraries.</translation>
    </message>
    <message>
        <source>&quot;import torch&quot; in %1 failed with WinError 1455 while loading %2: the CUDA and cuDNN libraries need several gigabytes of virtual memory.</source>
        <translation>&quot;import torch&quot; in %1 failed with WinError 1455 while loading %2: the CUDA and cuDNN libraries need several gigabytes of virtual memory.</translation>
    </message>
    <message>
        <source>Enlarge the paging file: Settings → System → About → Advanced system settings → Performance Settings → Advanced → Virtual memory → Change; let Windows manage the size (or set at least 16384 MB on the system drive), restart, and check again. Loading fewer worker processes at once also helps.</source>
        <translation>Enlarge the paging file: Settings → System → About → Advanced system settings → Performance Settings → Advanced → Virtual memory → Change; let Windows manage the size (or set at least 16384 MB on the system drive), restart, and check again. Loading fewer worker processes at once also helps.</translation>
    </message>
    <message>
        <source>Windows could not load one of PyTorch&apos;s DLLs.</source>
        <translation>Windows could not load one of PyTorch&apos;s DLLs.</translation>
    </message>
    <message>
        <source>&quot;import torch&quot; in %1 failed: a DLL that torch needs could not be loaded.</source>
        <translation>&quot;import torch&quot; in %1 failed: a DLL that torch needs could not be loaded.</translation>
    </message>
    <message>
        <source>&quot;import torch&quot; in %1 failed while loading %2 (or a DLL it needs).</source>
        <translation>&quot;import torch&quot; in %1 failed while loading %2 (or a DLL it needs).</translation>
    </message>
    <message>
        <source>The usual cause is a missing Microsoft Visual C++ Redistributable; a broken or mixed install (several torch copies, pip over conda) is the other.</source>
        <translation>The usual cause is a missing Microsoft Visual C++ Redistributable; a broken or mixed install (several torch copies, pip over conda) is the other.</translation>
    </message>
    <message>
        <source>Install the latest Microsoft Visual C++ Redistributable (x64) from %1 and restart Windows. If the error stays, install PyTorch into a new, clean environment instead of repairing this one.</source>
        <translation>Install the latest Microsoft Visual C++ Redistributable (x64) from %1 and restart Windows. If the error stays, install PyTorch into a new, clean environment instead of repairing this one.</translation>
    </message>
    <message>
        <source>PYTHONPATH is set; its packages come before every environment&apos;s own.</source>
        <translation>PYTHONPATH is set; its packages come before every environment&apos;s own.</translation>
    </message>
    <message>
        <source>PYTHONPATH is %1. A torch (or numpy, or typing_extensions) in one of these folders shadows the environment&apos;s and makes a working install look broken.</source>
        <translation>PYTHONPATH is %1. A torch (or numpy, or typing_extensions) in one of these folders shadows the environment&apos;s and makes a working install look broken.</translation>
    </message>
    <message>
        <source>Unless you need it, remove the PYTHONPATH environment variable and open a new terminal.</source>
        <translation>Unless you need it, remove the PYTHONPATH environment variable and open a new terminal.</translation>
    </message>
    <message>
        <source>An extension build found CUDA %1, but PyTorch is built with CUDA %2.</source>
        <translation>An extension build found CUDA %1, but PyTorch is built with CUDA %2.</translation>
    </message>
    <message>
        <source>Building a package with CUDA code uses the toolkit that CUDA_HOME or PATH names (CUDA %1 here); it must have the same major and minor version as torch&apos;s own CUDA (%2).</source>
        <translation>Building a package with CUDA code uses the toolkit that CUDA_HOME or PATH names (CUDA %1 here); it must have the same major and minor version as torch&apos;s own CUDA (%2).</translation>
    </message>
    <message>
        <source>Install the CUDA %1 toolkit (or &quot;conda install cuda-nvcc=%1&quot; in the environment) and set CUDA_HOME to it before building; or install the PyTorch build for CUDA %2 instead.</source>
        <translation>Install the CUDA %1 toolkit (or &quot;conda install cuda-nvcc=%1&quot; in the environment) and set CUDA_HOME to it before building; or install the PyTorch build for CUDA %2 instead.</translation>
    </message>
    <message>
        <source>The NVIDIA driver runs an older CUDA than this PyTorch was built with.</source>
        <translation>The NVIDIA driver runs an older CUDA than this PyTorch was built with.</translation>
    </message>
    <message>
        <source>pip looked for torch %1, which has packages for Python %3 only (%2); this Python is %4.</source>
        <translation>pip looked for torch %1, which has packages for Python %3 only (%2); this Python is %4.</translation>
    </message>
</context>
<context>
    <name>tgs::Downloader</name>
    <message>
        <source>The download failed: %1</source>
        <translation>The download failed: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Downloading %1</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>The download was canceled.</translation>
    </message>
    <message>
        <source>The downloaded file&apos;s SHA-256 is %1, not the published %2: it was deleted and will not be run.</source>
        <translation>The downloaded file&apos;s SHA-256 is %1, not the published %2: it was deleted and will not be run.</translation>
    </message>
    <message>
        <source>%1 cannot be moved into place: %2</source>
        <translation>%1 cannot be moved into place: %2</translation>
    </message>
    <message>
        <source>Downloaded and verified %1 (SHA-256 %2).</source>
        <translation>Downloaded and verified %1 (SHA-256 %2).</translation>
    </message>
</context>
<context>
    <name>tgs::EnvironmentReport</name>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>driver unreachable</source>
        <translation>driver unreachable</translation>
    </message>
    <message>
        <source>driver/library mismatch</source>
        <translation>driver/library mismatch</translation>
    </message>
    <message>
        <source>no devices</source>
        <translation>no devices</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>unreadable output</source>
        <translation>unreadable output</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>none (CPU build)</source>
        <translation>none (CPU build)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>Detection took %1 s.</source>
        <translation>Detection took %1 s.</translation>
    </message>
    <message>
        <source>torch not installed</source>
        <translation>torch not installed</translation>
    </message>
    <message>
        <source>torch fails to import: %1</source>
        <translation>torch fails to import: %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>torch %1, CUDA %2, cuDNN %3, GPU usable: %4</source>
        <translation>torch %1, CUDA %2, cuDNN %3, GPU usable: %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>NVIDIA GPUs</source>
        <translation>NVIDIA GPUs</translation>
    </message>
    <message>
        <source>memory unknown</source>
        <translation>memory unknown</translation>
    </message>
    <message>
        <source>compute capability unknown</source>
        <translation>compute capability unknown</translation>
    </message>
    <message>
        <source>compute capability %1</source>
        <translation>compute capability %1</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>NVIDIA driver</source>
        <translation>NVIDIA driver</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <source>Highest CUDA</source>
        <translation>Highest CUDA</translation>
    </message>
    <message>
        <source>%1 — the driver&apos;s limit, not an installed CUDA (from %2)</source>
        <translation>%1 — the driver&apos;s limit, not an installed CUDA (from %2)</translation>
    </message>
    <message>
        <source>conda</source>
        <translation>conda</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1 — Python %2</source>
        <translation>%1 — Python %2</translation>
    </message>
    <message>
        <source>Python and PyTorch</source>
        <translation>Python and PyTorch</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>CUDA toolkits and cuDNN</source>
        <translation>CUDA toolkits and cuDNN</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <source>cuDNN %1</source>
        <translation>cuDNN %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>GPU name — memory, compute capability</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, version not known</source>
        <translation>%1, version not known</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a heading before its lines</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>tgs::EnvironmentSummary</name>
    <message>
        <source>the conda environment “%1”</source>
        <translation>the conda environment “%1”</translation>
    </message>
    <message>
        <source>the Python %1</source>
        <translation>the Python %1</translation>
    </message>
    <message>
        <source>Graphics card: %1%2</source>
        <translation>Graphics card: %1%2</translation>
    </message>
    <message>
        <source>Graphics card: %1 (compute capability %2%3)</source>
        <translation>Graphics card: %1 (compute capability %2%3)</translation>
    </message>
    <message>
        <source>The NVIDIA driver did not answer, so no graphics card could be read (see Problems below).</source>
        <translation>The NVIDIA driver did not answer, so no graphics card could be read (see Problems below).</translation>
    </message>
    <message>
        <source>No NVIDIA graphics card was found. PyTorch can still run on the CPU, only much slower.</source>
        <translation>No NVIDIA graphics card was found. PyTorch can still run on the CPU, only much slower.</translation>
    </message>
    <message>
        <source>Driver %1: runs PyTorch builds for CUDA up to %2. This is the driver&apos;s limit, not an installed CUDA.</source>
        <translation>Driver %1: runs PyTorch builds for CUDA up to %2. This is the driver&apos;s limit, not an installed CUDA.</translation>
    </message>
    <message>
        <source>Driver %1: the newest CUDA it runs is not known.</source>
        <translation>Driver %1: the newest CUDA it runs is not known.</translation>
    </message>
    <message numerus="yes">
        <source>conda %1 with %n environment(s).</source>
        <translation>
            <numerusform>conda %1 with %n environment.</numerusform>
            <numerusform>conda %1 with %n environments.</numerusform>
        </translation>
    </message>
    <message>
        <source>conda was not found: the wizard can install Miniforge (a small conda) for you.</source>
        <translation>conda was not found: the wizard can install Miniforge (a small conda) for you.</translation>
    </message>
    <message>
        <source>PyTorch in %1 is installed but does not import: %2</source>
        <translation>PyTorch in %1 is installed but does not import: %2</translation>
    </message>
    <message>
        <source>CPU-only PyTorch %1 in %2: it cannot use your GPU.</source>
        <translation>CPU-only PyTorch %1 in %2: it cannot use your GPU.</translation>
    </message>
    <message>
        <source>CPU-only PyTorch %1 in %2.</source>
        <translation>CPU-only PyTorch %1 in %2.</translation>
    </message>
    <message>
        <source>PyTorch %1 for CUDA %2 in %3 cannot use the GPU: %4</source>
        <translation>PyTorch %1 for CUDA %2 in %3 cannot use the GPU: %4</translation>
    </message>
    <message>
        <source>PyTorch %1 for CUDA %2 in %3: it can use the GPU.</source>
        <translation>PyTorch %1 for CUDA %2 in %3: it can use the GPU.</translation>
    </message>
    <message>
        <source>PyTorch %1 for CUDA %2 in %3.</source>
        <translation>PyTorch %1 for CUDA %2 in %3.</translation>
    </message>
    <message>
        <source>No PyTorch was found yet.</source>
        <translation>No PyTorch was found yet.</translation>
    </message>
</context>
<context>
    <name>tgs::FailureRecognizer</name>
    <message>
        <source>conda could not connect to the package server.</source>
        <translation>conda could not connect to the package server.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then run the step again: such network errors are often temporary. %1</source>
        <translation>Check that this computer is online, then run the step again: such network errors are often temporary. %1</translation>
    </message>
    <message>
        <source>The package server does not have a file conda asked for (HTTP %1).</source>
        <translation>The package server does not have a file conda asked for (HTTP %1).</translation>
    </message>
    <message>
        <source>The package server refused a conda download (HTTP %1).</source>
        <translation>The package server refused a conda download (HTTP %1).</translation>
    </message>
    <message>
        <source>The server is busy, limits downloads, or blocks this network. Wait a few minutes and run the step again. %1</source>
        <translation>The server is busy, limits downloads, or blocks this network. Wait a few minutes and run the step again. %1</translation>
    </message>
    <message>
        <source>conda could not use this computer&apos;s proxy settings.</source>
        <translation>conda could not use this computer&apos;s proxy settings.</translation>
    </message>
    <message>
        <source>conda could not set up a secure (HTTPS) connection to the package server.</source>
        <translation>conda could not set up a secure (HTTPS) connection to the package server.</translation>
    </message>
    <message>
        <source>conda could not find a requested package in the configured channels.</source>
        <translation>conda could not find a requested package in the configured channels.</translation>
    </message>
    <message>
        <source>conda found no set of package versions that fit together.</source>
        <translation>conda found no set of package versions that fit together.</translation>
    </message>
    <message>
        <source>conda will not use Anaconda&apos;s default channels until you accept their Terms of Service.</source>
        <translation>conda will not use Anaconda&apos;s default channels until you accept their Terms of Service.</translation>
    </message>
    <message>
        <source>Run these commands once in a terminal (the last one is needed on Windows only), then run the step again:
%1
Or install Miniforge instead: its conda-forge channel needs no such acceptance.</source>
        <translation>Run these commands once in a terminal (the last one is needed on Windows only), then run the step again:
%1
Or install Miniforge instead: its conda-forge channel needs no such acceptance.</translation>
    </message>
    <message>
        <source>A package in conda&apos;s download cache is damaged.</source>
        <translation>A package in conda&apos;s download cache is damaged.</translation>
    </message>
    <message>
        <source>A download was cut short, or another program (often an antivirus scanner) changed the files. Empty the cache with &quot;%1&quot; in a terminal and run the step again: conda will download the package anew.</source>
        <translation>A download was cut short, or another program (often an antivirus scanner) changed the files. Empty the cache with &quot;%1&quot; in a terminal and run the step again: conda will download the package anew.</translation>
    </message>
    <message>
        <source>pip found no version of a requested package that can be installed here.</source>
        <translation>pip found no version of a requested package that can be installed here.</translation>
    </message>
    <message>
        <source>pip found no version of %1 that can be installed here.</source>
        <translation>pip found no version of %1 that can be installed here.</translation>
    </message>
    <message>
        <source>pip lost the connection to the package server.</source>
        <translation>pip lost the connection to the package server.</translation>
    </message>
    <message>
        <source>Check the internet connection and run the step again: PyTorch downloads are large (2 GB and more) and often break on slow or unstable connections. %1</source>
        <translation>Check the internet connection and run the step again: PyTorch downloads are large (2 GB and more) and often break on slow or unstable connections. %1</translation>
    </message>
    <message>
        <source>pip was not allowed to change a file in the Python environment.</source>
        <translation>pip was not allowed to change a file in the Python environment.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>Installing PyTorch with CUDA needs several gigabytes of free space, counting the download cache and temporary files. Free some space (for example with &quot;%1&quot; or &quot;%2&quot;) or choose an environment on another disk, then run the step again. Temporary files go to the system&apos;s temporary folder (TEMP or TMPDIR), which may be on another, fuller disk.</source>
        <translation>Installing PyTorch with CUDA needs several gigabytes of free space, counting the download cache and temporary files. Free some space (for example with &quot;%1&quot; or &quot;%2&quot;) or choose an environment on another disk, then run the step again. Temporary files go to the system&apos;s temporary folder (TEMP or TMPDIR), which may be on another, fuller disk.</translation>
    </message>
    <message>
        <source>The download source is already the mirror %1. If it is slow or cannot be reached from here, choose another source on this page (&quot;Fastest (tested now)&quot; measures them all) and install again, or set up a proxy.</source>
        <translation>The download source is already the mirror %1. If it is slow or cannot be reached from here, choose another source on this page (&quot;Fastest (tested now)&quot; measures them all) and install again, or set up a proxy.</translation>
    </message>
    <message>
        <source>The download source was already the mirror %1. If it is slow or cannot be reached from here, run the install again with another source: --mirror auto picks the fastest that answers now, --mirror official uses the official servers. Or set up a proxy.</source>
        <translation>The download source was already the mirror %1. If it is slow or cannot be reached from here, run the install again with another source: --mirror auto picks the fastest that answers now, --mirror official uses the official servers. Or set up a proxy.</translation>
    </message>
    <message>
        <source>The download source was the mirror %1. If it is slow or cannot be reached from here, choose another mirror or the official servers, or set up a proxy.</source>
        <translation>The download source was the mirror %1. If it is slow or cannot be reached from here, choose another mirror or the official servers, or set up a proxy.</translation>
    </message>
    <message>
        <source>If the official servers are slow or blocked where you are, choose &quot;Fastest (tested now)&quot; or a mirror (for example TUNA, USTC or BFSU) as the download source on this page and install again, or set up a proxy.</source>
        <translation>If the official servers are slow or blocked where you are, choose &quot;Fastest (tested now)&quot; or a mirror (for example TUNA, USTC or BFSU) as the download source on this page and install again, or set up a proxy.</translation>
    </message>
    <message>
        <source>If the official servers are slow or blocked where you are, run the install again with --mirror auto (the fastest source that answers now) or a mirror such as --mirror tuna, or set up a proxy.</source>
        <translation>If the official servers are slow or blocked where you are, run the install again with --mirror auto (the fastest source that answers now) or a mirror such as --mirror tuna, or set up a proxy.</translation>
    </message>
    <message>
        <source>If the official servers are slow or blocked where you are, choose a mirror (for example TUNA, USTC or BFSU) as the download source, or set up a proxy.</source>
        <translation>If the official servers are slow or blocked where you are, choose a mirror (for example TUNA, USTC or BFSU) as the download source, or set up a proxy.</translation>
    </message>
    <message>
        <source>or choose a download source on this page that you can reach directly.</source>
        <translation>or choose a download source on this page that you can reach directly.</translation>
    </message>
    <message>
        <source>or run the install again with --mirror auto to use a source that answers directly.</source>
        <translation>or run the install again with --mirror auto to use a source that answers directly.</translation>
    </message>
    <message>
        <source>or choose a download source that you can reach directly.</source>
        <translation>or choose a download source that you can reach directly.</translation>
    </message>
    <message>
        <source>Check the proxy address in the HTTP_PROXY and HTTPS_PROXY environment variables, in the proxy_servers section of .condarc and in any .netrc file in your home folder; the https entry usually needs an http:// address. Remove these settings if you do not need a proxy, %1</source>
        <translation>Check the proxy address in the HTTP_PROXY and HTTPS_PROXY environment variables, in the proxy_servers section of .condarc and in any .netrc file in your home folder; the https entry usually needs an http:// address. Remove these settings if you do not need a proxy, %1</translation>
    </message>
    <message>
        <source>The channels in use do not have the package in the requested version. PyTorch no longer publishes new versions to its conda channel, and old ones have been removed. %1</source>
        <translation>The channels in use do not have the package in the requested version. PyTorch no longer publishes new versions to its conda channel, and old ones have been removed. %1</translation>
    </message>
    <message>
        <source>It also happens when the package index, for example a mirror, lacks the CUDA builds.</source>
        <translation>It also happens when the package index, for example a mirror, lacks the CUDA builds.</translation>
    </message>
    <message>
        <source>&quot;Fastest (tested now)&quot; chose the mirror %1. If it is slow or cannot be reached from here, choose another source on this page and install again, or set up a proxy.</source>
        <translation>&quot;Fastest (tested now)&quot; chose the mirror %1. If it is slow or cannot be reached from here, choose another source on this page and install again, or set up a proxy.</translation>
    </message>
    <message>
        <source>--mirror auto chose the mirror %1. If it is slow or cannot be reached from here, run the install again with another source, for example --mirror official, or set up a proxy.</source>
        <translation>--mirror auto chose the mirror %1. If it is slow or cannot be reached from here, run the install again with another source, for example --mirror official, or set up a proxy.</translation>
    </message>
    <message>
        <source>&quot;Fastest (tested now)&quot; chose the official servers. If they are slow or blocked where you are, choose a mirror (for example TUNA, USTC or BFSU) as the download source on this page and install again, or set up a proxy.</source>
        <translation>&quot;Fastest (tested now)&quot; chose the official servers. If they are slow or blocked where you are, choose a mirror (for example TUNA, USTC or BFSU) as the download source on this page and install again, or set up a proxy.</translation>
    </message>
    <message>
        <source>--mirror auto chose the official servers. If they are slow or blocked where you are, run the install again with a mirror such as --mirror tuna, or set up a proxy.</source>
        <translation>--mirror auto chose the official servers. If they are slow or blocked where you are, run the install again with a mirror such as --mirror tuna, or set up a proxy.</translation>
    </message>
    <message>
        <source>choose the official servers as the download source on this page and install again</source>
        <translation>choose the official servers as the download source on this page and install again</translation>
    </message>
    <message>
        <source>run the install again with --mirror official</source>
        <translation>run the install again with --mirror official</translation>
    </message>
    <message>
        <source>use the official servers as the download source</source>
        <translation>use the official servers as the download source</translation>
    </message>
    <message>
        <source>or run the install again with a --mirror that you can reach directly.</source>
        <translation>or run the install again with a --mirror that you can reach directly.</translation>
    </message>
    <message>
        <source>The official servers do not have it, so the version was probably removed: use the recommended PyTorch version.</source>
        <translation>The official servers do not have it, so the version was probably removed: use the recommended PyTorch version.</translation>
    </message>
    <message>
        <source>The mirror %1 probably does not carry it (many mirrors have no nvidia channel, and old PyTorch packages have been removed): %2, or use the recommended PyTorch version.</source>
        <translation>The mirror %1 probably does not carry it (many mirrors have no nvidia channel, and old PyTorch packages have been removed): %2, or use the recommended PyTorch version.</translation>
    </message>
    <message>
        <source>If the download source was a mirror, it probably does not carry it (many mirrors have no nvidia channel, and old PyTorch packages have been removed): use the official servers as the download source, or the recommended PyTorch version.</source>
        <translation>If the download source was a mirror, it probably does not carry it (many mirrors have no nvidia channel, and old PyTorch packages have been removed): use the official servers as the download source, or the recommended PyTorch version.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Another program is probably using the environment: close Python, Jupyter, your editor and anything else that runs from it, then run the step again. If the environment lies in a folder that needs administrator rights, choose an environment in your user folder instead.</source>
        <translation>Another program is probably using the environment: close Python, Jupyter, your editor and anything else that runs from it, then run the step again. If the environment lies in a folder that needs administrator rights, choose an environment in your user folder instead.</translation>
    </message>
    <message>
        <source>Either a company network or antivirus program inspects secure connections, or conda&apos;s own SSL library is broken (&quot;the SSL module is not available&quot;). Run the step again; if it keeps failing, reinstall Miniconda or Miniforge, or ask your network administrator for the proxy&apos;s certificate. %1</source>
        <translation>Either a company network or antivirus program inspects secure connections, or conda&apos;s own SSL library is broken (&quot;the SSL module is not available&quot;). Run the step again; if it keeps failing, reinstall Miniconda or Miniforge, or ask your network administrator for the proxy&apos;s certificate. %1</translation>
    </message>
    <message>
        <source>The requested versions conflict with each other or with packages already in the environment, for example a PyTorch build for another CUDA or Python version. Use the recommended combination and install it into a new, empty environment instead of an existing one.</source>
        <translation>The requested versions conflict with each other or with packages already in the environment, for example a PyTorch build for another CUDA or Python version. Use the recommended combination and install it into a new, empty environment instead of an existing one.</translation>
    </message>
    <message>
        <source>Usually the Python in this environment has no matching PyTorch build: each PyTorch release supports only some Python versions, and there are no builds for 32-bit Python. Use a 64-bit Python of the recommended version, or choose another PyTorch version.</source>
        <translation>Usually the Python in this environment has no matching PyTorch build: each PyTorch release supports only some Python versions, and there are no builds for 32-bit Python. Use a 64-bit Python of the recommended version, or choose another PyTorch version.</translation>
    </message>
    <message>
        <source>It also happens when the mirror %1 lacks PyTorch&apos;s CUDA builds: then %2.</source>
        <translation>It also happens when the mirror %1 lacks PyTorch&apos;s CUDA builds: then %2.</translation>
    </message>
</context>
<context>
    <name>tgs::InstallRunner</name>
    <message>
        <source>The install log %1 could not be written (%2): it ends before this point. The installation goes on; its outcome is shown here.</source>
        <translation>The install log %1 could not be written (%2): it ends before this point. The installation goes on; its outcome is shown here.</translation>
    </message>
</context>
<context>
    <name>tgs::JsonReader</name>
    <message>
        <source>%1: not valid JSON (byte %2): %3</source>
        <translation>%1: not valid JSON (byte %2): %3</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: not valid JSON: %2</translation>
    </message>
    <message>
        <source>%1 %2 is not the one this program reads (%3)</source>
        <translation>%1 %2 is not the one this program reads (%3)</translation>
    </message>
    <message>
        <source>the required key &quot;%1&quot; is missing</source>
        <translation>the required key &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>expected at least one entry</source>
        <translation>expected at least one entry</translation>
    </message>
    <message>
        <source>expected a non-empty string or null</source>
        <translation>expected a non-empty string or null</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>expected a non-empty string</translation>
    </message>
    <message>
        <source>expected a version like &quot;12.4&quot;, not &quot;%1&quot;</source>
        <translation>expected a version like &quot;12.4&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>versions must be listed oldest first, each once</source>
        <translation>versions must be listed oldest first, each once</translation>
    </message>
</context>
<context>
    <name>tgs::KbSignature</name>
    <message>
        <source>the signature file is not an Ed25519 signature in base64 (as scripts/kb/sign-kb.py writes it)</source>
        <translation>the signature file is not an Ed25519 signature in base64 (as scripts/kb/sign-kb.py writes it)</translation>
    </message>
</context>
<context>
    <name>tgs::KbText</name>
    <message>
        <source>contains the invisible character U+%1</source>
        <translation>contains the invisible character U+%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads like part of a command; the texts of a knowledge base are plain prose, and every command comes from the program itself</source>
        <translation>&quot;%1&quot; reads like part of a command; the texts of a knowledge base are plain prose, and every command comes from the program itself</translation>
    </message>
    <message>
        <source>links to %1, which is not a PyTorch, NVIDIA, conda, Python or GitHub site over https</source>
        <translation>links to %1, which is not a PyTorch, NVIDIA, conda, Python or GitHub site over https</translation>
    </message>
</context>
<context>
    <name>tgs::KnowledgeBase</name>
    <message>
        <source>&quot;%1&quot; is not in the release&apos;s &quot;python&quot; list</source>
        <translation>&quot;%1&quot; is not in the release&apos;s &quot;python&quot; list</translation>
    </message>
    <message>
        <source>expected &quot;linux&quot; or &quot;windows&quot;</source>
        <translation>expected &quot;linux&quot; or &quot;windows&quot;</translation>
    </message>
    <message>
        <source>names the source &quot;%1&quot;, which &quot;sources&quot; does not define</source>
        <translation>names the source &quot;%1&quot;, which &quot;sources&quot; does not define</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match its CUDA version (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; does not match its CUDA version (expected &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the CPU build has no GPU architectures</source>
        <translation>the CPU build has no GPU architectures</translation>
    </message>
    <message>
        <source>a CUDA build needs its architecture list</source>
        <translation>a CUDA build needs its architecture list</translation>
    </message>
    <message>
        <source>every release needs its &quot;cpu&quot; variant</source>
        <translation>every release needs its &quot;cpu&quot; variant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this release&apos;s variants</source>
        <translation>&quot;%1&quot; is not one of this release&apos;s variants</translation>
    </message>
    <message>
        <source>releases must be listed oldest first, each once</source>
        <translation>releases must be listed oldest first, each once</translation>
    </message>
    <message>
        <source>CUDA versions must be listed oldest first, each once</source>
        <translation>CUDA versions must be listed oldest first, each once</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>expected an integer</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; is missing</source>
        <translation>the text &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>CUDA %1 is not in &quot;cuda_versions&quot;</source>
        <translation>CUDA %1 is not in &quot;cuda_versions&quot;</translation>
    </message>
    <message>
        <source>expected a date like 2026-11-20</source>
        <translation>expected a date like 2026-11-20</translation>
    </message>
    <message>
        <source>The built-in knowledge base is missing from this build.</source>
        <translation>The built-in knowledge base is missing from this build.</translation>
    </message>
    <message>
        <source>expected a CUDA major version from 1 to 999, not %1</source>
        <translation>expected a CUDA major version from 1 to 999, not %1</translation>
    </message>
</context>
<context>
    <name>tgs::KnowledgeBaseUpdater</name>
    <message>
        <source>No valid update address is set.</source>
        <translation>No valid update address is set.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The downloaded knowledge base is not valid: %1</source>
        <translation>The downloaded knowledge base is not valid: %1</translation>
    </message>
    <message>
        <source>The published knowledge base (%1) is not newer than the one in use (%2).</source>
        <translation>The published knowledge base (%1) is not newer than the one in use (%2).</translation>
    </message>
    <message>
        <source>The knowledge base could not be saved in %1: %2</source>
        <translation>The knowledge base could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>Knowledge base updated to %1.</source>
        <translation>Knowledge base updated to %1.</translation>
    </message>
    <message>
        <source>The knowledge-base address %1 does not start with https://; updates are only downloaded over HTTPS. The knowledge base in use stays.</source>
        <translation>The knowledge-base address %1 does not start with https://; updates are only downloaded over HTTPS. The knowledge base in use stays.</translation>
    </message>
    <message>
        <source>it has no signature (%1: %2)</source>
        <translation>it has no signature (%1: %2)</translation>
    </message>
    <message>
        <source>%1 redirects to %2, another host or scheme; updates are only taken from the address that was asked for</source>
        <translation>%1 redirects to %2, another host or scheme; updates are only taken from the address that was asked for</translation>
    </message>
    <message>
        <source>The knowledge base could not be downloaded (%1); the one in use stays.</source>
        <translation>The knowledge base could not be downloaded (%1); the one in use stays.</translation>
    </message>
    <message>
        <source>The downloaded knowledge base is not signed by its publisher (damaged, tampered with, or from someone else: %1); it was discarded and the one in use stays.</source>
        <translation>The downloaded knowledge base is not signed by its publisher (damaged, tampered with, or from someone else: %1); it was discarded and the one in use stays.</translation>
    </message>
    <message>
        <source>the signature does not match</source>
        <translation>the signature does not match</translation>
    </message>
    <message>
        <source>The downloaded knowledge base is dated %1, more than a day from now; it was discarded and the one in use stays.</source>
        <translation>The downloaded knowledge base is dated %1, more than a day from now; it was discarded and the one in use stays.</translation>
    </message>
</context>
<context>
    <name>tgs::LineSplitter</name>
    <message numerus="yes">
        <source> [… %n more character(s) of this line were not kept]</source>
        <translation>
            <numerusform> [… %n more character of this line were not kept]</numerusform>
            <numerusform> [… %n more characters of this line were not kept]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgs::ListText</name>
    <message>
        <source>, </source>
        <comment>between the items of a list in a sentence</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tgs::MirrorCatalog</name>
    <message>
        <source>expected &quot;index-url&quot; or &quot;find-links&quot;</source>
        <translation>expected &quot;index-url&quot; or &quot;find-links&quot;</translation>
    </message>
    <message>
        <source>the first entry must be &quot;official&quot;</source>
        <translation>the first entry must be &quot;official&quot;</translation>
    </message>
    <message>
        <source>The built-in mirror list is missing from this build.</source>
        <translation>The built-in mirror list is missing from this build.</translation>
    </message>
    <message>
        <source>TGS_MIRRORS_FILE: %1</source>
        <translation>TGS_MIRRORS_FILE: %1</translation>
    </message>
</context>
<context>
    <name>tgs::MirrorProbe</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgs::NvidiaSmiParser</name>
    <message>
        <source>nvidia-smi could not talk to the NVIDIA driver. The driver is not installed, not loaded, or was just updated: install or reinstall the NVIDIA driver and restart.</source>
        <translation>nvidia-smi could not talk to the NVIDIA driver. The driver is not installed, not loaded, or was just updated: install or reinstall the NVIDIA driver and restart.</translation>
    </message>
    <message>
        <source>The NVIDIA driver that is loaded differs from the installed driver libraries (usually right after a driver update). Restart the computer.</source>
        <translation>The NVIDIA driver that is loaded differs from the installed driver libraries (usually right after a driver update). Restart the computer.</translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but sees no GPU. Check that the GPU is seated and enabled, and that the virtual machine or container has been given it.</source>
        <translation>The NVIDIA driver is installed but sees no GPU. Check that the GPU is seated and enabled, and that the virtual machine or container has been given it.</translation>
    </message>
    <message>
        <source>nvidia-smi could not initialise NVML, the driver&apos;s management library: reinstall the NVIDIA driver, or restart the computer.</source>
        <translation>nvidia-smi could not initialise NVML, the driver&apos;s management library: reinstall the NVIDIA driver, or restart the computer.</translation>
    </message>
    <message>
        <source>nvidia-smi is not installed.</source>
        <translation>nvidia-smi is not installed.</translation>
    </message>
    <message>
        <source>nvidia-smi printed something this program cannot read (no driver version in it).</source>
        <translation>nvidia-smi printed something this program cannot read (no driver version in it).</translation>
    </message>
    <message>
        <source>nvidia-smi --query-gpu printed a line this program cannot read: &quot;%1&quot;</source>
        <translation>nvidia-smi --query-gpu printed a line this program cannot read: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nvidia-smi --query-gpu printed no GPU.</source>
        <translation>nvidia-smi --query-gpu printed no GPU.</translation>
    </message>
    <message>
        <source>nvidia-smi exited with code %1: %2</source>
        <translation>nvidia-smi exited with code %1: %2</translation>
    </message>
</context>
<context>
    <name>tgs::PlanBuilder</name>
    <message>
        <source>The pytorch conda channel has no torch %1 for Python %2; it has Python %3. Choose one of those, or the pip route.</source>
        <translation>The pytorch conda channel has no torch %1 for Python %2; it has Python %3. Choose one of those, or the pip route.</translation>
    </message>
    <message>
        <source>The environment needs a name.</source>
        <translation>The environment needs a name.</translation>
    </message>
    <message>
        <source>The environment name is longer than 64 characters.</source>
        <translation>The environment name is longer than 64 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is conda&apos;s own environment; choose another name.</source>
        <translation>&quot;%1&quot; is conda&apos;s own environment; choose another name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an environment name: use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (no spaces, path separators, quotes, &apos;&amp;&apos; or &apos;;&apos;).</source>
        <translation>&quot;%1&quot; cannot be an environment name: use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (no spaces, path separators, quotes, &apos;&amp;&apos; or &apos;;&apos;).</translation>
    </message>
    <message>
        <source>Unknown mirror &quot;%1&quot;: use %2.</source>
        <translation>Unknown mirror &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>torch %1 is not in the knowledge base.</source>
        <translation>torch %1 is not in the knowledge base.</translation>
    </message>
    <message>
        <source>This route needs conda, and none was found: let the wizard install Miniforge.</source>
        <translation>This route needs conda, and none was found: let the wizard install Miniforge.</translation>
    </message>
    <message>
        <source>The Miniforge installer&apos;s SHA-256 is not known, so it cannot be verified and will not be run.</source>
        <translation>The Miniforge installer&apos;s SHA-256 is not known, so it cannot be verified and will not be run.</translation>
    </message>
    <message>
        <source>Download Miniforge %1</source>
        <translation>Download Miniforge %1</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is %1</source>
        <translation>the file&apos;s SHA-256 is %1</translation>
    </message>
    <message>
        <source>Install Miniforge into %1</source>
        <translation>Install Miniforge into %1</translation>
    </message>
    <message>
        <source>exit code 0 and %1 exists</source>
        <translation>exit code 0 and %1 exists</translation>
    </message>
    <message>
        <source>No conda was found: Miniforge (conda-forge only, no Terms-of-Service prompt) is installed first.</source>
        <translation>No conda was found: Miniforge (conda-forge only, no Terms-of-Service prompt) is installed first.</translation>
    </message>
    <message>
        <source>exit code 0</source>
        <translation>exit code 0</translation>
    </message>
    <message>
        <source>The mirror %1 does not carry the &quot;%2&quot; channel; it comes from the official source.</source>
        <translation>The mirror %1 does not carry the &quot;%2&quot; channel; it comes from the official source.</translation>
    </message>
    <message>
        <source>Create the conda environment %1 with Python %2</source>
        <translation>Create the conda environment %1 with Python %2</translation>
    </message>
    <message>
        <source>Install the CUDA %1 toolkit (cudatoolkit %2)</source>
        <translation>Install the CUDA %1 toolkit (cudatoolkit %2)</translation>
    </message>
    <message>
        <source>conda&apos;s cudatoolkit package ends at 11.8; for CUDA %1 the pytorch-cuda package brings the runtime.</source>
        <translation>conda&apos;s cudatoolkit package ends at 11.8; for CUDA %1 the pytorch-cuda package brings the runtime.</translation>
    </message>
    <message>
        <source>Install cuDNN %1 for CUDA %2</source>
        <translation>Install cuDNN %1 for CUDA %2</translation>
    </message>
    <message>
        <source>Install PyTorch %1 from the pytorch channel</source>
        <translation>Install PyTorch %1 from the pytorch channel</translation>
    </message>
    <message>
        <source>Install PyTorch %1 from conda-forge</source>
        <translation>Install PyTorch %1 from conda-forge</translation>
    </message>
    <message>
        <source>The pip route needs conda or a Python to make a virtual environment with; neither was given.</source>
        <translation>The pip route needs conda or a Python to make a virtual environment with; neither was given.</translation>
    </message>
    <message>
        <source>Create the virtual environment %1</source>
        <translation>Create the virtual environment %1</translation>
    </message>
    <message>
        <source>%1 has no PyTorch CUDA wheels; they come from download.pytorch.org.</source>
        <translation>%1 has no PyTorch CUDA wheels; they come from download.pytorch.org.</translation>
    </message>
    <message>
        <source>Install PyTorch %1 (%2) with pip</source>
        <translation>Install PyTorch %1 (%2) with pip</translation>
    </message>
    <message>
        <source>The existing environment %1 is reused: the packages are installed into it.</source>
        <translation>The existing environment %1 is reused: the packages are installed into it.</translation>
    </message>
    <message>
        <source>Remove the existing environment %1</source>
        <translation>Remove the existing environment %1</translation>
    </message>
    <message>
        <source>Every step runs with: %1</source>
        <translation>Every step runs with: %1</translation>
    </message>
    <message>
        <source>Steps %1 run with: %2</source>
        <translation>Steps %1 run with: %2</translation>
    </message>
</context>
<context>
    <name>tgs::Preflight</name>
    <message>
        <source>A conda environment named &quot;%1&quot; already exists. Reuse it (install into it), replace it (delete it first), or use another name such as &quot;%2&quot;.</source>
        <translation>A conda environment named &quot;%1&quot; already exists. Reuse it (install into it), replace it (delete it first), or use another name such as &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has %2 GiB free, but this installation needs about %3 GiB. Free some space or choose another disk.</source>
        <translation>%1 has %2 GiB free, but this installation needs about %3 GiB. Free some space or choose another disk.</translation>
    </message>
    <message>
        <source>Miniforge would go to %1, a path with spaces or non-ASCII characters, where conda&apos;s installer and activation are known to fail. Install it to %2 instead.</source>
        <translation>Miniforge would go to %1, a path with spaces or non-ASCII characters, where conda&apos;s installer and activation are known to fail. Install it to %2 instead.</translation>
    </message>
    <message>
        <source>%1 is set on this computer. It can make the new environment load another Python&apos;s packages; the install steps run without it, but remove it from your settings if torch fails to import later.</source>
        <translation>%1 is set on this computer. It can make the new environment load another Python&apos;s packages; the install steps run without it, but remove it from your settings if torch fails to import later.</translation>
    </message>
    <message>
        <source>The package sources cannot be reached (%1). Check the network or proxy, or choose a mirror.</source>
        <translation>The package sources cannot be reached (%1). Check the network or proxy, or choose a mirror.</translation>
    </message>
</context>
<context>
    <name>tgs::ProcessRunner</name>
    <message>
        <source>%1 finished successfully.</source>
        <translation>%1 finished successfully.</translation>
    </message>
    <message>
        <source>%1 exited with code %2.</source>
        <translation>%1 exited with code %2.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 crashed.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 did not finish within %2 seconds and was stopped.</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 was canceled.</translation>
    </message>
    <message>
        <source>Timed out after %1 ms.</source>
        <translation>Timed out after %1 ms.</translation>
    </message>
    <message>
        <source>No program was given.</source>
        <translation>No program was given.</translation>
    </message>
    <message>
        <source>[… the first %1 characters of the output were not kept]</source>
        <translation>[… the first %1 characters of the output were not kept]</translation>
    </message>
</context>
<context>
    <name>tgs::PythonParser</name>
    <message>
        <source>The Python probe printed no result.</source>
        <translation>The Python probe printed no result.</translation>
    </message>
    <message>
        <source>The Python probe printed a result this program cannot read.</source>
        <translation>The Python probe printed a result this program cannot read.</translation>
    </message>
    <message>
        <source>The Python probe did not say which Python it is.</source>
        <translation>The Python probe did not say which Python it is.</translation>
    </message>
</context>
<context>
    <name>tgs::RecommendationReport</name>
    <message>
        <source>CPU build</source>
        <translation>CPU build</translation>
    </message>
    <message>
        <source>CUDA %1 (%2)</source>
        <translation>CUDA %1 (%2)</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recommended: %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Why not newer:</source>
        <translation>Why not newer:</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternatives:</translation>
    </message>
    <message>
        <source>Knowledge base of %1 (%2).</source>
        <translation>Knowledge base of %1 (%2).</translation>
    </message>
    <message>
        <source>%1 — %2, Python %3, from %4</source>
        <translation>%1 — %2, Python %3, from %4</translation>
    </message>
    <message>
        <source>the PyTorch wheel index (pip)</source>
        <translation>the PyTorch wheel index (pip)</translation>
    </message>
    <message>
        <source>the pytorch conda channel, as in the classic guide</source>
        <translation>the pytorch conda channel, as in the classic guide</translation>
    </message>
    <message>
        <source>conda-forge</source>
        <translation>conda-forge</translation>
    </message>
</context>
<context>
    <name>tgs::Recommender</name>
    <message>
        <source>the first Python found, %1</source>
        <translation>the first Python found, %1</translation>
    </message>
    <message>
        <source>torch %1 has no wheel for Python %2 (it supports %3).</source>
        <translation>torch %1 has no wheel for Python %2 (it supports %3).</translation>
    </message>
    <message>
        <source>torch %1 has no CUDA build for this route and system.</source>
        <translation>torch %1 has no CUDA build for this route and system.</translation>
    </message>
    <message>
        <source>torch %1&apos;s CUDA builds (%2) need driver %3 or newer; this one is %4.</source>
        <translation>torch %1&apos;s CUDA builds (%2) need driver %3 or newer; this one is %4.</translation>
    </message>
    <message>
        <source>torch %1&apos;s CUDA builds that this driver runs do not contain code for %2 (compute capability %3).</source>
        <translation>torch %1&apos;s CUDA builds that this driver runs do not contain code for %2 (compute capability %3).</translation>
    </message>
    <message>
        <source>torch %1 has no single CUDA build for all of these GPUs.</source>
        <translation>torch %1 has no single CUDA build for all of these GPUs.</translation>
    </message>
    <message>
        <source>%1 needs driver %2 or newer; this one is %3.</source>
        <translation>%1 needs driver %2 or newer; this one is %3.</translation>
    </message>
    <message>
        <source>%1 has no code for %2 (it contains %3).</source>
        <translation>%1 has no code for %2 (it contains %3).</translation>
    </message>
    <message>
        <source>Operating system: %1.</source>
        <translation>Operating system: %1.</translation>
    </message>
    <message>
        <source>Driver %1 → highest CUDA %2 (%3).</source>
        <translation>Driver %1 → highest CUDA %2 (%3).</translation>
    </message>
    <message>
        <source>NVIDIA driver %1 (%2).</source>
        <translation>NVIDIA driver %1 (%2).</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>%1: compute capability unknown, so its architecture cannot be checked.</source>
        <translation>%1: compute capability unknown, so its architecture cannot be checked.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU or driver was found, so the CPU build is the one that works here.</source>
        <translation>No NVIDIA GPU or driver was found, so the CPU build is the one that works here.</translation>
    </message>
    <message>
        <source>torch %1 is not a release this program knows (%2 to %3); it is not offered.</source>
        <translation>torch %1 is not a release this program knows (%2 to %3); it is not offered.</translation>
    </message>
    <message>
        <source>torch %1 was never published on the pytorch conda channel, which ends at %2. Choose the pip route for newer releases.</source>
        <translation>torch %1 was never published on the pytorch conda channel, which ends at %2. Choose the pip route for newer releases.</translation>
    </message>
    <message>
        <source>torch %1 is not offered on the %2 route for %3.</source>
        <translation>torch %1 is not offered on the %2 route for %3.</translation>
    </message>
    <message>
        <source>No torch release has a CUDA %1 build on this route.</source>
        <translation>No torch release has a CUDA %1 build on this route.</translation>
    </message>
    <message>
        <source>CUDA %1 builds exist for torch %2 to %3, and none of them has a wheel for Python %4 (pip says &quot;No matching distribution found for torch&quot;).</source>
        <translation>CUDA %1 builds exist for torch %2 to %3, and none of them has a wheel for Python %4 (pip says &quot;No matching distribution found for torch&quot;).</translation>
    </message>
    <message>
        <source>torch %1 has no wheel for Python %2; it supports Python %3.</source>
        <translation>torch %1 has no wheel for Python %2; it supports Python %3.</translation>
    </message>
    <message>
        <source>torch %1 has no CUDA %2 build on this route; it has %3.</source>
        <translation>torch %1 has no CUDA %2 build on this route; it has %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No NVIDIA GPU or driver was found, so a CUDA build would not be used here.</source>
        <translation>No NVIDIA GPU or driver was found, so a CUDA build would not be used here.</translation>
    </message>
    <message>
        <source>CUDA %1 builds (%2) need driver %3 or newer and this one is %4: torch.cuda.is_available() would be False. Update the driver or choose an older CUDA.</source>
        <translation>CUDA %1 builds (%2) need driver %3 or newer and this one is %4: torch.cuda.is_available() would be False. Update the driver or choose an older CUDA.</translation>
    </message>
    <message>
        <source>%1 builds of torch %2 contain no code for %3 (%4): it would fail with &quot;no kernel image is available&quot;. They contain %5.</source>
        <translation>%1 builds of torch %2 contain no code for %3 (%4): it would fail with &quot;no kernel image is available&quot;. They contain %5.</translation>
    </message>
    <message numerus="yes">
        <source>No single PyTorch build supports all of these GPUs. torch %1 %2 runs on %n of them; not on %3. Use a separate environment for the others.</source>
        <translation>
            <numerusform>No single PyTorch build supports all of these GPUs. torch %1 %2 runs on %n of them; not on %3. Use a separate environment for the others.</numerusform>
            <numerusform>No single PyTorch build supports all of these GPUs. torch %1 %2 runs on %n of them; not on %3. Use a separate environment for the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>torch %1 (CPU build) from %2.</source>
        <translation>torch %1 (CPU build) from %2.</translation>
    </message>
    <message>
        <source>%1 builds need driver %2 or newer (%3); driver %4 qualifies.</source>
        <translation>%1 builds need driver %2 or newer (%3); driver %4 qualifies.</translation>
    </message>
    <message>
        <source>CUDA %1.x minor-version compatibility</source>
        <translation>CUDA %1.x minor-version compatibility</translation>
    </message>
    <message>
        <source>CUDA %1 toolkit minimum</source>
        <translation>CUDA %1 toolkit minimum</translation>
    </message>
    <message>
        <source>%1 wheels contain %2, which runs on %3 (%4).</source>
        <translation>%1 wheels contain %2, which runs on %3 (%4).</translation>
    </message>
    <message>
        <source>%1 wheels carry PTX for %2, which the driver compiles for %3 (%4) on first use; the first start is slower.</source>
        <translation>%1 wheels carry PTX for %2, which the driver compiles for %3 (%4) on first use; the first start is slower.</translation>
    </message>
    <message>
        <source>The architectures of %1 builds on this route are not known, or %2&apos;s capability is unknown: not checked.</source>
        <translation>The architectures of %1 builds on this route are not known, or %2&apos;s capability is unknown: not checked.</translation>
    </message>
    <message>
        <source>%1 wheels bring their own CUDA %2 runtime and cuDNN %3.</source>
        <translation>%1 wheels bring their own CUDA %2 runtime and cuDNN %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CUDA version: use e.g. 12.4, cu124 or cpu.</source>
        <translation>&quot;%1&quot; is not a CUDA version: use e.g. 12.4, cu124 or cpu.</translation>
    </message>
    <message>
        <source>The knowledge base has no release for the %1 route on %2.</source>
        <translation>The knowledge base has no release for the %1 route on %2.</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>No Python was given or found: a new environment gets Python %1, the newest that torch %2 supports.</source>
        <translation>No Python was given or found: a new environment gets Python %1, the newest that torch %2 supports.</translation>
    </message>
    <message>
        <source>No torch release has a wheel for Python %1 (%2). Use a new environment with Python %3; the wizard can create it.</source>
        <translation>No torch release has a wheel for Python %1 (%2). Use a new environment with Python %3; the wizard can create it.</translation>
    </message>
    <message>
        <source>Python %1 (%2): the newest torch with a wheel for it is %3.</source>
        <translation>Python %1 (%2): the newest torch with a wheel for it is %3.</translation>
    </message>
    <message>
        <source>Python %1 (%2).</source>
        <translation>Python %1 (%2).</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found for the GPU. Install a current NVIDIA driver before PyTorch.</source>
        <translation>No NVIDIA driver was found for the GPU. Install a current NVIDIA driver before PyTorch.</translation>
    </message>
    <message>
        <source>Your choice does not work here (see the warnings); the recommendation is the nearest one that does.</source>
        <translation>Your choice does not work here (see the warnings); the recommendation is the nearest one that does.</translation>
    </message>
    <message>
        <source>No CUDA build of PyTorch for Python %1 runs on driver %2, so only the CPU build would work. Update the NVIDIA driver (torch %3 needs %4 or newer) to use the GPU.</source>
        <translation>No CUDA build of PyTorch for Python %1 runs on driver %2, so only the CPU build would work. Update the NVIDIA driver (torch %3 needs %4 or newer) to use the GPU.</translation>
    </message>
    <message>
        <source>%1 is %2 (compute capability %3, %4).</source>
        <translation>%1 is %2 (compute capability %3, %4).</translation>
    </message>
    <message>
        <source>%1 is %2 (compute capability %3).</source>
        <translation>%1 is %2 (compute capability %3).</translation>
    </message>
    <message>
        <source>torch %1 and newer have no wheel for Python %2.</source>
        <translation>torch %1 and newer have no wheel for Python %2.</translation>
    </message>
</context>
<context>
    <name>tgs::Report</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The doctor&apos;s findings</source>
        <translation>The doctor&apos;s findings</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>Detected environment</source>
        <translation>Detected environment</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Install plan</source>
        <translation>Install plan</translation>
    </message>
    <message>
        <source>Install log</source>
        <translation>Install log</translation>
    </message>
    <message numerus="yes">
        <source>The last %n line(s) of %1:</source>
        <translation>
            <numerusform>The last %n line(s) of %1:</numerusform>
            <numerusform>The last %n line(s) of %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>All of %1:</source>
        <translation>All of %1:</translation>
    </message>
    <message>
        <source>TorchGPU Setup report</source>
        <translation>TorchGPU Setup report</translation>
    </message>
    <message>
        <source>Created %1 by %2 %3.</source>
        <translation>Created %1 by %2 %3.</translation>
    </message>
    <message>
        <source>PyTorch has not been verified.</source>
        <translation>PyTorch has not been verified.</translation>
    </message>
    <message>
        <source>%1: a report is saved as Markdown (.md) or JSON (.json); choose a name that ends in one of them.</source>
        <translation>%1: a report is saved as Markdown (.md) or JSON (.json); choose a name that ends in one of them.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder, such as your Documents folder.</source>
        <translation>The folder %1 does not exist. Choose an existing folder, such as your Documents folder.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Choose a folder you can write to, such as your Documents folder.</source>
        <translation>The report cannot be written to %1 (%2). Choose a folder you can write to, such as your Documents folder.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1 (%2). Check that the disk has free space, or save it on another drive.</source>
        <translation>The report could not be saved as %1 (%2). Check that the disk has free space, or save it on another drive.</translation>
    </message>
</context>
<context>
    <name>tgs::TransferGuard</name>
    <message numerus="yes">
        <source>no data for %n second(s); check the network connection, or try another mirror</source>
        <translation>
            <numerusform>no data for %n second; check the network connection, or try another mirror</numerusform>
            <numerusform>no data for %n seconds; check the network connection, or try another mirror</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>not finished within the limit of %n second(s) (%1 received); the server or the network is too slow: check the connection, or try another mirror</source>
        <translation>
            <numerusform>not finished within the limit of %n second (%1 received); the server or the network is too slow: check the connection, or try another mirror</numerusform>
            <numerusform>not finished within the limit of %n seconds (%1 received); the server or the network is too slow: check the connection, or try another mirror</numerusform>
        </translation>
    </message>
    <message>
        <source>larger than the limit of %1 for this download (%2 announced); it is not the expected file: try another mirror</source>
        <translation>larger than the limit of %1 for this download (%2 announced); it is not the expected file: try another mirror</translation>
    </message>
    <message>
        <source>larger than the limit of %1 for this download (%2 received); it is not the expected file: try another mirror</source>
        <translation>larger than the limit of %1 for this download (%2 received); it is not the expected file: try another mirror</translation>
    </message>
    <message>
        <source>too slow: %1/s on average, below the minimum of %2/s (%3 in %4 s); try another mirror, or check the network connection</source>
        <translation>too slow: %1/s on average, below the minimum of %2/s (%3 in %4 s); try another mirror, or check the network connection</translation>
    </message>
</context>
<context>
    <name>tgs::VerificationReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>✗ import torch failed: %1</source>
        <translation>✗ import torch failed: %1</translation>
    </message>
    <message>
        <source>PyTorch (torch.__version__)</source>
        <translation>PyTorch (torch.__version__)</translation>
    </message>
    <message>
        <source>%1 — a CPU-only build</source>
        <translation>%1 — a CPU-only build</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Imported from</translation>
    </message>
    <message>
        <source>CUDA of this build (torch.version.cuda)</source>
        <translation>CUDA of this build (torch.version.cuda)</translation>
    </message>
    <message>
        <source>cuDNN (torch.backends.cudnn.version())</source>
        <translation>cuDNN (torch.backends.cudnn.version())</translation>
    </message>
    <message>
        <source>torchvision / torchaudio</source>
        <translation>torchvision / torchaudio</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>GPU usable (torch.cuda.is_available())</source>
        <translation>GPU usable (torch.cuda.is_available())</translation>
    </message>
    <message>
        <source>GPU architectures in this build</source>
        <translation>GPU architectures in this build</translation>
    </message>
    <message>
        <source>CPU computation</source>
        <translation>CPU computation</translation>
    </message>
    <message>
        <source>✓ correct, %1</source>
        <translation>✓ correct, %1</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ failed</translation>
    </message>
    <message>
        <source>GPU %1 %2 (compute capability %3, %4 MiB)</source>
        <translation>GPU %1 %2 (compute capability %3, %4 MiB)</translation>
    </message>
    <message>
        <source>GPU %1 %2 (compute capability %3)</source>
        <translation>GPU %1 %2 (compute capability %3)</translation>
    </message>
    <message>
        <source>✓ %1: matrix product %2, cuDNN convolution %3</source>
        <translation>✓ %1: matrix product %2, cuDNN convolution %3</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ PyTorch works and uses the GPU.</source>
        <translation>✓ PyTorch works and uses the GPU.</translation>
    </message>
    <message>
        <source>✓ PyTorch works. This PC has no NVIDIA GPU, so it computes on the CPU.</source>
        <translation>✓ PyTorch works. This PC has no NVIDIA GPU, so it computes on the CPU.</translation>
    </message>
    <message>
        <source>✗ PyTorch does not use the GPU in this environment.</source>
        <translation>✗ PyTorch does not use the GPU in this environment.</translation>
    </message>
    <message>
        <source>✗ PyTorch does not work in this environment.</source>
        <translation>✗ PyTorch does not work in this environment.</translation>
    </message>
    <message>
        <source>Verification of %1</source>
        <translation>Verification of %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tgs::Verifier</name>
    <message>
        <source>There is no Python at %1.</source>
        <translation>There is no Python at %1.</translation>
    </message>
    <message>
        <source>%1 has no Python (looked for %2).</source>
        <translation>%1 has no Python (looked for %2).</translation>
    </message>
    <message>
        <source>conda was not found, so there is no environment named &quot;%1&quot;. Give the environment&apos;s folder with --prefix instead.</source>
        <translation>conda was not found, so there is no environment named &quot;%1&quot;. Give the environment&apos;s folder with --prefix instead.</translation>
    </message>
    <message>
        <source>conda has no environment named &quot;%1&quot; (it has: %2).</source>
        <translation>conda has no environment named &quot;%1&quot; (it has: %2).</translation>
    </message>
    <message>
        <source>after the computations</source>
        <translation>after the computations</translation>
    </message>
    <message>
        <source>while computing on GPU %1 (%2)</source>
        <translation>while computing on GPU %1 (%2)</translation>
    </message>
    <message>
        <source>while computing on the CPU</source>
        <translation>while computing on the CPU</translation>
    </message>
    <message>
        <source>while starting CUDA (torch.cuda.is_available())</source>
        <translation>while starting CUDA (torch.cuda.is_available())</translation>
    </message>
    <message>
        <source>while importing torch</source>
        <translation>while importing torch</translation>
    </message>
    <message>
        <source>before it could say anything</source>
        <translation>before it could say anything</translation>
    </message>
    <message>
        <source>The Python at %1 could not be started: %2. Check the environment&apos;s name or path.</source>
        <translation>The Python at %1 could not be started: %2. Check the environment&apos;s name or path.</translation>
    </message>
    <message>
        <source>The check did not finish within %1 seconds and was stopped %2. A hung GPU driver or a broken CUDA installation can do this; restart the PC and check again.</source>
        <translation>The check did not finish within %1 seconds and was stopped %2. A hung GPU driver or a broken CUDA installation can do this; restart the PC and check again.</translation>
    </message>
    <message>
        <source>Python crashed %1 (%2). The last lines it printed are in the report.</source>
        <translation>Python crashed %1 (%2). The last lines it printed are in the report.</translation>
    </message>
    <message>
        <source>The check was canceled %1.</source>
        <translation>The check was canceled %1.</translation>
    </message>
    <message>
        <source>%1 did not answer as a Python does: %2</source>
        <translation>%1 did not answer as a Python does: %2</translation>
    </message>
    <message>
        <source>The check stopped %1: %2</source>
        <translation>The check stopped %1: %2</translation>
    </message>
</context>
<context>
    <name>tgs::app::Cli</name>
    <message>
        <source>TorchGPU Setup: finds your GPU, driver, conda, Python, CUDA and cuDNN, and sets up a verified GPU PyTorch. Without a command it opens the setup wizard.</source>
        <translation>TorchGPU Setup: finds your GPU, driver, conda, Python, CUDA and cuDNN, and sets up a verified GPU PyTorch. Without a command it opens the setup wizard.</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en.</source>
        <translation>Language of the interface: zh_CN or en.</translation>
    </message>
    <message>
        <source>Print JSON instead of a readable report.</source>
        <translation>Print JSON instead of a readable report.</translation>
    </message>
    <message>
        <source>Detecting the GPU, driver, conda, Python, CUDA and cuDNN…</source>
        <translation>Detecting the GPU, driver, conda, Python, CUDA and cuDNN…</translation>
    </message>
    <message>
        <source>recommend: plan for this operating system.</source>
        <translation>recommend: plan for this operating system.</translation>
    </message>
    <message>
        <source>recommend: the NVIDIA driver version, or none.</source>
        <translation>recommend: the NVIDIA driver version, or none.</translation>
    </message>
    <message>
        <source>recommend: a GPU&apos;s compute capability; repeat it for every GPU.</source>
        <translation>recommend: a GPU&apos;s compute capability; repeat it for every GPU.</translation>
    </message>
    <message>
        <source>recommend: the torch version you want.</source>
        <translation>recommend: the torch version you want.</translation>
    </message>
    <message>
        <source>recommend: the CUDA variant you want (12.4, cu124 or cpu).</source>
        <translation>recommend: the CUDA variant you want (12.4, cu124 or cpu).</translation>
    </message>
    <message>
        <source>recommend: the install route.</source>
        <translation>recommend: the install route.</translation>
    </message>
    <message>
        <source>Use this knowledge-base file instead of the built-in one.</source>
        <translation>Use this knowledge-base file instead of the built-in one.</translation>
    </message>
    <message>
        <source>Fetch a newer knowledge base from this address first (also TGS_KB_URL).</source>
        <translation>Fetch a newer knowledge base from this address first (also TGS_KB_URL).</translation>
    </message>
    <message>
        <source>Unknown --os &quot;%1&quot;: use windows or linux.</source>
        <translation>Unknown --os &quot;%1&quot;: use windows or linux.</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>given on the command line</translation>
    </message>
    <message>
        <source>TorchGPU Setup</source>
        <translation>TorchGPU Setup</translation>
    </message>
    <message>
        <source>plan/install: the environment&apos;s name (default torchgpu).</source>
        <translation>plan/install: the environment&apos;s name (default torchgpu).</translation>
    </message>
    <message>
        <source>plan/install: where packages come from; auto picks the fastest that answers.</source>
        <translation>plan/install: where packages come from; auto picks the fastest that answers.</translation>
    </message>
    <message>
        <source>plan: quote the commands for this shell.</source>
        <translation>plan: quote the commands for this shell.</translation>
    </message>
    <message>
        <source>install: what to do when the environment already exists.</source>
        <translation>install: what to do when the environment already exists.</translation>
    </message>
    <message>
        <source>install: do not ask before installing.</source>
        <translation>install: do not ask before installing.</translation>
    </message>
    <message>
        <source>mirror %1: %2 ms</source>
        <translation>mirror %1: %2 ms</translation>
    </message>
    <message>
        <source>mirror %1: unreachable (%2)</source>
        <translation>mirror %1: unreachable (%2)</translation>
    </message>
    <message>
        <source>No package source answered; check the network or proxy.</source>
        <translation>No package source answered; check the network or proxy.</translation>
    </message>
    <message>
        <source>Plan for %1 (mirror: %2):</source>
        <translation>Plan for %1 (mirror: %2):</translation>
    </message>
    <message>
        <source>Choose with --if-exists reuse, --if-exists replace or --if-exists rename.</source>
        <translation>Choose with --if-exists reuse, --if-exists replace or --if-exists rename.</translation>
    </message>
    <message>
        <source>Not asking on a non-interactive input: add --yes to install.</source>
        <translation>Not asking on a non-interactive input: add --yes to install.</translation>
    </message>
    <message>
        <source>Install now? [y/N] </source>
        <translation>Install now? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Nothing was installed.</translation>
    </message>
    <message>
        <source>Canceling: stopping the running step and everything it started…</source>
        <translation>Canceling: stopping the running step and everything it started…</translation>
    </message>
    <message>
        <source>The install log cannot be written in %1.</source>
        <translation>The install log cannot be written in %1.</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <source>Done: PyTorch %1 is installed in %2.</source>
        <translation>Done: PyTorch %1 is installed in %2.</translation>
    </message>
    <message>
        <source>The installation stopped at a failed step. Fix the cause above, then run the same command again.</source>
        <translation>The installation stopped at a failed step. Fix the cause above, then run the same command again.</translation>
    </message>
    <message>
        <source>Canceled. To continue later, run the same command with --if-exists reuse: the environment already created is kept and the remaining steps run in it.</source>
        <translation>Canceled. To continue later, run the same command with --if-exists reuse: the environment already created is kept and the remaining steps run in it.</translation>
    </message>
    <message>
        <source>detect: only what is known without importing torch (answers in a blink).</source>
        <translation>detect: only what is known without importing torch (answers in a blink).</translation>
    </message>
    <message>
        <source>Unknown install route &quot;%1&quot;: use pip, conda-legacy or conda-forge.</source>
        <translation>Unknown install route &quot;%1&quot;: use pip, conda-legacy or conda-forge.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>--%1 &quot;%2&quot; is not one of: %3.</translation>
    </message>
    <message>
        <source>--driver &quot;%1&quot; is not a driver version: use e.g. 535.104.05, 576.80 or none.</source>
        <translation>--driver &quot;%1&quot; is not a driver version: use e.g. 535.104.05, 576.80 or none.</translation>
    </message>
    <message>
        <source>--compute-cap &quot;%1&quot; is not a compute capability: use e.g. 8.9 (or sm_89).</source>
        <translation>--compute-cap &quot;%1&quot; is not a compute capability: use e.g. 8.9 (or sm_89).</translation>
    </message>
    <message>
        <source>--python &quot;%1&quot; is not a Python version: use e.g. 3.11.</source>
        <translation>--python &quot;%1&quot; is not a Python version: use e.g. 3.11.</translation>
    </message>
    <message>
        <source>Looking for the GPU, conda and Python…</source>
        <translation>Looking for the GPU, conda and Python…</translation>
    </message>
    <message>
        <source>No Python was found on PATH. Name the environment with --env NAME, --prefix FOLDER or --python PATH.</source>
        <translation>No Python was found on PATH. Name the environment with --env NAME, --prefix FOLDER or --python PATH.</translation>
    </message>
    <message>
        <source>Checking PyTorch in %1 (importing torch and computing on every GPU)…</source>
        <translation>Checking PyTorch in %1 (importing torch and computing on every GPU)…</translation>
    </message>
    <message>
        <source>verify: give one of --env, --prefix and --python.</source>
        <translation>verify: give one of --env, --prefix and --python.</translation>
    </message>
    <message>
        <source>recommend, plan, install: the Python version. verify: the Python program to check.</source>
        <translation>recommend, plan, install: the Python version. verify: the Python program to check.</translation>
    </message>
    <message>
        <source>verify: the environment&apos;s folder (a conda environment or a venv).</source>
        <translation>verify: the environment&apos;s folder (a conda environment or a venv).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Unknown command &quot;%1&quot;. Commands: %2.</translation>
    </message>
    <message>
        <source>The doctor found nothing wrong.</source>
        <translation>The doctor found nothing wrong.</translation>
    </message>
    <message>
        <source>The doctor&apos;s findings:</source>
        <translation>The doctor&apos;s findings:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>doctor: give --log or --text, not both.</source>
        <translation>doctor: give --log or --text, not both.</translation>
    </message>
    <message>
        <source>doctor: an install log to read.</source>
        <translation>doctor: an install log to read.</translation>
    </message>
    <message>
        <source>doctor: a file with an error message you copied.</source>
        <translation>doctor: a file with an error message you copied.</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not one of: md, json.</source>
        <translation>--format &quot;%1&quot; is not one of: md, json.</translation>
    </message>
    <message>
        <source>Detecting, checking PyTorch and writing the report…</source>
        <translation>Detecting, checking PyTorch and writing the report…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>report: md (Markdown) or json.</source>
        <translation>report: md (Markdown) or json.</translation>
    </message>
    <message>
        <source>report: write it to this file.</source>
        <translation>report: write it to this file.</translation>
    </message>
    <message>
        <source>detect: find the GPU, driver, conda, Python, CUDA and cuDNN. recommend: choose the PyTorch, CUDA and Python that fit, and say why. plan: show the exact install commands. install: run them. verify: check that an environment&apos;s PyTorch works on the GPU. doctor: say what is wrong and how to fix it. report: all of it in one file to share.</source>
        <translation>detect: find the GPU, driver, conda, Python, CUDA and cuDNN. recommend: choose the PyTorch, CUDA and Python that fit, and say why. plan: show the exact install commands. install: run them. verify: check that an environment&apos;s PyTorch works on the GPU. doctor: say what is wrong and how to fix it. report: all of it in one file to share.</translation>
    </message>
    <message>
        <source>Canceling: stopping every program it started…</source>
        <translation>Canceling: stopping every program it started…</translation>
    </message>
</context>
<context>
    <name>tgs::ui::DetectPage</name>
    <message>
        <source>Detect &amp;again</source>
        <translation>Detect &amp;again</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>What this computer has</source>
        <translation>What this computer has</translation>
    </message>
    <message>
        <source>The wizard asks the driver, conda, every Python and the CUDA tools. This takes a few seconds.</source>
        <translation>The wizard asks the driver, conda, every Python and the CUDA tools. This takes a few seconds.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Commands run:</source>
        <translation>Commands run:</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Detecting…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message numerus="yes">
        <source>Done in %1 s: %n GPU(s), %2 Python interpreter(s).</source>
        <translation>
            <numerusform>Done in %1 s: %n GPU(s), %2 Python interpreter(s).</numerusform>
            <numerusform>Done in %1 s: %n GPU(s), %2 Python interpreter(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check this environment</source>
        <translation>&amp;Check this environment</translation>
    </message>
    <message>
        <source>Already have PyTorch? Check an existing environment:</source>
        <translation>Already have PyTorch? Check an existing environment:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;all as text</source>
        <translation>Copy &amp;all as text</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tgs::ui::InstallPage</name>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Install</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Retry the failed step</source>
        <translation>&amp;Retry the failed step</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Install</translation>
    </message>
    <message>
        <source>These are the exact commands. Nothing runs until you press Install; every line they print is shown below.</source>
        <translation>These are the exact commands. Nothing runs until you press Install; every line they print is shown below.</translation>
    </message>
    <message>
        <source>&amp;Environment name:</source>
        <translation>&amp;Environment name:</translation>
    </message>
    <message>
        <source>&amp;Download source:</source>
        <translation>&amp;Download source:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing else will run; Retry continues from the stopped step.</source>
        <translation>Stopped. Nothing else will run; Retry continues from the stopped step.</translation>
    </message>
    <message>
        <source>A step failed; the rest did not run. Fix the cause, then retry the step.</source>
        <translation>A step failed; the rest did not run. Fix the cause, then retry the step.</translation>
    </message>
    <message>
        <source>Before installing:</source>
        <translation>Before installing:</translation>
    </message>
    <message>
        <source>The install log cannot be written in %1.</source>
        <translation>The install log cannot be written in %1.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Reuse it: install into the existing environment</source>
        <translation>Reuse it: install into the existing environment</translation>
    </message>
    <message>
        <source>Replace it: delete it first</source>
        <translation>Replace it: delete it first</translation>
    </message>
    <message>
        <source>Keep it: use another name</source>
        <translation>Keep it: use another name</translation>
    </message>
    <message>
        <source>Checking the download source…</source>
        <translation>Checking the download source…</translation>
    </message>
    <message>
        <source>If it e&amp;xists:</source>
        <translation>If it e&amp;xists:</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copy commands</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Copies the commands as a script you can run yourself</source>
        <translation>Copies the commands as a script you can run yourself</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>(%1%)</source>
        <translation>(%1%)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 %4</source>
        <translation>Step %1 of %2 · %3 %4</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>PyTorch is installed in %1.</source>
        <translation>PyTorch is installed in %1.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Stopped before anything ran.</source>
        <translation>Stopped before anything ran.</translation>
    </message>
    <message>
        <source>Stopping: ending the running command and everything it started…</source>
        <translation>Stopping: ending the running command and everything it started…</translation>
    </message>
    <message>
        <source>&amp;Install again</source>
        <translation>&amp;Install again</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>The new environment will be called %1; the existing %2 is left as it is.</source>
        <translation>The new environment will be called %1; the existing %2 is left as it is.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the download source (up to %n second(s))…</source>
        <translation>
            <numerusform>Checking the download source (up to %n second)…</numerusform>
            <numerusform>Checking the download source (up to %n seconds)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fastest (tested now)</source>
        <translation>Fastest (tested now)</translation>
    </message>
    <message>
        <source>Fastest (testing the sources…)</source>
        <translation>Fastest (testing the sources…)</translation>
    </message>
    <message>
        <source>%1 — %2 ms</source>
        <translation>%1 — %2 ms</translation>
    </message>
    <message>
        <source>%1 — no answer</source>
        <translation>%1 — no answer</translation>
    </message>
    <message>
        <source>Fastest (tested now): %1</source>
        <translation>Fastest (tested now): %1</translation>
    </message>
    <message>
        <source>Fastest (tested now): none answered, the official servers are used</source>
        <translation>Fastest (tested now): none answered, the official servers are used</translation>
    </message>
    <message>
        <source>Testing the download sources…</source>
        <translation>Testing the download sources…</translation>
    </message>
    <message>
        <source>Your %1 configuration (%2) already uses the mirror %3, so the fastest source is chosen.</source>
        <translation>Your %1 configuration (%2) already uses the mirror %3, so the fastest source is chosen.</translation>
    </message>
</context>
<context>
    <name>tgs::ui::LiveConsole</name>
    <message numerus="yes">
        <source>[… %n line(s) not shown here; the log file has them]</source>
        <translation>
            <numerusform>[… %n line not shown here; the log file has them]</numerusform>
            <numerusform>[… %n lines not shown here; the log file has them]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgs::ui::RecommendPage</name>
    <message>
        <source>The PyTorch that fits this computer</source>
        <translation>The PyTorch that fits this computer</translation>
    </message>
    <message>
        <source>Chosen from the driver, the GPUs and the Python found. Change any choice below; the wizard checks it at once.</source>
        <translation>Chosen from the driver, the GPUs and the Python found. Change any choice below; the wizard checks it at once.</translation>
    </message>
    <message>
        <source>pip wheels from the PyTorch index (recommended)</source>
        <translation>pip wheels from the PyTorch index (recommended)</translation>
    </message>
    <message>
        <source>conda, as in the classic guide (torch 2.5.1 at most)</source>
        <translation>conda, as in the classic guide (torch 2.5.1 at most)</translation>
    </message>
    <message>
        <source>conda-forge</source>
        <translation>conda-forge</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Your choices</translation>
    </message>
    <message>
        <source>Install &amp;route:</source>
        <translation>Install &amp;route:</translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation>&amp;Python:</translation>
    </message>
    <message>
        <source>P&amp;yTorch:</source>
        <translation>P&amp;yTorch:</translation>
    </message>
    <message>
        <source>&amp;CUDA:</source>
        <translation>&amp;CUDA:</translation>
    </message>
    <message>
        <source>Newest that fits</source>
        <translation>Newest that fits</translation>
    </message>
    <message>
        <source>%1 (found)</source>
        <translation>%1 (found)</translation>
    </message>
    <message>
        <source>Best for this computer</source>
        <translation>Best for this computer</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU only</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>your choice</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Why not newer</source>
        <translation>Why not newer</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>Knowledge base of %1.</source>
        <translation>Knowledge base of %1.</translation>
    </message>
    <message>
        <source>It goes into a new environment of its own; nothing already on this computer is changed.</source>
        <translation>It goes into a new environment of its own; nothing already on this computer is changed.</translation>
    </message>
    <message>
        <source>It goes into a new environment of its own; your existing conda environments (%1) are left as they are.</source>
        <translation>It goes into a new environment of its own; your existing conda environments (%1) are left as they are.</translation>
    </message>
</context>
<context>
    <name>tgs::ui::SetupWizard</name>
    <message>
        <source>TorchGPU Setup</source>
        <translation>TorchGPU Setup</translation>
    </message>
    <message>
        <source>Stop the installation?</source>
        <translation>Stop the installation?</translation>
    </message>
    <message>
        <source>The installation is still running. If you stop it now, the command that is running is ended and nothing else runs; what it downloaded may have to be downloaded again. You can continue it later with Retry.</source>
        <translation>The installation is still running. If you stop it now, the command that is running is ended and nothing else runs; what it downloaded may have to be downloaded again. You can continue it later with Retry.</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Stop and close</translation>
    </message>
    <message>
        <source>&amp;Keep installing</source>
        <translation>&amp;Keep installing</translation>
    </message>
</context>
<context>
    <name>tgs::ui::VerifyPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copy diagnostics</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Does PyTorch really use the GPU?</source>
        <translation>Does PyTorch really use the GPU?</translation>
    </message>
    <message>
        <source>The wizard runs Python in the environment: it imports torch, reads its versions and computes on every GPU, checking the result against the CPU.</source>
        <translation>The wizard runs Python in the environment: it imports torch, reads its versions and computes on every GPU, checking the result against the CPU.</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>CUDA (torch.version.cuda)</source>
        <translation>CUDA (torch.version.cuda)</translation>
    </message>
    <message>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
    <message>
        <source>Nothing to check yet: install PyTorch first, or choose an environment on the detection page.</source>
        <translation>Nothing to check yet: install PyTorch first, or choose an environment on the detection page.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Checked %1 in %2 s.</source>
        <translation>Checked %1 in %2 s.</translation>
    </message>
    <message>
        <source>none (CPU-only)</source>
        <translation>none (CPU-only)</translation>
    </message>
    <message>
        <source>✗ torch cannot see the GPU of this PC.</source>
        <translation>✗ torch cannot see the GPU of this PC.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Fix: install again</source>
        <translation>Fix: install again</translation>
    </message>
    <message>
        <source>Goes back to the install page with the plan that fixes this.</source>
        <translation>Goes back to the install page with the plan that fixes this.</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Save &amp;report…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>tgs::ui::WelcomePage</name>
    <message>
        <source>Set up PyTorch with GPU support</source>
        <translation>Set up PyTorch with GPU support</translation>
    </message>
    <message>
        <source>This wizard finds out what your PC has, chooses the PyTorch build that fits it, installs it and checks that it really uses the GPU.</source>
        <translation>This wizard finds out what your PC has, chooses the PyTorch build that fits it, installs it and checks that it really uses the GPU.</translation>
    </message>
    <message>
        <source>&lt;p&gt;First it looks at this computer:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the NVIDIA graphics card and its driver;&lt;/li&gt;&lt;li&gt;the highest CUDA version the driver can run;&lt;/li&gt;&lt;li&gt;conda and its environments, and every Python it can find;&lt;/li&gt;&lt;li&gt;installed CUDA toolkits and cuDNN, and any PyTorch already there.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Nothing is installed or changed until you say so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Three different &quot;CUDA versions&quot;:&lt;/b&gt; the one &lt;i&gt;nvidia-smi&lt;/i&gt; shows is the highest your driver supports; &lt;i&gt;nvcc&lt;/i&gt; shows an installed CUDA toolkit; &lt;i&gt;torch.version.cuda&lt;/i&gt; is the CUDA that PyTorch was built with. PyTorch brings its own CUDA runtime, so it needs only a new enough driver.&lt;/p&gt;</source>
        <translation>&lt;p&gt;First it looks at this computer:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the NVIDIA graphics card and its driver;&lt;/li&gt;&lt;li&gt;the highest CUDA version the driver can run;&lt;/li&gt;&lt;li&gt;conda and its environments, and every Python it can find;&lt;/li&gt;&lt;li&gt;installed CUDA toolkits and cuDNN, and any PyTorch already there.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Nothing is installed or changed until you say so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Three different &quot;CUDA versions&quot;:&lt;/b&gt; the one &lt;i&gt;nvidia-smi&lt;/i&gt; shows is the highest your driver supports; &lt;i&gt;nvcc&lt;/i&gt; shows an installed CUDA toolkit; &lt;i&gt;torch.version.cuda&lt;/i&gt; is the CUDA that PyTorch was built with. PyTorch brings its own CUDA runtime, so it needs only a new enough driver.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language / 语言:</source>
        <translation>&amp;Language / 语言:</translation>
    </message>
</context>
</TS>
