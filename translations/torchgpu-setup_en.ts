<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>nvidia-smi exited with code %1: %2</source>
        <translation>nvidia-smi exited with code %1: %2</translation>
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
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>Operating system: %1</translation>
    </message>
    <message>
        <source>NVIDIA GPUs:</source>
        <translation>NVIDIA GPUs:</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>  [%1] %2, memory %3, compute capability %4 (from %5)</source>
        <translation>  [%1] %2, memory %3, compute capability %4 (from %5)</translation>
    </message>
    <message>
        <source>NVIDIA driver:</source>
        <translation>NVIDIA driver:</translation>
    </message>
    <message>
        <source>  version %1 (from %2)</source>
        <translation>  version %1 (from %2)</translation>
    </message>
    <message>
        <source>  highest CUDA it supports: %1 (from %2). This is the driver&apos;s limit, not an installed CUDA.</source>
        <translation>  highest CUDA it supports: %1 (from %2). This is the driver&apos;s limit, not an installed CUDA.</translation>
    </message>
    <message>
        <source>conda:</source>
        <translation>conda:</translation>
    </message>
    <message>
        <source>  %1, version %2</source>
        <translation>  %1, version %2</translation>
    </message>
    <message>
        <source>  environment %1 at %2: Python %3</source>
        <translation>  environment %1 at %2: Python %3</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Python interpreters:</source>
        <translation>Python interpreters:</translation>
    </message>
    <message>
        <source>  %1: Python %2 (from %3)</source>
        <translation>  %1: Python %2 (from %3)</translation>
    </message>
    <message>
        <source>    torch %1, CUDA %2, cuDNN %3, GPU usable: %4</source>
        <translation>    torch %1, CUDA %2, cuDNN %3, GPU usable: %4</translation>
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
        <source>    torch is installed but fails to import: %1</source>
        <translation>    torch is installed but fails to import: %1</translation>
    </message>
    <message>
        <source>    torch is not installed</source>
        <translation>    torch is not installed</translation>
    </message>
    <message>
        <source>CUDA toolkits (needed only to compile CUDA code):</source>
        <translation>CUDA toolkits (needed only to compile CUDA code):</translation>
    </message>
    <message>
        <source>  CUDA %1 at %2 (from %3)</source>
        <translation>  CUDA %1 at %2 (from %3)</translation>
    </message>
    <message>
        <source>cuDNN:</source>
        <translation>cuDNN:</translation>
    </message>
    <message>
        <source>  cuDNN %1 at %2 (from %3)</source>
        <translation>  cuDNN %1 at %2 (from %3)</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1 (%2): %3</translation>
    </message>
    <message>
        <source>Detection took %1 s.</source>
        <translation>Detection took %1 s.</translation>
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
        <source>detect: find the GPU, driver, conda, Python, CUDA and cuDNN.</source>
        <translation>detect: find the GPU, driver, conda, Python, CUDA and cuDNN.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: detect.</source>
        <translation>Unknown command &quot;%1&quot;. Commands: detect.</translation>
    </message>
    <message>
        <source>Detecting the GPU, driver, conda, Python, CUDA and cuDNN…</source>
        <translation>Detecting the GPU, driver, conda, Python, CUDA and cuDNN…</translation>
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
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>NVIDIA GPUs</source>
        <translation>NVIDIA GPUs</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
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
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>%1 — Python %2</source>
        <translation>%1 — Python %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Python and PyTorch</source>
        <translation>Python and PyTorch</translation>
    </message>
    <message>
        <source>torch not installed</source>
        <translation>torch not installed</translation>
    </message>
    <message>
        <source>torch %1, CUDA %2, cuDNN %3, GPU usable: %4</source>
        <translation>torch %1, CUDA %2, cuDNN %3, GPU usable: %4</translation>
    </message>
    <message>
        <source>none (CPU build)</source>
        <translation>none (CPU build)</translation>
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
        <source>torch fails to import: %1</source>
        <translation>torch fails to import: %1</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
</context>
<context>
    <name>tgs::ui::SetupWizard</name>
    <message>
        <source>TorchGPU Setup</source>
        <translation>TorchGPU Setup</translation>
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
</context>
</TS>
