<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>tgs::BoundedFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or pipe), so it is not read.</source>
        <translation>%1 不是普通文件（而是文件夹、设备或管道），因此不会读取。</translation>
    </message>
    <message>
        <source>%1 is larger than %2, more than such a file can be: it is not read.</source>
        <translation>%1 大于 %2，超出了这类文件应有的大小，因此不会读取。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>tgs::CondaParser</name>
    <message>
        <source>conda --version printed no version this program can read.</source>
        <translation>conda --version 的输出中没有本程序能识别的版本号。</translation>
    </message>
    <message>
        <source>conda info --json printed no JSON.</source>
        <translation>conda info --json 没有输出 JSON。</translation>
    </message>
    <message>
        <source>conda info --json printed JSON this program cannot read.</source>
        <translation>conda info --json 输出的 JSON 本程序无法读取。</translation>
    </message>
    <message>
        <source>conda info --json names no root prefix.</source>
        <translation>conda info --json 的输出中没有根目录（root_prefix）。</translation>
    </message>
    <message>
        <source>conda env list printed nothing this program can read.</source>
        <translation>conda env list 的输出中没有本程序能识别的内容。</translation>
    </message>
    <message>
        <source>conda env list --json printed JSON this program cannot read.</source>
        <translation>conda env list --json 输出的 JSON 本程序无法读取。</translation>
    </message>
</context>
<context>
    <name>tgs::CudaDriverProbe</name>
    <message>
        <source>The NVIDIA driver&apos;s CUDA library (nvcuda.dll / libcuda.so.1) is not installed.</source>
        <translation>未安装 NVIDIA 驱动的 CUDA 库（nvcuda.dll / libcuda.so.1）。</translation>
    </message>
    <message>
        <source>The CUDA driver probe printed something unexpected.</source>
        <translation>CUDA 驱动探测输出了意外的内容。</translation>
    </message>
</context>
<context>
    <name>tgs::CudaToolsParser</name>
    <message>
        <source>nvcc --version printed no &quot;release X.Y&quot; line this program can read.</source>
        <translation>nvcc --version 的输出中没有本程序能识别的“release X.Y”行。</translation>
    </message>
    <message>
        <source>version.json is not valid JSON.</source>
        <translation>version.json 不是有效的 JSON。</translation>
    </message>
    <message>
        <source>version.json names no CUDA version.</source>
        <translation>version.json 中没有 CUDA 版本号。</translation>
    </message>
    <message>
        <source>version.txt names no CUDA version.</source>
        <translation>version.txt 中没有 CUDA 版本号。</translation>
    </message>
    <message>
        <source>The cuDNN header defines no CUDNN_MAJOR/CUDNN_MINOR.</source>
        <translation>cuDNN 头文件中没有定义 CUDNN_MAJOR/CUDNN_MINOR。</translation>
    </message>
    <message>
        <source>/proc/driver/nvidia/version names no driver version.</source>
        <translation>/proc/driver/nvidia/version 中没有驱动版本号。</translation>
    </message>
    <message>
        <source>/sys/module/nvidia/version holds no driver version.</source>
        <translation>/sys/module/nvidia/version 中没有驱动版本号。</translation>
    </message>
</context>
<context>
    <name>tgs::Detector</name>
    <message>
        <source>%1 did not answer within %2 seconds and was stopped. A hung driver or a stuck network drive can cause this; restart the computer and try again.</source>
        <translation>%1 在 %2 秒内没有响应，已被停止。驱动卡死或网络驱动器无响应都可能导致这种情况；请重启电脑后再试。</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 崩溃了。</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <source>nvidia-smi was not found on PATH or in %1. It comes with the NVIDIA driver: if this PC has an NVIDIA GPU, install the driver from nvidia.com and run this again.</source>
        <translation>在 PATH 和 %1 中都没有找到 nvidia-smi。它随 NVIDIA 驱动一起安装：如果这台电脑有 NVIDIA 显卡，请从 nvidia.cn 安装驱动后再运行一次。</translation>
    </message>
    <message>
        <source>The CUDA driver query</source>
        <translation>CUDA 驱动查询</translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but reports no CUDA-capable GPU (cuInit returned 100).</source>
        <translation>已安装 NVIDIA 驱动，但它报告没有支持 CUDA 的显卡（cuInit 返回 100）。</translation>
    </message>
    <message>
        <source>The NVIDIA driver&apos;s CUDA library is present but could not start (cuInit returned %1). Reinstall the NVIDIA driver or restart.</source>
        <translation>NVIDIA 驱动的 CUDA 库存在，但无法启动（cuInit 返回 %1）。请重新安装 NVIDIA 驱动或重启电脑。</translation>
    </message>
    <message numerus="yes">
        <source>conda was not found (checked CONDA_EXE, PATH and %n usual install folder(s)). That is fine: this wizard can install Miniforge, or use a venv instead.</source>
        <translation>
            <numerusform>没有找到 conda（已检查 CONDA_EXE、PATH 和 %n 个常见安装目录）。这没有关系：本向导可以为你安装 Miniforge，也可以改用 venv。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Python at %1 did not answer within %2 seconds and was stopped. Importing a broken torch or GPU driver can hang.</source>
        <translation>%1 处的 Python 在 %2 秒内没有响应，已被停止。导入损坏的 torch 或显卡驱动异常都可能导致卡住。</translation>
    </message>
    <message>
        <source>The Python at %1 could not be examined: %2 %3</source>
        <translation>无法检查 %1 处的 Python：%2 %3</translation>
    </message>
    <message>
        <source>torch is installed for %1 but cannot be imported: %2</source>
        <translation>%1 已安装 torch，但无法导入：%2</translation>
    </message>
    <message>
        <source>No Python was found on PATH or in a conda environment. The wizard can create one with conda.</source>
        <translation>在 PATH 和 conda 环境中都没有找到 Python。本向导可以用 conda 创建一个。</translation>
    </message>
    <message>
        <source>No CUDA toolkit was found. PyTorch does not need one: its packages bring their own CUDA runtime. A toolkit is only needed to compile CUDA code.</source>
        <translation>没有找到 CUDA 工具包。PyTorch 不需要它：PyTorch 的安装包自带 CUDA 运行时。只有编译 CUDA 代码时才需要工具包。</translation>
    </message>
    <message>
        <source>No cuDNN was found. PyTorch does not need a separate one: its packages bring their own.</source>
        <translation>没有找到 cuDNN。PyTorch 不需要单独安装：它的安装包自带 cuDNN。</translation>
    </message>
    <message>
        <source>Detection was canceled.</source>
        <translation>检测已取消。</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message numerus="yes">
        <source>Detection reached its overall limit of %n second(s), so what it reports is incomplete (%1). Run it again when the machine is less busy; a tool that hangs every time is worth checking by hand.</source>
        <translation>
            <numerusform>检测达到了 %n 秒的总时限，因此结果不完整（%1）。请在电脑较空闲时重新检测；若某个工具每次都卡住，值得手动检查它。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgs::Doctor</name>
    <message>
        <source>an NVIDIA GPU</source>
        <translation>NVIDIA 显卡</translation>
    </message>
    <message>
        <source>conda&apos;s base environment</source>
        <translation>conda 的 base 环境</translation>
    </message>
    <message>
        <source>the conda environment in %1</source>
        <translation>位于 %1 的 conda 环境</translation>
    </message>
    <message>
        <source>the conda environment &quot;%1&quot;</source>
        <translation>conda 环境“%1”</translation>
    </message>
    <message>
        <source>the environment in %1</source>
        <translation>位于 %1 的环境</translation>
    </message>
    <message>
        <source>the Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>The wizard can install PyTorch %1 into a new environment &quot;%2&quot; for you.</source>
        <translation>本向导可以为您把 PyTorch %1 安装到新环境“%2”中。</translation>
    </message>
    <message>
        <source>Install a CUDA build of PyTorch that this PC&apos;s driver and GPU support: run detection in the wizard and use its recommendation, or pick the CUDA version on https://pytorch.org/get-started/locally/.</source>
        <translation>请安装这台电脑的驱动和显卡都支持的 PyTorch CUDA 版本：在向导中运行检测并采用它的推荐，或者在 https://pytorch.org/get-started/locally/ 上选择 CUDA 版本。</translation>
    </message>
    <message>
        <source>Replace it with PyTorch %1, the build the wizard recommends for this PC:
%2</source>
        <translation>请将它替换为 PyTorch %1，这是向导为这台电脑推荐的版本：
%2</translation>
    </message>
    <message>
        <source>Better still, leave conda&apos;s base environment alone and install into a new environment.</source>
        <translation>更好的做法是不要改动 conda 的 base 环境，而是安装到一个新环境中。</translation>
    </message>
    <message>
        <source>on Windows</source>
        <translation>在 Windows 上</translation>
    </message>
    <message>
        <source>on Linux</source>
        <translation>在 Linux 上</translation>
    </message>
    <message>
        <source>Download the current driver for %1 from https://www.nvidia.com/Download/index.aspx (or the NVIDIA App), install it and restart Windows.</source>
        <translation>请从 https://www.nvidia.com/Download/index.aspx（或 NVIDIA App）下载适用于 %1 的最新驱动，安装后重启 Windows。</translation>
    </message>
    <message>
        <source>Install the current NVIDIA driver for %1 from your distribution&apos;s packages (on Ubuntu: &quot;sudo ubuntu-drivers install&quot;; else from https://www.nvidia.com/Download/index.aspx) and restart the computer.</source>
        <translation>请从发行版的软件包中安装适用于 %1 的最新 NVIDIA 驱动（Ubuntu 上运行“sudo ubuntu-drivers install”；其他发行版可从 https://www.nvidia.com/Download/index.aspx 获取），然后重启电脑。</translation>
    </message>
    <message>
        <source>The NVIDIA driver was updated, but the old one is still loaded.</source>
        <translation>NVIDIA 驱动已更新，但加载的仍是旧驱动。</translation>
    </message>
    <message>
        <source>nvidia-smi reports &quot;Driver/library version mismatch&quot;: the driver&apos;s libraries on disk are a newer version than the driver module that is running. This happens right after a driver update (often an automatic one) until the computer restarts; until then no program, PyTorch included, can use the GPU.</source>
        <translation>nvidia-smi 报告“Driver/library version mismatch”：磁盘上的驱动库版本比正在运行的驱动模块更新。驱动刚更新（常常是自动更新）后、电脑重启之前都会这样；在此期间，包括 PyTorch 在内的任何程序都无法使用 GPU。</translation>
    </message>
    <message>
        <source>Restart the computer. If the message stays after a restart, reinstall the NVIDIA driver.</source>
        <translation>请重启电脑。如果重启后仍出现该消息，请重新安装 NVIDIA 驱动。</translation>
    </message>
    <message>
        <source>nvidia-smi cannot use the NVIDIA driver, so PyTorch cannot use the GPU either.</source>
        <translation>nvidia-smi 无法使用 NVIDIA 驱动，因此 PyTorch 也无法使用 GPU。</translation>
    </message>
    <message>
        <source>If it still fails after the restart, check whether Secure Boot keeps the driver from loading (&quot;mokutil --sb-state&quot;).</source>
        <translation>如果重启后仍然失败，请检查是否是安全启动（Secure Boot）阻止了驱动加载（“mokutil --sb-state”）。</translation>
    </message>
    <message>
        <source>This PC has no NVIDIA GPU: PyTorch runs on the CPU here.</source>
        <translation>这台电脑没有 NVIDIA 显卡：PyTorch 在这里使用 CPU 运行。</translation>
    </message>
    <message>
        <source>Detection found no NVIDIA graphics card and no NVIDIA driver. CUDA needs both, so the CPU build of PyTorch is the right one for this PC; a CUDA build would work, but only on the CPU.</source>
        <translation>检测没有找到 NVIDIA 显卡，也没有找到 NVIDIA 驱动。CUDA 需要两者都有，所以 CPU 版本的 PyTorch 正适合这台电脑；CUDA 版本也能用，但同样只能在 CPU 上运行。</translation>
    </message>
    <message>
        <source>The checked environment has torch %1; its CPU computation %2.</source>
        <translation>所检查的环境中有 torch %1；它的 CPU 计算%2。</translation>
    </message>
    <message>
        <source>ran correctly</source>
        <translation>运行正确</translation>
    </message>
    <message>
        <source>did not run</source>
        <translation>没有运行</translation>
    </message>
    <message>
        <source>Nothing needs fixing. If this PC does have an NVIDIA card, install its driver from https://www.nvidia.com/Download/index.aspx, restart, and check again.</source>
        <translation>无需修复。如果这台电脑确实有 NVIDIA 显卡，请从 https://www.nvidia.com/Download/index.aspx 安装它的驱动，重启后再检查一次。</translation>
    </message>
    <message>
        <source>The NVIDIA driver is too old for the installed PyTorch.</source>
        <translation>NVIDIA 驱动版本太旧，无法支持已安装的 PyTorch。</translation>
    </message>
    <message>
        <source>The NVIDIA driver %1 runs CUDA up to %2.</source>
        <translation>NVIDIA 驱动 %1 支持的最高 CUDA 版本为 %2。</translation>
    </message>
    <message>
        <source>The NVIDIA driver runs CUDA up to %1.</source>
        <translation>NVIDIA 驱动支持的最高 CUDA 版本为 %1。</translation>
    </message>
    <message>
        <source>torch %1 is built with CUDA %2, which needs driver %3 or newer %4.</source>
        <translation>torch %1 基于 CUDA %2 构建，%4需要 %3 或更新版本的驱动。</translation>
    </message>
    <message>
        <source>This PyTorch is built with a newer CUDA, which the driver cannot run.</source>
        <translation>此 PyTorch 基于较新的 CUDA 构建，当前驱动无法运行。</translation>
    </message>
    <message>
        <source>Update the NVIDIA driver. %1</source>
        <translation>请更新 NVIDIA 驱动。%1</translation>
    </message>
    <message>
        <source>Update the NVIDIA driver to %1 or newer. %2</source>
        <translation>请将 NVIDIA 驱动更新到 %1 或更新版本。%2</translation>
    </message>
    <message>
        <source>Or keep the driver and install a build it runs.</source>
        <translation>或者保留当前驱动，安装它能运行的 PyTorch 版本。</translation>
    </message>
    <message>
        <source>The installed PyTorch has no code for the GPU %1.</source>
        <translation>已安装的 PyTorch 没有适用于显卡 %1 的代码。</translation>
    </message>
    <message>
        <source>The installed PyTorch</source>
        <translation>已安装的 PyTorch</translation>
    </message>
    <message>
        <source>torch %1</source>
        <translation>torch %1</translation>
    </message>
    <message>
        <source>CUDA reports &quot;no kernel image is available for execution on the device&quot;: the build has no code for this GPU&apos;s architecture.</source>
        <translation>CUDA 报告“no kernel image is available for execution on the device”：此版本没有适用于这块显卡架构的代码。</translation>
    </message>
    <message>
        <source>%1 has compute capability %2 (%3).</source>
        <translation>%1 的计算能力为 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 has code only for %2.</source>
        <translation>%1 只包含 %2 的代码。</translation>
    </message>
    <message>
        <source>Install a newer PyTorch built with a CUDA version that supports this GPU (GeForce RTX 50 series: CUDA 12.8 or newer, torch 2.7 or newer): run detection in the wizard and use its recommendation.</source>
        <translation>请安装更新的 PyTorch，它所基于的 CUDA 版本需要支持这块显卡（GeForce RTX 50 系列：CUDA 12.8 或更新，torch 2.7 或更新）：在向导中运行检测并采用它的推荐。</translation>
    </message>
    <message>
        <source>%1 has a PyTorch without CUDA: it cannot use the GPU.</source>
        <translation>%1 安装的是不带 CUDA 的 PyTorch：无法使用 GPU。</translation>
    </message>
    <message>
        <source>This Python</source>
        <translation>这个 Python</translation>
    </message>
    <message>
        <source>torch %1 is a CPU-only build (torch.version.cuda is None), but this PC has %2. pip and conda install this build when no CUDA index or channel is named.</source>
        <translation>torch %1 是仅 CPU 版本（torch.version.cuda 为 None），但这台电脑有 %2。如果没有指定 CUDA 索引或频道，pip 和 conda 就会安装这个版本。</translation>
    </message>
    <message>
        <source>PyTorch is not installed in %1.</source>
        <translation>%1 中没有安装 PyTorch。</translation>
    </message>
    <message>
        <source>&quot;import torch&quot; failed: %1</source>
        <translation>“import torch”失败：%1</translation>
    </message>
    <message>
        <source>PyTorch is installed in %1 but cannot be imported.</source>
        <translation>%1 中已安装 PyTorch，但无法导入。</translation>
    </message>
    <message>
        <source>Install PyTorch again into a new, empty environment.</source>
        <translation>请将 PyTorch 重新安装到一个新的空环境中。</translation>
    </message>
    <message>
        <source>The test computation on GPU %1 (%2) failed.</source>
        <translation>GPU %1（%2）上的测试计算失败。</translation>
    </message>
    <message>
        <source>The GPU&apos;s matrix product differs from the CPU&apos;s by %1.</source>
        <translation>GPU 的矩阵乘法结果与 CPU 的相差 %1。</translation>
    </message>
    <message>
        <source>torch said: %1</source>
        <translation>torch 报告：%1</translation>
    </message>
    <message>
        <source>Close other programs that use the GPU, update the NVIDIA driver and check again. %1</source>
        <translation>请关闭其他正在使用 GPU 的程序，更新 NVIDIA 驱动后再检查一次。%1</translation>
    </message>
    <message>
        <source>PyTorch in %1 cannot use CUDA.</source>
        <translation>%1 中的 PyTorch 无法使用 CUDA。</translation>
    </message>
    <message>
        <source>torch %1 (CUDA %2) reports torch.cuda.is_available() = False on a PC with %3.</source>
        <translation>在有 %3 的电脑上，torch %1（CUDA %2）报告 torch.cuda.is_available() = False。</translation>
    </message>
    <message>
        <source>Restart the computer, then check again. If it stays unavailable, reinstall the NVIDIA driver. %1</source>
        <translation>请重启电脑后再检查一次。如果仍然不可用，请重新安装 NVIDIA 驱动。%1</translation>
    </message>
    <message>
        <source>PyTorch says &quot;Torch not compiled with CUDA enabled&quot;: the installed torch is a CPU-only build (torch.version.cuda is None), so it cannot use %1.</source>
        <translation>PyTorch 报告“Torch not compiled with CUDA enabled”：已安装的 torch 是仅 CPU 版本（torch.version.cuda 为 None），因此无法使用 %1。</translation>
    </message>
    <message>
        <source>this Python</source>
        <translation>这个 Python</translation>
    </message>
    <message>
        <source>Python loads a different PyTorch than the one in %1.</source>
        <translation>Python 加载的 PyTorch 不是 %1 中的那个。</translation>
    </message>
    <message>
        <source>PyTorch is loaded from outside the Python environment.</source>
        <translation>PyTorch 是从 Python 环境之外加载的。</translation>
    </message>
    <message>
        <source>torch is imported from %1, a folder on PYTHONPATH (%2): it comes before the environment&apos;s own packages, so the environment&apos;s torch is never used.</source>
        <translation>torch 是从 %1 导入的，这是 PYTHONPATH（%2）中的一个文件夹：它排在环境自身的软件包之前，所以环境里的 torch 永远不会被使用。</translation>
    </message>
    <message>
        <source>Remove that folder from the PYTHONPATH environment variable (Windows: Settings → System → About → Advanced system settings → Environment Variables; Linux: your ~/.bashrc or ~/.profile), open a new terminal and check again.</source>
        <translation>请从 PYTHONPATH 环境变量中删除该文件夹（Windows：设置 → 系统 → 系统信息 → 高级系统设置 → 环境变量；Linux：您的 ~/.bashrc 或 ~/.profile），然后打开一个新的终端再检查一次。</translation>
    </message>
    <message>
        <source>torch is imported from %1, the user site-packages, which Python searches before the environment&apos;s own packages: an earlier &quot;pip install --user&quot; (or pip outside any environment) put it there.</source>
        <translation>torch 是从 %1 导入的，这是用户 site-packages 目录，Python 会先于环境自身的软件包搜索它：是之前的“pip install --user”（或在任何环境之外运行的 pip）把它装到了那里。</translation>
    </message>
    <message>
        <source>Delete the folder %1 together with the torch-*.dist-info folder beside it, or set the environment variable PYTHONNOUSERSITE=1 so that Python ignores the user site-packages; then check again.</source>
        <translation>请删除文件夹 %1 以及旁边的 torch-*.dist-info 文件夹，或者设置环境变量 PYTHONNOUSERSITE=1，让 Python 忽略用户 site-packages；然后再检查一次。</translation>
    </message>
    <message>
        <source>Python cannot find its own standard library.</source>
        <translation>Python 找不到自己的标准库。</translation>
    </message>
    <message>
        <source>PYTHONHOME is set; it breaks Pythons that are not in it.</source>
        <translation>设置了 PYTHONHOME；它会破坏不在该目录中的 Python。</translation>
    </message>
    <message>
        <source>Python stopped with &quot;No module named &apos;encodings&apos;&quot;: its standard library is not where it looks, usually because PYTHONHOME points elsewhere.</source>
        <translation>Python 因“No module named &apos;encodings&apos;”而停止：它的标准库不在它查找的位置，通常是因为 PYTHONHOME 指向了别处。</translation>
    </message>
    <message>
        <source>PYTHONHOME is %1: every Python, including conda&apos;s and the environments&apos;, looks for its standard library there instead of its own folder.</source>
        <translation>PYTHONHOME 为 %1：所有 Python，包括 conda 的和各个环境中的，都会去那里而不是自己的文件夹中查找标准库。</translation>
    </message>
    <message>
        <source>Remove the PYTHONHOME environment variable (Windows: Settings → System → About → Advanced system settings → Environment Variables; Linux: your ~/.bashrc or ~/.profile), open a new terminal and try again. conda and venv need no PYTHONHOME.</source>
        <translation>请删除 PYTHONHOME 环境变量（Windows：设置 → 系统 → 系统信息 → 高级系统设置 → 环境变量；Linux：您的 ~/.bashrc 或 ~/.profile），然后打开一个新的终端再试。conda 和 venv 都不需要 PYTHONHOME。</translation>
    </message>
    <message>
        <source>A folder in use has non-ASCII characters in its path.</source>
        <translation>正在使用的某个文件夹路径中含有非 ASCII 字符。</translation>
    </message>
    <message>
        <source>%1 contains characters outside ASCII (for example a Chinese user name). conda, pip and Python packages that build code often fail on such paths with encoding errors.</source>
        <translation>%1 含有 ASCII 以外的字符（例如中文用户名）。conda、pip 以及需要编译代码的 Python 软件包在这样的路径上经常因编码错误而失败。</translation>
    </message>
    <message>
        <source>Install Miniforge into a folder with a plain ASCII path, such as %1, and create the environment there.</source>
        <translation>请将 Miniforge 安装到路径只含 ASCII 字符的文件夹中，例如 %1，并在那里创建环境。</translation>
    </message>
    <message>
        <source>Several CUDA toolkits are installed: %1.</source>
        <translation>安装了多个 CUDA 工具包：%1。</translation>
    </message>
    <message>
        <source>Installed: %1. PyTorch&apos;s wheels bring their own CUDA and ignore them, but building extensions (nvcc, setup.py, pip install of packages with CUDA code) takes whichever comes first on PATH or in CUDA_HOME, and fails when it differs from torch&apos;s CUDA.</source>
        <translation>已安装：%1。PyTorch 的 wheel 包自带 CUDA，不会使用这些工具包；但编译扩展（nvcc、setup.py、用 pip 安装含 CUDA 代码的软件包）时，会使用 PATH 或 CUDA_HOME 中最先出现的那个，如果它与 torch 的 CUDA 版本不同，编译就会失败。</translation>
    </message>
    <message>
        <source>Before building an extension, set CUDA_HOME to the toolkit with torch&apos;s CUDA version and put its bin folder first on PATH; uninstall toolkits you no longer need.</source>
        <translation>编译扩展之前，请将 CUDA_HOME 设为与 torch 的 CUDA 版本相同的工具包，并把它的 bin 文件夹放在 PATH 的最前面；不再需要的工具包请卸载。</translation>
    </message>
    <message>
        <source>Before building an extension, set CUDA_HOME to %1 (CUDA %2, like torch) and put its bin folder first on PATH; uninstall toolkits you no longer need.</source>
        <translation>编译扩展之前，请将 CUDA_HOME 设为 %1（CUDA %2，与 torch 相同），并把它的 bin 文件夹放在 PATH 的最前面；不再需要的工具包请卸载。</translation>
    </message>
    <message>
        <source>PyTorch has no package for Python %1.</source>
        <translation>PyTorch 没有适用于 Python %1 的安装包。</translation>
    </message>
    <message>
        <source>No PyTorch release in the knowledge base (data of %1) has a package for Python %2.</source>
        <translation>知识库（数据日期 %1）中没有任何 PyTorch 发行版提供适用于 Python %2 的安装包。</translation>
    </message>
    <message>
        <source>Create a new environment with a Python version that PyTorch supports instead of installing into this Python.</source>
        <translation>请用 PyTorch 支持的 Python 版本创建一个新环境，不要安装到这个 Python 中。</translation>
    </message>
    <message>
        <source>The mirror %1 has no nvidia conda channel.</source>
        <translation>镜像 %1 没有 nvidia conda 频道。</translation>
    </message>
    <message>
        <source>conda asked the mirror for the nvidia channel and it was not there (%1). PyTorch&apos;s conda packages for CUDA (pytorch-cuda and the cuda-* libraries) come from that channel, and most mirrors do not copy it.</source>
        <translation>conda 向镜像请求 nvidia 频道，但镜像上没有（%1）。PyTorch 的 CUDA conda 软件包（pytorch-cuda 和 cuda-* 库）来自这个频道，而大多数镜像都没有同步它。</translation>
    </message>
    <message>
        <source>Use the pip route in the wizard: PyTorch&apos;s pip packages bring CUDA with them and need no nvidia channel. Or choose the official source, or remove the nvidia entry from custom_channels in your .condarc.</source>
        <translation>请在向导中使用 pip 安装方式：PyTorch 的 pip 安装包自带 CUDA，不需要 nvidia 频道。或者选择官方源，或者从 .condarc 的 custom_channels 中删除 nvidia 一项。</translation>
    </message>
    <message>
        <source>The output says: %1</source>
        <translation>输出内容为：%1</translation>
    </message>
    <message>
        <source>Windows&apos; paging file is too small to load PyTorch&apos;s CUDA libraries.</source>
        <translation>Windows 的页面文件太小，无法加载 PyTorch 的 CUDA 库。</translation>
    </message>
    <message>
        <source>&quot;import torch&quot; in %1 failed with WinError 1455 while loading %2: the CUDA and cuDNN libraries need several gigabytes of virtual memory.</source>
        <translation>%1 中的“import torch”在加载 %2 时因 WinError 1455 而失败：CUDA 和 cuDNN 库需要数 GB 的虚拟内存。</translation>
    </message>
    <message>
        <source>Enlarge the paging file: Settings → System → About → Advanced system settings → Performance Settings → Advanced → Virtual memory → Change; let Windows manage the size (or set at least 16384 MB on the system drive), restart, and check again. Loading fewer worker processes at once also helps.</source>
        <translation>请增大页面文件：设置 → 系统 → 系统信息 → 高级系统设置 → 性能设置 → 高级 → 虚拟内存 → 更改；让 Windows 自动管理大小（或在系统盘上设置至少 16384 MB），重启后再检查一次。减少同时加载的工作进程数也会有帮助。</translation>
    </message>
    <message>
        <source>Windows could not load one of PyTorch&apos;s DLLs.</source>
        <translation>Windows 无法加载 PyTorch 的某个 DLL。</translation>
    </message>
    <message>
        <source>&quot;import torch&quot; in %1 failed: a DLL that torch needs could not be loaded.</source>
        <translation>%1 中的“import torch”失败：无法加载 torch 所需的某个 DLL。</translation>
    </message>
    <message>
        <source>&quot;import torch&quot; in %1 failed while loading %2 (or a DLL it needs).</source>
        <translation>%1 中的“import torch”在加载 %2（或它所需的某个 DLL）时失败。</translation>
    </message>
    <message>
        <source>The usual cause is a missing Microsoft Visual C++ Redistributable; a broken or mixed install (several torch copies, pip over conda) is the other.</source>
        <translation>最常见的原因是缺少 Microsoft Visual C++ Redistributable；另一个原因是安装损坏或混杂（有多份 torch，或在 conda 安装的基础上又用 pip 安装）。</translation>
    </message>
    <message>
        <source>Install the latest Microsoft Visual C++ Redistributable (x64) from %1 and restart Windows. If the error stays, install PyTorch into a new, clean environment instead of repairing this one.</source>
        <translation>请从 %1 安装最新的 Microsoft Visual C++ Redistributable（x64），然后重启 Windows。如果错误仍然存在，请把 PyTorch 安装到一个新的干净环境中，而不是修复这个环境。</translation>
    </message>
    <message>
        <source>PYTHONPATH is set; its packages come before every environment&apos;s own.</source>
        <translation>设置了 PYTHONPATH；其中的软件包会排在每个环境自身的软件包之前。</translation>
    </message>
    <message>
        <source>PYTHONPATH is %1. A torch (or numpy, or typing_extensions) in one of these folders shadows the environment&apos;s and makes a working install look broken.</source>
        <translation>PYTHONPATH 为 %1。这些文件夹中的 torch（或 numpy、typing_extensions）会遮蔽环境中的同名软件包，让本来正常的安装看起来像是损坏了。</translation>
    </message>
    <message>
        <source>Unless you need it, remove the PYTHONPATH environment variable and open a new terminal.</source>
        <translation>除非确实需要，请删除 PYTHONPATH 环境变量并打开一个新的终端。</translation>
    </message>
    <message>
        <source>An extension build found CUDA %1, but PyTorch is built with CUDA %2.</source>
        <translation>编译扩展时找到的是 CUDA %1，但 PyTorch 基于 CUDA %2 构建。</translation>
    </message>
    <message>
        <source>Building a package with CUDA code uses the toolkit that CUDA_HOME or PATH names (CUDA %1 here); it must have the same major and minor version as torch&apos;s own CUDA (%2).</source>
        <translation>编译含 CUDA 代码的软件包时，使用的是 CUDA_HOME 或 PATH 指定的工具包（这里是 CUDA %1）；它的主版本号和次版本号必须与 torch 自带的 CUDA（%2）相同。</translation>
    </message>
    <message>
        <source>Install the CUDA %1 toolkit (or &quot;conda install cuda-nvcc=%1&quot; in the environment) and set CUDA_HOME to it before building; or install the PyTorch build for CUDA %2 instead.</source>
        <translation>请安装 CUDA %1 工具包（或在该环境中运行“conda install cuda-nvcc=%1”），并在编译前将 CUDA_HOME 指向它；或者改为安装基于 CUDA %2 的 PyTorch 版本。</translation>
    </message>
    <message>
        <source>The NVIDIA driver runs an older CUDA than this PyTorch was built with.</source>
        <translation>NVIDIA 驱动支持的 CUDA 版本比这个 PyTorch 编译时使用的 CUDA 更旧。</translation>
    </message>
    <message>
        <source>pip looked for torch %1, which has packages for Python %3 only (%2); this Python is %4.</source>
        <translation>pip 查找的是 torch %1，它只有适用于 Python %3 的安装包（%2）；而这个 Python 是 %4。</translation>
    </message>
</context>
<context>
    <name>tgs::Downloader</name>
    <message>
        <source>The download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <source>The downloaded file&apos;s SHA-256 is %1, not the published %2: it was deleted and will not be run.</source>
        <translation>下载文件的 SHA-256 为 %1，与公布的 %2 不符：该文件已删除，不会运行。</translation>
    </message>
    <message>
        <source>%1 cannot be moved into place: %2</source>
        <translation>无法将 %1 移动到目标位置：%2</translation>
    </message>
    <message>
        <source>Downloaded and verified %1 (SHA-256 %2).</source>
        <translation>已下载并校验 %1（SHA-256 %2）。</translation>
    </message>
</context>
<context>
    <name>tgs::EnvironmentReport</name>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>driver unreachable</source>
        <translation>无法连接驱动</translation>
    </message>
    <message>
        <source>driver/library mismatch</source>
        <translation>驱动与库版本不一致</translation>
    </message>
    <message>
        <source>no devices</source>
        <translation>没有设备</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>unreadable output</source>
        <translation>输出无法识别</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>none (CPU build)</source>
        <translation>无（CPU 版本）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Detection took %1 s.</source>
        <translation>检测用时 %1 秒。</translation>
    </message>
    <message>
        <source>torch not installed</source>
        <translation>未安装 torch</translation>
    </message>
    <message>
        <source>torch fails to import: %1</source>
        <translation>torch 导入失败：%1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>torch %1, CUDA %2, cuDNN %3, GPU usable: %4</source>
        <translation>torch %1，CUDA %2，cuDNN %3，可用 GPU：%4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>NVIDIA GPUs</source>
        <translation>NVIDIA 显卡</translation>
    </message>
    <message>
        <source>memory unknown</source>
        <translation>显存未知</translation>
    </message>
    <message>
        <source>compute capability unknown</source>
        <translation>计算能力未知</translation>
    </message>
    <message>
        <source>compute capability %1</source>
        <translation>计算能力 %1</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>NVIDIA driver</source>
        <translation>NVIDIA 驱动</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>Highest CUDA</source>
        <translation>最高 CUDA</translation>
    </message>
    <message>
        <source>%1 — the driver&apos;s limit, not an installed CUDA (from %2)</source>
        <translation>%1 —— 驱动支持的上限，不是已安装的 CUDA（来自 %2）</translation>
    </message>
    <message>
        <source>conda</source>
        <translation>conda</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>%1 — Python %2</source>
        <translation>%1 —— Python %2</translation>
    </message>
    <message>
        <source>Python and PyTorch</source>
        <translation>Python 与 PyTorch</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>CUDA toolkits and cuDNN</source>
        <translation>CUDA 工具包与 cuDNN</translation>
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
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, version not known</source>
        <translation>%1，版本未知</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a heading before its lines</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>tgs::EnvironmentSummary</name>
    <message>
        <source>the conda environment “%1”</source>
        <translation>conda 环境“%1”</translation>
    </message>
    <message>
        <source>the Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>Graphics card: %1%2</source>
        <translation>显卡：%1%2</translation>
    </message>
    <message>
        <source>Graphics card: %1 (compute capability %2%3)</source>
        <translation>显卡：%1（计算能力 %2%3）</translation>
    </message>
    <message>
        <source>The NVIDIA driver did not answer, so no graphics card could be read (see Problems below).</source>
        <translation>NVIDIA 驱动没有响应，因此无法读取显卡信息（见下方“问题”）。</translation>
    </message>
    <message>
        <source>No NVIDIA graphics card was found. PyTorch can still run on the CPU, only much slower.</source>
        <translation>未找到 NVIDIA 显卡。PyTorch 仍可在 CPU 上运行，只是慢得多。</translation>
    </message>
    <message>
        <source>Driver %1: runs PyTorch builds for CUDA up to %2. This is the driver&apos;s limit, not an installed CUDA.</source>
        <translation>驱动 %1：可运行最高 CUDA %2 的 PyTorch 版本。这是驱动支持的上限，并非已安装的 CUDA。</translation>
    </message>
    <message>
        <source>Driver %1: the newest CUDA it runs is not known.</source>
        <translation>驱动 %1：无法得知它支持的最高 CUDA 版本。</translation>
    </message>
    <message numerus="yes">
        <source>conda %1 with %n environment(s).</source>
        <translation>
            <numerusform>conda %1，共 %n 个环境。</numerusform>
        </translation>
    </message>
    <message>
        <source>conda was not found: the wizard can install Miniforge (a small conda) for you.</source>
        <translation>未找到 conda：向导可以为你安装 Miniforge（一个小巧的 conda）。</translation>
    </message>
    <message>
        <source>PyTorch in %1 is installed but does not import: %2</source>
        <translation>%1 中已安装 PyTorch，但无法导入：%2</translation>
    </message>
    <message>
        <source>CPU-only PyTorch %1 in %2: it cannot use your GPU.</source>
        <translation>%2 中是仅 CPU 版的 PyTorch %1：它无法使用你的 GPU。</translation>
    </message>
    <message>
        <source>CPU-only PyTorch %1 in %2.</source>
        <translation>%2 中是仅 CPU 版的 PyTorch %1。</translation>
    </message>
    <message>
        <source>PyTorch %1 for CUDA %2 in %3 cannot use the GPU: %4</source>
        <translation>%3 中的 PyTorch %1（CUDA %2）无法使用 GPU：%4</translation>
    </message>
    <message>
        <source>PyTorch %1 for CUDA %2 in %3: it can use the GPU.</source>
        <translation>%3 中的 PyTorch %1（CUDA %2）：可以使用 GPU。</translation>
    </message>
    <message>
        <source>PyTorch %1 for CUDA %2 in %3.</source>
        <translation>%3 中的 PyTorch %1（CUDA %2）。</translation>
    </message>
    <message>
        <source>No PyTorch was found yet.</source>
        <translation>尚未找到 PyTorch。</translation>
    </message>
</context>
<context>
    <name>tgs::FailureRecognizer</name>
    <message>
        <source>conda could not connect to the package server.</source>
        <translation>conda 无法连接到软件包服务器。</translation>
    </message>
    <message>
        <source>Check that this computer is online, then run the step again: such network errors are often temporary. %1</source>
        <translation>请确认这台电脑已联网，然后重新运行此步骤：此类网络错误通常是暂时的。%1</translation>
    </message>
    <message>
        <source>The package server does not have a file conda asked for (HTTP %1).</source>
        <translation>软件包服务器上没有 conda 请求的文件（HTTP %1）。</translation>
    </message>
    <message>
        <source>The package server refused a conda download (HTTP %1).</source>
        <translation>软件包服务器拒绝了 conda 的下载请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server is busy, limits downloads, or blocks this network. Wait a few minutes and run the step again. %1</source>
        <translation>服务器繁忙、限制下载，或屏蔽了此网络。请等待几分钟后重新运行此步骤。%1</translation>
    </message>
    <message>
        <source>conda could not use this computer&apos;s proxy settings.</source>
        <translation>conda 无法使用这台电脑的代理设置。</translation>
    </message>
    <message>
        <source>conda could not set up a secure (HTTPS) connection to the package server.</source>
        <translation>conda 无法与软件包服务器建立安全（HTTPS）连接。</translation>
    </message>
    <message>
        <source>conda could not find a requested package in the configured channels.</source>
        <translation>conda 在已配置的频道中找不到所请求的软件包。</translation>
    </message>
    <message>
        <source>conda found no set of package versions that fit together.</source>
        <translation>conda 找不到一组相互兼容的软件包版本。</translation>
    </message>
    <message>
        <source>conda will not use Anaconda&apos;s default channels until you accept their Terms of Service.</source>
        <translation>在您接受 Anaconda 默认频道的服务条款之前，conda 不会使用这些频道。</translation>
    </message>
    <message>
        <source>Run these commands once in a terminal (the last one is needed on Windows only), then run the step again:
%1
Or install Miniforge instead: its conda-forge channel needs no such acceptance.</source>
        <translation>请在终端中运行一次以下命令（最后一条仅 Windows 需要），然后重新运行此步骤：
%1
或者改为安装 Miniforge：它使用的 conda-forge 频道无需接受此类条款。</translation>
    </message>
    <message>
        <source>A package in conda&apos;s download cache is damaged.</source>
        <translation>conda 下载缓存中的一个软件包已损坏。</translation>
    </message>
    <message>
        <source>A download was cut short, or another program (often an antivirus scanner) changed the files. Empty the cache with &quot;%1&quot; in a terminal and run the step again: conda will download the package anew.</source>
        <translation>可能是下载中途中断，或其他程序（通常是杀毒软件）修改了文件。请在终端中运行“%1”清空缓存，然后重新运行此步骤：conda 会重新下载该软件包。</translation>
    </message>
    <message>
        <source>pip found no version of a requested package that can be installed here.</source>
        <translation>pip 找不到可在此处安装的所请求软件包版本。</translation>
    </message>
    <message>
        <source>pip found no version of %1 that can be installed here.</source>
        <translation>pip 找不到可在此处安装的 %1 版本。</translation>
    </message>
    <message>
        <source>pip lost the connection to the package server.</source>
        <translation>pip 与软件包服务器的连接已断开。</translation>
    </message>
    <message>
        <source>Check the internet connection and run the step again: PyTorch downloads are large (2 GB and more) and often break on slow or unstable connections. %1</source>
        <translation>请检查网络连接并重新运行此步骤：PyTorch 下载文件很大（2 GB 以上），在网速慢或不稳定时经常中断。%1</translation>
    </message>
    <message>
        <source>pip was not allowed to change a file in the Python environment.</source>
        <translation>pip 无权修改 Python 环境中的文件。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>Installing PyTorch with CUDA needs several gigabytes of free space, counting the download cache and temporary files. Free some space (for example with &quot;%1&quot; or &quot;%2&quot;) or choose an environment on another disk, then run the step again. Temporary files go to the system&apos;s temporary folder (TEMP or TMPDIR), which may be on another, fuller disk.</source>
        <translation>安装带 CUDA 的 PyTorch 需要数 GB 的可用空间（包括下载缓存和临时文件）。请释放一些空间（例如使用“%1”或“%2”），或选择其他磁盘上的环境，然后重新运行此步骤。临时文件会存放在系统临时文件夹（TEMP 或 TMPDIR）中，它可能位于另一个更满的磁盘上。</translation>
    </message>
    <message>
        <source>The download source is already the mirror %1. If it is slow or cannot be reached from here, choose another source on this page (&quot;Fastest (tested now)&quot; measures them all) and install again, or set up a proxy.</source>
        <translation>下载源已经是%1。如果它很慢或者从这里连不上，请在本页选择另一个下载源（“最快的（现在测得）”会逐个测速），然后重新安装；或者设置代理。</translation>
    </message>
    <message>
        <source>The download source was already the mirror %1. If it is slow or cannot be reached from here, run the install again with another source: --mirror auto picks the fastest that answers now, --mirror official uses the official servers. Or set up a proxy.</source>
        <translation>下载源已经是%1。如果它很慢或者从这里连不上，请换一个下载源重新安装：--mirror auto 选用此刻响应最快的源，--mirror official 使用官方服务器。或者设置代理。</translation>
    </message>
    <message>
        <source>The download source was the mirror %1. If it is slow or cannot be reached from here, choose another mirror or the official servers, or set up a proxy.</source>
        <translation>下载源是%1。如果它很慢或者从这里连不上，请换一个镜像或使用官方服务器，或者设置代理。</translation>
    </message>
    <message>
        <source>If the official servers are slow or blocked where you are, choose &quot;Fastest (tested now)&quot; or a mirror (for example TUNA, USTC or BFSU) as the download source on this page and install again, or set up a proxy.</source>
        <translation>如果官方服务器在你这里很慢或无法访问，请在本页把下载源改为“最快的（现在测得）”或某个镜像（例如 TUNA、USTC 或 BFSU），然后重新安装；或者设置代理。</translation>
    </message>
    <message>
        <source>If the official servers are slow or blocked where you are, run the install again with --mirror auto (the fastest source that answers now) or a mirror such as --mirror tuna, or set up a proxy.</source>
        <translation>如果官方服务器在你这里很慢或无法访问，请加上 --mirror auto（此刻响应最快的源）或某个镜像（例如 --mirror tuna）重新安装，或者设置代理。</translation>
    </message>
    <message>
        <source>If the official servers are slow or blocked where you are, choose a mirror (for example TUNA, USTC or BFSU) as the download source, or set up a proxy.</source>
        <translation>如果官方服务器在你这里很慢或无法访问，请选择一个镜像（例如 TUNA、USTC 或 BFSU）作为下载源，或者设置代理。</translation>
    </message>
    <message>
        <source>or choose a download source on this page that you can reach directly.</source>
        <translation>或者在本页选择一个可以直接连接的下载源。</translation>
    </message>
    <message>
        <source>or run the install again with --mirror auto to use a source that answers directly.</source>
        <translation>或者加上 --mirror auto 重新安装，改用一个可以直接连接的源。</translation>
    </message>
    <message>
        <source>or choose a download source that you can reach directly.</source>
        <translation>或者选择一个可以直接连接的下载源。</translation>
    </message>
    <message>
        <source>Check the proxy address in the HTTP_PROXY and HTTPS_PROXY environment variables, in the proxy_servers section of .condarc and in any .netrc file in your home folder; the https entry usually needs an http:// address. Remove these settings if you do not need a proxy, %1</source>
        <translation>请检查环境变量 HTTP_PROXY 和 HTTPS_PROXY、.condarc 的 proxy_servers 部分以及主文件夹中 .netrc 文件里的代理地址；https 一项通常也要写 http:// 地址。如果不需要代理，请删除这些设置，%1</translation>
    </message>
    <message>
        <source>The channels in use do not have the package in the requested version. PyTorch no longer publishes new versions to its conda channel, and old ones have been removed. %1</source>
        <translation>所用的频道里没有这个包的所需版本。PyTorch 已不再向它的 conda 频道发布新版本，旧版本也已被移除。%1</translation>
    </message>
    <message>
        <source>It also happens when the package index, for example a mirror, lacks the CUDA builds.</source>
        <translation>如果软件包索引（例如某个镜像）上没有 CUDA 构建，也会出现这种情况。</translation>
    </message>
    <message>
        <source>&quot;Fastest (tested now)&quot; chose the mirror %1. If it is slow or cannot be reached from here, choose another source on this page and install again, or set up a proxy.</source>
        <translation>“最快的（现在测得）”选中的是%1。如果它很慢或者从这里连不上，请在本页换一个下载源后重新安装，或者设置代理。</translation>
    </message>
    <message>
        <source>--mirror auto chose the mirror %1. If it is slow or cannot be reached from here, run the install again with another source, for example --mirror official, or set up a proxy.</source>
        <translation>--mirror auto 选中的是%1。如果它很慢或者从这里连不上，请换一个下载源重新安装（例如 --mirror official），或者设置代理。</translation>
    </message>
    <message>
        <source>&quot;Fastest (tested now)&quot; chose the official servers. If they are slow or blocked where you are, choose a mirror (for example TUNA, USTC or BFSU) as the download source on this page and install again, or set up a proxy.</source>
        <translation>“最快的（现在测得）”选中的是官方服务器。如果它们在你这里很慢或无法访问，请在本页把下载源改为某个镜像（例如 TUNA、USTC 或 BFSU）后重新安装，或者设置代理。</translation>
    </message>
    <message>
        <source>--mirror auto chose the official servers. If they are slow or blocked where you are, run the install again with a mirror such as --mirror tuna, or set up a proxy.</source>
        <translation>--mirror auto 选中的是官方服务器。如果它们在你这里很慢或无法访问，请改用某个镜像重新安装（例如 --mirror tuna），或者设置代理。</translation>
    </message>
    <message>
        <source>choose the official servers as the download source on this page and install again</source>
        <translation>请在本页把下载源改为官方服务器后重新安装</translation>
    </message>
    <message>
        <source>run the install again with --mirror official</source>
        <translation>请加上 --mirror official 重新安装</translation>
    </message>
    <message>
        <source>use the official servers as the download source</source>
        <translation>请改用官方服务器作为下载源</translation>
    </message>
    <message>
        <source>or run the install again with a --mirror that you can reach directly.</source>
        <translation>或者换一个可以直接连接的 --mirror 重新安装。</translation>
    </message>
    <message>
        <source>The official servers do not have it, so the version was probably removed: use the recommended PyTorch version.</source>
        <translation>官方服务器上没有它，这个版本可能已被移除：请使用推荐的 PyTorch 版本。</translation>
    </message>
    <message>
        <source>The mirror %1 probably does not carry it (many mirrors have no nvidia channel, and old PyTorch packages have been removed): %2, or use the recommended PyTorch version.</source>
        <translation>%1上可能没有它（许多镜像没有 nvidia 频道，旧的 PyTorch 包也已被移除）：%2，或者使用推荐的 PyTorch 版本。</translation>
    </message>
    <message>
        <source>If the download source was a mirror, it probably does not carry it (many mirrors have no nvidia channel, and old PyTorch packages have been removed): use the official servers as the download source, or the recommended PyTorch version.</source>
        <translation>如果下载源是镜像，它上面可能没有这个包（许多镜像没有 nvidia 频道，旧的 PyTorch 包也已被移除）：请改用官方服务器作为下载源，或者使用推荐的 PyTorch 版本。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Another program is probably using the environment: close Python, Jupyter, your editor and anything else that runs from it, then run the step again. If the environment lies in a folder that needs administrator rights, choose an environment in your user folder instead.</source>
        <translation>可能有其他程序正在使用此环境：请关闭 Python、Jupyter、编辑器以及其他从该环境运行的程序，然后重新运行此步骤。如果环境位于需要管理员权限的文件夹中，请改为选择用户文件夹中的环境。</translation>
    </message>
    <message>
        <source>Either a company network or antivirus program inspects secure connections, or conda&apos;s own SSL library is broken (&quot;the SSL module is not available&quot;). Run the step again; if it keeps failing, reinstall Miniconda or Miniforge, or ask your network administrator for the proxy&apos;s certificate. %1</source>
        <translation>可能是公司网络或杀毒软件在检查安全连接，也可能是 conda 自带的 SSL 库已损坏（“the SSL module is not available”）。请重新运行此步骤；如果仍然失败，请重新安装 Miniconda 或 Miniforge，或向网络管理员索取代理的证书。%1</translation>
    </message>
    <message>
        <source>The requested versions conflict with each other or with packages already in the environment, for example a PyTorch build for another CUDA or Python version. Use the recommended combination and install it into a new, empty environment instead of an existing one.</source>
        <translation>所请求的版本之间相互冲突，或与环境中已有的软件包冲突，例如针对其他 CUDA 或 Python 版本构建的 PyTorch。请使用推荐的组合，并安装到一个新的空环境中，而不是现有环境。</translation>
    </message>
    <message>
        <source>Usually the Python in this environment has no matching PyTorch build: each PyTorch release supports only some Python versions, and there are no builds for 32-bit Python. Use a 64-bit Python of the recommended version, or choose another PyTorch version.</source>
        <translation>通常是因为这个环境里的 Python 没有对应的 PyTorch 构建：每个 PyTorch 版本只支持部分 Python 版本，而且没有 32 位 Python 的构建。请使用推荐版本的 64 位 Python，或者换一个 PyTorch 版本。</translation>
    </message>
    <message>
        <source>It also happens when the mirror %1 lacks PyTorch&apos;s CUDA builds: then %2.</source>
        <translation>如果%1上没有 PyTorch 的 CUDA 构建，也会出现这种情况：这时%2。</translation>
    </message>
</context>
<context>
    <name>tgs::InstallRunner</name>
    <message>
        <source>The install log %1 could not be written (%2): it ends before this point. The installation goes on; its outcome is shown here.</source>
        <translation>无法写入安装日志 %1（%2）：日志在此之前中断。安装会继续进行，结果显示在这里。</translation>
    </message>
</context>
<context>
    <name>tgs::JsonReader</name>
    <message>
        <source>%1: not valid JSON (byte %2): %3</source>
        <translation>%1：不是有效的 JSON（第 %2 字节）：%3</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1：不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1 %2 is not the one this program reads (%3)</source>
        <translation>%1 %2 不是本程序能读取的版本（%3）</translation>
    </message>
    <message>
        <source>the required key &quot;%1&quot; is missing</source>
        <translation>缺少必需的键“%1”</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>这里应是一个数组</translation>
    </message>
    <message>
        <source>expected at least one entry</source>
        <translation>这里至少应有一项</translation>
    </message>
    <message>
        <source>expected a non-empty string or null</source>
        <translation>这里应是非空字符串或 null</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>这里应是非空字符串</translation>
    </message>
    <message>
        <source>expected a version like &quot;12.4&quot;, not &quot;%1&quot;</source>
        <translation>这里应是形如“12.4”的版本号，而不是“%1”</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>这里应是字符串</translation>
    </message>
    <message>
        <source>versions must be listed oldest first, each once</source>
        <translation>版本必须按从旧到新排列，且每个只出现一次</translation>
    </message>
</context>
<context>
    <name>tgs::KbSignature</name>
    <message>
        <source>the signature file is not an Ed25519 signature in base64 (as scripts/kb/sign-kb.py writes it)</source>
        <translation>签名文件不是 base64 编码的 Ed25519 签名（应由 scripts/kb/sign-kb.py 生成）</translation>
    </message>
</context>
<context>
    <name>tgs::KbText</name>
    <message>
        <source>contains the invisible character U+%1</source>
        <translation>包含不可见字符 U+%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads like part of a command; the texts of a knowledge base are plain prose, and every command comes from the program itself</source>
        <translation>“%1”看起来像命令的一部分；知识库中的文字只能是普通说明，所有命令都由程序自己生成</translation>
    </message>
    <message>
        <source>links to %1, which is not a PyTorch, NVIDIA, conda, Python or GitHub site over https</source>
        <translation>链接到 %1，它不是通过 https 访问的 PyTorch、NVIDIA、conda、Python 或 GitHub 网站</translation>
    </message>
</context>
<context>
    <name>tgs::KnowledgeBase</name>
    <message>
        <source>&quot;%1&quot; is not in the release&apos;s &quot;python&quot; list</source>
        <translation>“%1”不在该版本的“python”列表中</translation>
    </message>
    <message>
        <source>expected &quot;linux&quot; or &quot;windows&quot;</source>
        <translation>这里应是“linux”或“windows”</translation>
    </message>
    <message>
        <source>names the source &quot;%1&quot;, which &quot;sources&quot; does not define</source>
        <translation>引用了来源“%1”，但“sources”中没有定义它</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match its CUDA version (expected &quot;%2&quot;)</source>
        <translation>“%1”与其 CUDA 版本不符（应为“%2”）</translation>
    </message>
    <message>
        <source>the CPU build has no GPU architectures</source>
        <translation>CPU 版本不应有 GPU 架构</translation>
    </message>
    <message>
        <source>a CUDA build needs its architecture list</source>
        <translation>CUDA 版本必须给出架构列表</translation>
    </message>
    <message>
        <source>every release needs its &quot;cpu&quot; variant</source>
        <translation>每个版本都必须有“cpu”变体</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this release&apos;s variants</source>
        <translation>“%1”不是这个版本的变体之一</translation>
    </message>
    <message>
        <source>releases must be listed oldest first, each once</source>
        <translation>版本必须按从旧到新排列，且每个只出现一次</translation>
    </message>
    <message>
        <source>CUDA versions must be listed oldest first, each once</source>
        <translation>CUDA 版本必须按从旧到新排列，且每个只出现一次</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>这里应是整数</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; is missing</source>
        <translation>缺少文本“%1”</translation>
    </message>
    <message>
        <source>CUDA %1 is not in &quot;cuda_versions&quot;</source>
        <translation>CUDA %1 不在“cuda_versions”中</translation>
    </message>
    <message>
        <source>expected a date like 2026-11-20</source>
        <translation>这里应是形如 2026-11-20 的日期</translation>
    </message>
    <message>
        <source>The built-in knowledge base is missing from this build.</source>
        <translation>这个版本的程序缺少内置的兼容性知识库。</translation>
    </message>
    <message>
        <source>expected a CUDA major version from 1 to 999, not %1</source>
        <translation>CUDA 主版本号应在 1 到 999 之间，而不是 %1</translation>
    </message>
</context>
<context>
    <name>tgs::KnowledgeBaseUpdater</name>
    <message>
        <source>No valid update address is set.</source>
        <translation>没有设置有效的更新地址。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The downloaded knowledge base is not valid: %1</source>
        <translation>下载的兼容性知识库无效：%1</translation>
    </message>
    <message>
        <source>The published knowledge base (%1) is not newer than the one in use (%2).</source>
        <translation>发布的兼容性知识库（%1）并不比正在使用的（%2）更新。</translation>
    </message>
    <message>
        <source>The knowledge base could not be saved in %1: %2</source>
        <translation>无法把兼容性知识库保存到 %1：%2</translation>
    </message>
    <message>
        <source>Knowledge base updated to %1.</source>
        <translation>兼容性知识库已更新到 %1。</translation>
    </message>
    <message>
        <source>The knowledge-base address %1 does not start with https://; updates are only downloaded over HTTPS. The knowledge base in use stays.</source>
        <translation>知识库地址 %1 不是以 https:// 开头；更新只通过 HTTPS 下载。继续使用当前的知识库。</translation>
    </message>
    <message>
        <source>it has no signature (%1: %2)</source>
        <translation>它没有签名（%1：%2）</translation>
    </message>
    <message>
        <source>%1 redirects to %2, another host or scheme; updates are only taken from the address that was asked for</source>
        <translation>%1 重定向到了另一个主机或协议 %2；更新只从所请求的地址获取</translation>
    </message>
    <message>
        <source>The knowledge base could not be downloaded (%1); the one in use stays.</source>
        <translation>无法下载知识库（%1）；继续使用当前的知识库。</translation>
    </message>
    <message>
        <source>The downloaded knowledge base is not signed by its publisher (damaged, tampered with, or from someone else: %1); it was discarded and the one in use stays.</source>
        <translation>下载的知识库没有发布者的签名（已损坏、被篡改或来自他人：%1）；已丢弃，继续使用当前的知识库。</translation>
    </message>
    <message>
        <source>the signature does not match</source>
        <translation>签名不匹配</translation>
    </message>
    <message>
        <source>The downloaded knowledge base is dated %1, more than a day from now; it was discarded and the one in use stays.</source>
        <translation>下载的知识库日期为 %1，比现在晚一天以上；已丢弃，继续使用当前的知识库。</translation>
    </message>
</context>
<context>
    <name>tgs::LineSplitter</name>
    <message numerus="yes">
        <source> [… %n more character(s) of this line were not kept]</source>
        <translation>
            <numerusform> [… 此行另有 %n 个字符未保留]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgs::ListText</name>
    <message>
        <source>, </source>
        <comment>between the items of a list in a sentence</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tgs::MirrorCatalog</name>
    <message>
        <source>expected &quot;index-url&quot; or &quot;find-links&quot;</source>
        <translation>应为 &quot;index-url&quot; 或 &quot;find-links&quot;</translation>
    </message>
    <message>
        <source>the first entry must be &quot;official&quot;</source>
        <translation>第一项必须是 &quot;official&quot;</translation>
    </message>
    <message>
        <source>The built-in mirror list is missing from this build.</source>
        <translation>此版本缺少内置的镜像列表。</translation>
    </message>
    <message>
        <source>TGS_MIRRORS_FILE: %1</source>
        <translation>TGS_MIRRORS_FILE：%1</translation>
    </message>
</context>
<context>
    <name>tgs::MirrorProbe</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内没有响应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgs::NvidiaSmiParser</name>
    <message>
        <source>nvidia-smi could not talk to the NVIDIA driver. The driver is not installed, not loaded, or was just updated: install or reinstall the NVIDIA driver and restart.</source>
        <translation>nvidia-smi 无法与 NVIDIA 驱动通信。驱动没有安装、没有加载，或刚刚更新过：请安装或重新安装 NVIDIA 驱动并重启电脑。</translation>
    </message>
    <message>
        <source>The NVIDIA driver that is loaded differs from the installed driver libraries (usually right after a driver update). Restart the computer.</source>
        <translation>正在运行的 NVIDIA 驱动与已安装的驱动库版本不一致（通常发生在驱动更新之后）。请重启电脑。</translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but sees no GPU. Check that the GPU is seated and enabled, and that the virtual machine or container has been given it.</source>
        <translation>已安装 NVIDIA 驱动，但看不到任何显卡。请检查显卡是否插好并已启用，以及虚拟机或容器是否已分配到显卡。</translation>
    </message>
    <message>
        <source>nvidia-smi could not initialise NVML, the driver&apos;s management library: reinstall the NVIDIA driver, or restart the computer.</source>
        <translation>nvidia-smi 无法初始化驱动的管理库 NVML：请重新安装 NVIDIA 驱动，或重启电脑。</translation>
    </message>
    <message>
        <source>nvidia-smi is not installed.</source>
        <translation>未安装 nvidia-smi。</translation>
    </message>
    <message>
        <source>nvidia-smi printed something this program cannot read (no driver version in it).</source>
        <translation>nvidia-smi 输出了本程序无法识别的内容（其中没有驱动版本号）。</translation>
    </message>
    <message>
        <source>nvidia-smi --query-gpu printed a line this program cannot read: &quot;%1&quot;</source>
        <translation>nvidia-smi --query-gpu 输出了一行本程序无法识别的内容：“%1”</translation>
    </message>
    <message>
        <source>nvidia-smi --query-gpu printed no GPU.</source>
        <translation>nvidia-smi --query-gpu 没有列出任何显卡。</translation>
    </message>
    <message>
        <source>nvidia-smi exited with code %1: %2</source>
        <translation>nvidia-smi 退出，返回码 %1：%2</translation>
    </message>
</context>
<context>
    <name>tgs::PlanBuilder</name>
    <message>
        <source>The pytorch conda channel has no torch %1 for Python %2; it has Python %3. Choose one of those, or the pip route.</source>
        <translation>pytorch conda 频道没有适用于 Python %2 的 torch %1，它只有 Python %3 的版本。请从中选择一个，或改用 pip 安装方式。</translation>
    </message>
    <message>
        <source>The environment needs a name.</source>
        <translation>请为环境命名。</translation>
    </message>
    <message>
        <source>The environment name is longer than 64 characters.</source>
        <translation>环境名称超过 64 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is conda&apos;s own environment; choose another name.</source>
        <translation>“%1”是 conda 自身的环境，请换一个名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an environment name: use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (no spaces, path separators, quotes, &apos;&amp;&apos; or &apos;;&apos;).</source>
        <translation>“%1”不能用作环境名称：只能使用字母、数字、&apos;_&apos;、&apos;.&apos; 和 &apos;-&apos;（不能包含空格、路径分隔符、引号、&apos;&amp;&apos; 或 &apos;;&apos;）。</translation>
    </message>
    <message>
        <source>Unknown mirror &quot;%1&quot;: use %2.</source>
        <translation>未知镜像“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>torch %1 is not in the knowledge base.</source>
        <translation>兼容性知识库中没有 torch %1。</translation>
    </message>
    <message>
        <source>This route needs conda, and none was found: let the wizard install Miniforge.</source>
        <translation>此安装方式需要 conda，但未找到：请让向导安装 Miniforge。</translation>
    </message>
    <message>
        <source>The Miniforge installer&apos;s SHA-256 is not known, so it cannot be verified and will not be run.</source>
        <translation>Miniforge 安装程序的 SHA-256 未知，无法校验，因此不会运行。</translation>
    </message>
    <message>
        <source>Download Miniforge %1</source>
        <translation>下载 Miniforge %1</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is %1</source>
        <translation>文件的 SHA-256 为 %1</translation>
    </message>
    <message>
        <source>Install Miniforge into %1</source>
        <translation>将 Miniforge 安装到 %1</translation>
    </message>
    <message>
        <source>exit code 0 and %1 exists</source>
        <translation>退出代码为 0 且 %1 存在</translation>
    </message>
    <message>
        <source>No conda was found: Miniforge (conda-forge only, no Terms-of-Service prompt) is installed first.</source>
        <translation>未找到 conda：将先安装 Miniforge（仅使用 conda-forge，无需确认服务条款）。</translation>
    </message>
    <message>
        <source>exit code 0</source>
        <translation>退出代码为 0</translation>
    </message>
    <message>
        <source>The mirror %1 does not carry the &quot;%2&quot; channel; it comes from the official source.</source>
        <translation>%1 没有提供“%2”频道；该频道将从官方源获取。</translation>
    </message>
    <message>
        <source>Create the conda environment %1 with Python %2</source>
        <translation>创建 conda 环境 %1（Python %2）</translation>
    </message>
    <message>
        <source>Install the CUDA %1 toolkit (cudatoolkit %2)</source>
        <translation>安装 CUDA %1 工具包（cudatoolkit %2）</translation>
    </message>
    <message>
        <source>conda&apos;s cudatoolkit package ends at 11.8; for CUDA %1 the pytorch-cuda package brings the runtime.</source>
        <translation>conda 的 cudatoolkit 软件包最高只到 11.8；对于 CUDA %1，运行时由 pytorch-cuda 软件包提供。</translation>
    </message>
    <message>
        <source>Install cuDNN %1 for CUDA %2</source>
        <translation>安装适用于 CUDA %2 的 cuDNN %1</translation>
    </message>
    <message>
        <source>Install PyTorch %1 from the pytorch channel</source>
        <translation>从 pytorch 频道安装 PyTorch %1</translation>
    </message>
    <message>
        <source>Install PyTorch %1 from conda-forge</source>
        <translation>从 conda-forge 安装 PyTorch %1</translation>
    </message>
    <message>
        <source>The pip route needs conda or a Python to make a virtual environment with; neither was given.</source>
        <translation>pip 安装方式需要 conda 或 Python 来创建虚拟环境，但两者均未提供。</translation>
    </message>
    <message>
        <source>Create the virtual environment %1</source>
        <translation>创建虚拟环境 %1</translation>
    </message>
    <message>
        <source>%1 has no PyTorch CUDA wheels; they come from download.pytorch.org.</source>
        <translation>%1 没有 PyTorch CUDA wheel 包；这些包将从 download.pytorch.org 获取。</translation>
    </message>
    <message>
        <source>Install PyTorch %1 (%2) with pip</source>
        <translation>使用 pip 安装 PyTorch %1（%2）</translation>
    </message>
    <message>
        <source>The existing environment %1 is reused: the packages are installed into it.</source>
        <translation>沿用已有的环境 %1：软件包将安装到其中。</translation>
    </message>
    <message>
        <source>Remove the existing environment %1</source>
        <translation>删除已有的环境 %1</translation>
    </message>
    <message>
        <source>Every step runs with: %1</source>
        <translation>每一步都带有这些设置运行：%1</translation>
    </message>
    <message>
        <source>Steps %1 run with: %2</source>
        <translation>第 %1 步带有这些设置运行：%2</translation>
    </message>
</context>
<context>
    <name>tgs::Preflight</name>
    <message>
        <source>A conda environment named &quot;%1&quot; already exists. Reuse it (install into it), replace it (delete it first), or use another name such as &quot;%2&quot;.</source>
        <translation>名为“%1”的 conda 环境已存在。可以复用它（安装到其中）、替换它（先删除），或使用其他名称，例如“%2”。</translation>
    </message>
    <message>
        <source>%1 has %2 GiB free, but this installation needs about %3 GiB. Free some space or choose another disk.</source>
        <translation>%1 的可用空间为 %2 GiB，但本次安装约需 %3 GiB。请释放一些空间或选择其他磁盘。</translation>
    </message>
    <message>
        <source>Miniforge would go to %1, a path with spaces or non-ASCII characters, where conda&apos;s installer and activation are known to fail. Install it to %2 instead.</source>
        <translation>Miniforge 将被安装到 %1，该路径包含空格或非 ASCII 字符，已知 conda 的安装程序和激活功能在此类路径下会失败。请改为安装到 %2。</translation>
    </message>
    <message>
        <source>%1 is set on this computer. It can make the new environment load another Python&apos;s packages; the install steps run without it, but remove it from your settings if torch fails to import later.</source>
        <translation>这台电脑设置了 %1。它可能导致新环境加载其他 Python 的软件包；安装步骤会在不使用它的情况下运行，但如果之后无法导入 torch，请从设置中删除它。</translation>
    </message>
    <message>
        <source>The package sources cannot be reached (%1). Check the network or proxy, or choose a mirror.</source>
        <translation>无法访问软件包源（%1）。请检查网络或代理，或选择一个镜像。</translation>
    </message>
</context>
<context>
    <name>tgs::ProcessRunner</name>
    <message>
        <source>%1 finished successfully.</source>
        <translation>%1 已成功完成。</translation>
    </message>
    <message>
        <source>%1 exited with code %2.</source>
        <translation>%1 已退出，返回码 %2。</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 崩溃了。</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 在 %2 秒内没有完成，已被停止。</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <source>Timed out after %1 ms.</source>
        <translation>%1 毫秒后超时。</translation>
    </message>
    <message>
        <source>No program was given.</source>
        <translation>没有指定要运行的程序。</translation>
    </message>
    <message>
        <source>[… the first %1 characters of the output were not kept]</source>
        <translation>[… 输出的前 %1 个字符未保留]</translation>
    </message>
</context>
<context>
    <name>tgs::PythonParser</name>
    <message>
        <source>The Python probe printed no result.</source>
        <translation>Python 探测没有输出结果。</translation>
    </message>
    <message>
        <source>The Python probe printed a result this program cannot read.</source>
        <translation>Python 探测输出的结果本程序无法读取。</translation>
    </message>
    <message>
        <source>The Python probe did not say which Python it is.</source>
        <translation>Python 探测没有说明它是哪个 Python。</translation>
    </message>
</context>
<context>
    <name>tgs::RecommendationReport</name>
    <message>
        <source>CPU build</source>
        <translation>CPU 版本</translation>
    </message>
    <message>
        <source>CUDA %1 (%2)</source>
        <translation>CUDA %1（%2）</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>推荐：%1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Why not newer:</source>
        <translation>为什么不选更新的版本：</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>其他可选组合：</translation>
    </message>
    <message>
        <source>Knowledge base of %1 (%2).</source>
        <translation>兼容性知识库日期 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 — %2, Python %3, from %4</source>
        <translation>%1 — %2，Python %3，来自 %4</translation>
    </message>
    <message>
        <source>the PyTorch wheel index (pip)</source>
        <translation>PyTorch 官方 wheel 源（pip）</translation>
    </message>
    <message>
        <source>the pytorch conda channel, as in the classic guide</source>
        <translation>pytorch conda 频道（经典教程的方式）</translation>
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
        <translation>找到的第一个 Python：%1</translation>
    </message>
    <message>
        <source>torch %1 has no wheel for Python %2 (it supports %3).</source>
        <translation>torch %1 没有 Python %2 的安装包（它支持 %3）。</translation>
    </message>
    <message>
        <source>torch %1 has no CUDA build for this route and system.</source>
        <translation>torch %1 在这种安装方式和系统下没有 CUDA 版本。</translation>
    </message>
    <message>
        <source>torch %1&apos;s CUDA builds (%2) need driver %3 or newer; this one is %4.</source>
        <translation>torch %1 的 CUDA 版本（%2）需要 %3 或更新的驱动；当前驱动是 %4。</translation>
    </message>
    <message>
        <source>torch %1&apos;s CUDA builds that this driver runs do not contain code for %2 (compute capability %3).</source>
        <translation>当前驱动能运行的 torch %1 CUDA 版本中没有 %2（计算能力 %3）的代码。</translation>
    </message>
    <message>
        <source>torch %1 has no single CUDA build for all of these GPUs.</source>
        <translation>torch %1 没有同时支持所有这些显卡的 CUDA 版本。</translation>
    </message>
    <message>
        <source>%1 needs driver %2 or newer; this one is %3.</source>
        <translation>%1 需要 %2 或更新的驱动；当前驱动是 %3。</translation>
    </message>
    <message>
        <source>%1 has no code for %2 (it contains %3).</source>
        <translation>%1 中没有 %2 的代码（它包含 %3）。</translation>
    </message>
    <message>
        <source>Operating system: %1.</source>
        <translation>操作系统：%1。</translation>
    </message>
    <message>
        <source>Driver %1 → highest CUDA %2 (%3).</source>
        <translation>驱动 %1 → 最高支持 CUDA %2（%3）。</translation>
    </message>
    <message>
        <source>NVIDIA driver %1 (%2).</source>
        <translation>NVIDIA 驱动 %1（%2）。</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>%1: compute capability unknown, so its architecture cannot be checked.</source>
        <translation>%1：计算能力未知，无法检查架构是否受支持。</translation>
    </message>
    <message>
        <source>No NVIDIA GPU or driver was found, so the CPU build is the one that works here.</source>
        <translation>没有找到 NVIDIA 显卡或驱动，所以这里能用的是 CPU 版本。</translation>
    </message>
    <message>
        <source>torch %1 is not a release this program knows (%2 to %3); it is not offered.</source>
        <translation>torch %1 不是本程序知道的版本（%2 到 %3），不会提供。</translation>
    </message>
    <message>
        <source>torch %1 was never published on the pytorch conda channel, which ends at %2. Choose the pip route for newer releases.</source>
        <translation>torch %1 从未在 pytorch conda 频道发布过，该频道止于 %2。更新的版本请选择 pip 安装方式。</translation>
    </message>
    <message>
        <source>torch %1 is not offered on the %2 route for %3.</source>
        <translation>%3 上的 %2 安装方式不提供 torch %1。</translation>
    </message>
    <message>
        <source>No torch release has a CUDA %1 build on this route.</source>
        <translation>在这种安装方式下，没有任何 torch 版本提供 CUDA %1 版本。</translation>
    </message>
    <message>
        <source>CUDA %1 builds exist for torch %2 to %3, and none of them has a wheel for Python %4 (pip says &quot;No matching distribution found for torch&quot;).</source>
        <translation>CUDA %1 版本只存在于 torch %2 到 %3，它们都没有 Python %4 的安装包（pip 会报“No matching distribution found for torch”）。</translation>
    </message>
    <message>
        <source>torch %1 has no wheel for Python %2; it supports Python %3.</source>
        <translation>torch %1 没有 Python %2 的安装包；它支持 Python %3。</translation>
    </message>
    <message>
        <source>torch %1 has no CUDA %2 build on this route; it has %3.</source>
        <translation>在这种安装方式下，torch %1 没有 CUDA %2 版本；它有 %3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No NVIDIA GPU or driver was found, so a CUDA build would not be used here.</source>
        <translation>没有找到 NVIDIA 显卡或驱动，CUDA 版本在这里用不上。</translation>
    </message>
    <message>
        <source>CUDA %1 builds (%2) need driver %3 or newer and this one is %4: torch.cuda.is_available() would be False. Update the driver or choose an older CUDA.</source>
        <translation>CUDA %1 版本（%2）需要 %3 或更新的驱动，当前驱动是 %4：torch.cuda.is_available() 会返回 False。请更新驱动，或选择更旧的 CUDA。</translation>
    </message>
    <message>
        <source>%1 builds of torch %2 contain no code for %3 (%4): it would fail with &quot;no kernel image is available&quot;. They contain %5.</source>
        <translation>torch %2 的 %1 版本中没有 %3（%4）的代码：运行时会报“no kernel image is available”。它们包含 %5。</translation>
    </message>
    <message numerus="yes">
        <source>No single PyTorch build supports all of these GPUs. torch %1 %2 runs on %n of them; not on %3. Use a separate environment for the others.</source>
        <translation>
            <numerusform>没有一个 PyTorch 版本能同时支持所有这些显卡。torch %1 %2 能在其中 %n 块上运行，不能在 %3 上运行。其余显卡请使用单独的环境。</numerusform>
        </translation>
    </message>
    <message>
        <source>torch %1 (CPU build) from %2.</source>
        <translation>torch %1（CPU 版本），通过 %2 安装。</translation>
    </message>
    <message>
        <source>%1 builds need driver %2 or newer (%3); driver %4 qualifies.</source>
        <translation>%1 版本需要 %2 或更新的驱动（%3）；驱动 %4 满足要求。</translation>
    </message>
    <message>
        <source>CUDA %1.x minor-version compatibility</source>
        <translation>CUDA %1.x 次版本兼容</translation>
    </message>
    <message>
        <source>CUDA %1 toolkit minimum</source>
        <translation>CUDA %1 工具包的最低要求</translation>
    </message>
    <message>
        <source>%1 wheels contain %2, which runs on %3 (%4).</source>
        <translation>%1 安装包包含 %2，可以在 %3（%4）上运行。</translation>
    </message>
    <message>
        <source>%1 wheels carry PTX for %2, which the driver compiles for %3 (%4) on first use; the first start is slower.</source>
        <translation>%1 安装包带有 %2 的 PTX，驱动会在首次使用时为 %3（%4）编译；第一次启动会比较慢。</translation>
    </message>
    <message>
        <source>The architectures of %1 builds on this route are not known, or %2&apos;s capability is unknown: not checked.</source>
        <translation>这种安装方式下 %1 版本的架构列表未知，或 %2 的计算能力未知：未作检查。</translation>
    </message>
    <message>
        <source>%1 wheels bring their own CUDA %2 runtime and cuDNN %3.</source>
        <translation>%1 安装包自带 CUDA %2 运行时和 cuDNN %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CUDA version: use e.g. 12.4, cu124 or cpu.</source>
        <translation>“%1”不是 CUDA 版本：请使用如 12.4、cu124 或 cpu。</translation>
    </message>
    <message>
        <source>The knowledge base has no release for the %1 route on %2.</source>
        <translation>兼容性知识库中没有 %2 上 %1 安装方式可用的版本。</translation>
    </message>
    <message>
        <source>given</source>
        <translation>手动指定</translation>
    </message>
    <message>
        <source>No Python was given or found: a new environment gets Python %1, the newest that torch %2 supports.</source>
        <translation>没有指定也没有找到 Python：新环境将使用 Python %1，即 torch %2 支持的最新版本。</translation>
    </message>
    <message>
        <source>No torch release has a wheel for Python %1 (%2). Use a new environment with Python %3; the wizard can create it.</source>
        <translation>没有任何 torch 版本提供 Python %1（%2）的安装包。请使用 Python %3 的新环境，本向导可以创建它。</translation>
    </message>
    <message>
        <source>Python %1 (%2): the newest torch with a wheel for it is %3.</source>
        <translation>Python %1（%2）：有其安装包的最新 torch 是 %3。</translation>
    </message>
    <message>
        <source>Python %1 (%2).</source>
        <translation>Python %1（%2）。</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found for the GPU. Install a current NVIDIA driver before PyTorch.</source>
        <translation>没有找到这块显卡的 NVIDIA 驱动。请先安装最新的 NVIDIA 驱动，再安装 PyTorch。</translation>
    </message>
    <message>
        <source>Your choice does not work here (see the warnings); the recommendation is the nearest one that does.</source>
        <translation>你的选择在这里行不通（见警告）；推荐的是最接近且能用的组合。</translation>
    </message>
    <message>
        <source>No CUDA build of PyTorch for Python %1 runs on driver %2, so only the CPU build would work. Update the NVIDIA driver (torch %3 needs %4 or newer) to use the GPU.</source>
        <translation>没有任何 Python %1 的 PyTorch CUDA 版本能在驱动 %2 上运行，只能使用 CPU 版本。要使用 GPU，请更新 NVIDIA 驱动（torch %3 需要 %4 或更新）。</translation>
    </message>
    <message>
        <source>%1 is %2 (compute capability %3, %4).</source>
        <translation>%1 是 %2（计算能力 %3，%4）。</translation>
    </message>
    <message>
        <source>%1 is %2 (compute capability %3).</source>
        <translation>%1 是 %2（计算能力 %3）。</translation>
    </message>
    <message>
        <source>torch %1 and newer have no wheel for Python %2.</source>
        <translation>torch %1 及更新的版本没有 Python %2 的安装包。</translation>
    </message>
</context>
<context>
    <name>tgs::Report</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The doctor&apos;s findings</source>
        <translation>诊断结果</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>解决办法：%1</translation>
    </message>
    <message>
        <source>Detected environment</source>
        <translation>检测到的环境</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐方案</translation>
    </message>
    <message>
        <source>Install plan</source>
        <translation>安装方案</translation>
    </message>
    <message>
        <source>Install log</source>
        <translation>安装日志</translation>
    </message>
    <message numerus="yes">
        <source>The last %n line(s) of %1:</source>
        <translation>
            <numerusform>%1 的最后 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>All of %1:</source>
        <translation>%1 的全部内容：</translation>
    </message>
    <message>
        <source>TorchGPU Setup report</source>
        <translation>PyTorch GPU 环境配置向导报告</translation>
    </message>
    <message>
        <source>Created %1 by %2 %3.</source>
        <translation>由 %2 %3 于 %1 生成。</translation>
    </message>
    <message>
        <source>PyTorch has not been verified.</source>
        <translation>尚未验证 PyTorch。</translation>
    </message>
    <message>
        <source>%1: a report is saved as Markdown (.md) or JSON (.json); choose a name that ends in one of them.</source>
        <translation>%1：报告只能保存为 Markdown（.md）或 JSON（.json），请选择以其中之一结尾的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder, such as your Documents folder.</source>
        <translation>文件夹 %1 不存在。请选择一个已有的文件夹，例如“文档”文件夹。</translation>
    </message>
    <message>
        <source>The report cannot be written to %1 (%2). Choose a folder you can write to, such as your Documents folder.</source>
        <translation>无法把报告写入 %1（%2）。请选择一个你有写入权限的文件夹，例如“文档”文件夹。</translation>
    </message>
    <message>
        <source>The report could not be saved as %1 (%2). Check that the disk has free space, or save it on another drive.</source>
        <translation>无法将报告保存为 %1（%2）。请检查磁盘是否还有空间，或保存到其他磁盘。</translation>
    </message>
</context>
<context>
    <name>tgs::TransferGuard</name>
    <message numerus="yes">
        <source>no data for %n second(s); check the network connection, or try another mirror</source>
        <translation>
            <numerusform>%n 秒内没有收到数据；请检查网络连接，或换一个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>not finished within the limit of %n second(s) (%1 received); the server or the network is too slow: check the connection, or try another mirror</source>
        <translation>
            <numerusform>未能在 %n 秒的时限内完成（已收到 %1）；服务器或网络太慢：请检查网络连接，或换一个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>larger than the limit of %1 for this download (%2 announced); it is not the expected file: try another mirror</source>
        <translation>超过此下载的上限 %1（服务器声明 %2）；这不是预期的文件：请换一个镜像</translation>
    </message>
    <message>
        <source>larger than the limit of %1 for this download (%2 received); it is not the expected file: try another mirror</source>
        <translation>超过此下载的上限 %1（已收到 %2）；这不是预期的文件：请换一个镜像</translation>
    </message>
    <message>
        <source>too slow: %1/s on average, below the minimum of %2/s (%3 in %4 s); try another mirror, or check the network connection</source>
        <translation>太慢：平均 %1/s，低于最低要求 %2/s（%4 秒内 %3）；请换一个镜像，或检查网络连接</translation>
    </message>
</context>
<context>
    <name>tgs::VerificationReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
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
        <translation>✗ import torch 失败：%1</translation>
    </message>
    <message>
        <source>PyTorch (torch.__version__)</source>
        <translation>PyTorch（torch.__version__）</translation>
    </message>
    <message>
        <source>%1 — a CPU-only build</source>
        <translation>%1 —— 仅 CPU 版本</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>导入位置</translation>
    </message>
    <message>
        <source>CUDA of this build (torch.version.cuda)</source>
        <translation>此版本使用的 CUDA（torch.version.cuda）</translation>
    </message>
    <message>
        <source>cuDNN (torch.backends.cudnn.version())</source>
        <translation>cuDNN（torch.backends.cudnn.version()）</translation>
    </message>
    <message>
        <source>torchvision / torchaudio</source>
        <translation>torchvision / torchaudio</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>GPU usable (torch.cuda.is_available())</source>
        <translation>能否使用 GPU（torch.cuda.is_available()）</translation>
    </message>
    <message>
        <source>GPU architectures in this build</source>
        <translation>此版本包含的 GPU 架构</translation>
    </message>
    <message>
        <source>CPU computation</source>
        <translation>CPU 计算</translation>
    </message>
    <message>
        <source>✓ correct, %1</source>
        <translation>✓ 正确，%1</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <source>GPU %1 %2 (compute capability %3, %4 MiB)</source>
        <translation>GPU %1 %2（计算能力 %3，%4 MiB）</translation>
    </message>
    <message>
        <source>GPU %1 %2 (compute capability %3)</source>
        <translation>GPU %1 %2（计算能力 %3）</translation>
    </message>
    <message>
        <source>✓ %1: matrix product %2, cuDNN convolution %3</source>
        <translation>✓ %1：矩阵乘法 %2，cuDNN 卷积 %3</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1：%2</translation>
    </message>
    <message>
        <source>✓ PyTorch works and uses the GPU.</source>
        <translation>✓ PyTorch 工作正常，并且在使用 GPU。</translation>
    </message>
    <message>
        <source>✓ PyTorch works. This PC has no NVIDIA GPU, so it computes on the CPU.</source>
        <translation>✓ PyTorch 工作正常。这台电脑没有 NVIDIA 显卡，所以它在 CPU 上计算。</translation>
    </message>
    <message>
        <source>✗ PyTorch does not use the GPU in this environment.</source>
        <translation>✗ 这个环境中的 PyTorch 没有使用 GPU。</translation>
    </message>
    <message>
        <source>✗ PyTorch does not work in this environment.</source>
        <translation>✗ 这个环境中的 PyTorch 无法正常工作。</translation>
    </message>
    <message>
        <source>Verification of %1</source>
        <translation>验证 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tgs::Verifier</name>
    <message>
        <source>There is no Python at %1.</source>
        <translation>%1 处没有 Python。</translation>
    </message>
    <message>
        <source>%1 has no Python (looked for %2).</source>
        <translation>%1 中没有 Python（查找了 %2）。</translation>
    </message>
    <message>
        <source>conda was not found, so there is no environment named &quot;%1&quot;. Give the environment&apos;s folder with --prefix instead.</source>
        <translation>没有找到 conda，因此不存在名为“%1”的环境。请改用 --prefix 指定环境所在的文件夹。</translation>
    </message>
    <message>
        <source>conda has no environment named &quot;%1&quot; (it has: %2).</source>
        <translation>conda 中没有名为“%1”的环境（现有：%2）。</translation>
    </message>
    <message>
        <source>after the computations</source>
        <translation>（计算完成之后）</translation>
    </message>
    <message>
        <source>while computing on GPU %1 (%2)</source>
        <translation>（在 GPU %1（%2）上计算时）</translation>
    </message>
    <message>
        <source>while computing on the CPU</source>
        <translation>（在 CPU 上计算时）</translation>
    </message>
    <message>
        <source>while starting CUDA (torch.cuda.is_available())</source>
        <translation>（启动 CUDA 时，即 torch.cuda.is_available()）</translation>
    </message>
    <message>
        <source>while importing torch</source>
        <translation>（导入 torch 时）</translation>
    </message>
    <message>
        <source>before it could say anything</source>
        <translation>（尚未输出任何内容）</translation>
    </message>
    <message>
        <source>The Python at %1 could not be started: %2. Check the environment&apos;s name or path.</source>
        <translation>无法启动 %1 处的 Python：%2。请检查环境名称或路径。</translation>
    </message>
    <message>
        <source>The check did not finish within %1 seconds and was stopped %2. A hung GPU driver or a broken CUDA installation can do this; restart the PC and check again.</source>
        <translation>检查未在 %1 秒内完成，已被终止 %2。GPU 驱动卡死或 CUDA 安装损坏都可能导致这种情况；请重启电脑后再检查一次。</translation>
    </message>
    <message>
        <source>Python crashed %1 (%2). The last lines it printed are in the report.</source>
        <translation>Python 崩溃了 %1（%2）。它最后输出的内容在报告中。</translation>
    </message>
    <message>
        <source>The check was canceled %1.</source>
        <translation>检查已取消 %1。</translation>
    </message>
    <message>
        <source>%1 did not answer as a Python does: %2</source>
        <translation>%1 的回应不像 Python：%2</translation>
    </message>
    <message>
        <source>The check stopped %1: %2</source>
        <translation>检查中途停止 %1：%2</translation>
    </message>
</context>
<context>
    <name>tgs::app::Cli</name>
    <message>
        <source>TorchGPU Setup: finds your GPU, driver, conda, Python, CUDA and cuDNN, and sets up a verified GPU PyTorch. Without a command it opens the setup wizard.</source>
        <translation>PyTorch GPU 环境配置向导：检测显卡、驱动、conda、Python、CUDA 和 cuDNN，并安装经过验证的 GPU 版 PyTorch。不带命令运行时打开配置向导。</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Print JSON instead of a readable report.</source>
        <translation>输出 JSON，而不是便于阅读的报告。</translation>
    </message>
    <message>
        <source>Detecting the GPU, driver, conda, Python, CUDA and cuDNN…</source>
        <translation>正在检测显卡、驱动、conda、Python、CUDA 和 cuDNN……</translation>
    </message>
    <message>
        <source>recommend: plan for this operating system.</source>
        <translation>recommend：按这个操作系统规划。</translation>
    </message>
    <message>
        <source>recommend: the NVIDIA driver version, or none.</source>
        <translation>recommend：NVIDIA 驱动版本，或 none。</translation>
    </message>
    <message>
        <source>recommend: a GPU&apos;s compute capability; repeat it for every GPU.</source>
        <translation>recommend：显卡的计算能力；每块显卡写一次。</translation>
    </message>
    <message>
        <source>recommend: the torch version you want.</source>
        <translation>recommend：想要的 torch 版本。</translation>
    </message>
    <message>
        <source>recommend: the CUDA variant you want (12.4, cu124 or cpu).</source>
        <translation>recommend：想要的 CUDA 变体（12.4、cu124 或 cpu）。</translation>
    </message>
    <message>
        <source>recommend: the install route.</source>
        <translation>recommend：安装方式。</translation>
    </message>
    <message>
        <source>Use this knowledge-base file instead of the built-in one.</source>
        <translation>使用这个兼容性知识库文件，而不是内置的。</translation>
    </message>
    <message>
        <source>Fetch a newer knowledge base from this address first (also TGS_KB_URL).</source>
        <translation>先从这个地址获取更新的兼容性知识库（也可用 TGS_KB_URL 设置）。</translation>
    </message>
    <message>
        <source>Unknown --os &quot;%1&quot;: use windows or linux.</source>
        <translation>未知的 --os“%1”：请使用 windows 或 linux。</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>在命令行中指定</translation>
    </message>
    <message>
        <source>TorchGPU Setup</source>
        <translation>PyTorch GPU 环境配置向导</translation>
    </message>
    <message>
        <source>plan/install: the environment&apos;s name (default torchgpu).</source>
        <translation>plan/install：环境名称（默认为 torchgpu）。</translation>
    </message>
    <message>
        <source>plan/install: where packages come from; auto picks the fastest that answers.</source>
        <translation>plan/install：软件包的来源；auto 会选择响应最快的源。</translation>
    </message>
    <message>
        <source>plan: quote the commands for this shell.</source>
        <translation>plan：按此 shell 的格式为命令加引号。</translation>
    </message>
    <message>
        <source>install: what to do when the environment already exists.</source>
        <translation>install：环境已存在时的处理方式。</translation>
    </message>
    <message>
        <source>install: do not ask before installing.</source>
        <translation>install：安装前不询问。</translation>
    </message>
    <message>
        <source>mirror %1: %2 ms</source>
        <translation>镜像 %1：%2 ms</translation>
    </message>
    <message>
        <source>mirror %1: unreachable (%2)</source>
        <translation>镜像 %1：无法访问（%2）</translation>
    </message>
    <message>
        <source>No package source answered; check the network or proxy.</source>
        <translation>没有软件包源响应；请检查网络或代理。</translation>
    </message>
    <message>
        <source>Plan for %1 (mirror: %2):</source>
        <translation>%1 的安装计划（镜像：%2）：</translation>
    </message>
    <message>
        <source>Choose with --if-exists reuse, --if-exists replace or --if-exists rename.</source>
        <translation>请使用 --if-exists reuse、--if-exists replace 或 --if-exists rename 进行选择。</translation>
    </message>
    <message>
        <source>Not asking on a non-interactive input: add --yes to install.</source>
        <translation>输入不是交互式的，无法询问：请添加 --yes 以进行安装。</translation>
    </message>
    <message>
        <source>Install now? [y/N] </source>
        <translation>现在安装？[y/N] </translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>未安装任何内容。</translation>
    </message>
    <message>
        <source>Canceling: stopping the running step and everything it started…</source>
        <translation>正在取消：停止正在运行的步骤及其启动的所有进程…</translation>
    </message>
    <message>
        <source>The install log cannot be written in %1.</source>
        <translation>无法在 %1 中写入安装日志。</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>Done: PyTorch %1 is installed in %2.</source>
        <translation>完成：PyTorch %1 已安装到 %2。</translation>
    </message>
    <message>
        <source>The installation stopped at a failed step. Fix the cause above, then run the same command again.</source>
        <translation>安装在某个失败的步骤处停止。请先解决上面所述的问题，然后再次运行相同的命令。</translation>
    </message>
    <message>
        <source>Canceled. To continue later, run the same command with --if-exists reuse: the environment already created is kept and the remaining steps run in it.</source>
        <translation>已取消。以后要继续，请在同一命令后加上 --if-exists reuse：已创建的环境会保留，剩下的步骤在其中运行。</translation>
    </message>
    <message>
        <source>detect: only what is known without importing torch (answers in a blink).</source>
        <translation>detect：只报告不导入 torch 就能知道的信息（瞬间完成）。</translation>
    </message>
    <message>
        <source>Unknown install route &quot;%1&quot;: use pip, conda-legacy or conda-forge.</source>
        <translation>未知的安装方式“%1”：请使用 pip、conda-legacy 或 conda-forge。</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>--%1 “%2” 不是以下之一：%3。</translation>
    </message>
    <message>
        <source>--driver &quot;%1&quot; is not a driver version: use e.g. 535.104.05, 576.80 or none.</source>
        <translation>--driver “%1” 不是驱动版本号：请写成 535.104.05、576.80 这样的形式，或写 none。</translation>
    </message>
    <message>
        <source>--compute-cap &quot;%1&quot; is not a compute capability: use e.g. 8.9 (or sm_89).</source>
        <translation>--compute-cap “%1” 不是计算能力：请写成 8.9（或 sm_89）这样的形式。</translation>
    </message>
    <message>
        <source>--python &quot;%1&quot; is not a Python version: use e.g. 3.11.</source>
        <translation>--python “%1” 不是 Python 版本：请写成 3.11 这样的形式。</translation>
    </message>
    <message>
        <source>Looking for the GPU, conda and Python…</source>
        <translation>正在查找 GPU、conda 和 Python…</translation>
    </message>
    <message>
        <source>No Python was found on PATH. Name the environment with --env NAME, --prefix FOLDER or --python PATH.</source>
        <translation>PATH 中没有找到 Python。请用 --env 名称、--prefix 文件夹或 --python 路径指定要检查的环境。</translation>
    </message>
    <message>
        <source>Checking PyTorch in %1 (importing torch and computing on every GPU)…</source>
        <translation>正在检查 %1 中的 PyTorch（导入 torch 并在每块 GPU 上计算）…</translation>
    </message>
    <message>
        <source>verify: give one of --env, --prefix and --python.</source>
        <translation>verify：--env、--prefix 和 --python 只能给出其中一个。</translation>
    </message>
    <message>
        <source>recommend, plan, install: the Python version. verify: the Python program to check.</source>
        <translation>recommend、plan、install：Python 版本。verify：要检查的 Python 程序。</translation>
    </message>
    <message>
        <source>verify: the environment&apos;s folder (a conda environment or a venv).</source>
        <translation>verify：环境所在的文件夹（conda 环境或 venv）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>未知命令“%1”。可用命令：%2。</translation>
    </message>
    <message>
        <source>The doctor found nothing wrong.</source>
        <translation>诊断没有发现问题。</translation>
    </message>
    <message>
        <source>The doctor&apos;s findings:</source>
        <translation>诊断结果：</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>解决办法：%1</translation>
    </message>
    <message>
        <source>doctor: give --log or --text, not both.</source>
        <translation>doctor：--log 和 --text 只能给出其中一个。</translation>
    </message>
    <message>
        <source>doctor: an install log to read.</source>
        <translation>doctor：要读取的安装日志。</translation>
    </message>
    <message>
        <source>doctor: a file with an error message you copied.</source>
        <translation>doctor：包含你复制的错误信息的文件。</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not one of: md, json.</source>
        <translation>--format “%1”不是以下之一：md、json。</translation>
    </message>
    <message>
        <source>Detecting, checking PyTorch and writing the report…</source>
        <translation>正在检测、检查 PyTorch 并生成报告…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <source>report: md (Markdown) or json.</source>
        <translation>report：md（Markdown）或 json。</translation>
    </message>
    <message>
        <source>report: write it to this file.</source>
        <translation>report：写入这个文件。</translation>
    </message>
    <message>
        <source>detect: find the GPU, driver, conda, Python, CUDA and cuDNN. recommend: choose the PyTorch, CUDA and Python that fit, and say why. plan: show the exact install commands. install: run them. verify: check that an environment&apos;s PyTorch works on the GPU. doctor: say what is wrong and how to fix it. report: all of it in one file to share.</source>
        <translation>detect：查找 GPU、驱动、conda、Python、CUDA 和 cuDNN。recommend：选出合适的 PyTorch、CUDA 和 Python，并说明原因。plan：显示确切的安装命令。install：执行这些命令。verify：检查某个环境中的 PyTorch 能否在 GPU 上工作。doctor：指出问题所在以及解决办法。report：把以上内容汇总成一个文件，方便分享。</translation>
    </message>
    <message>
        <source>Canceling: stopping every program it started…</source>
        <translation>正在取消：停止它启动的所有程序…</translation>
    </message>
</context>
<context>
    <name>tgs::ui::DetectPage</name>
    <message>
        <source>Detect &amp;again</source>
        <translation>重新检测(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>What this computer has</source>
        <translation>这台电脑的环境</translation>
    </message>
    <message>
        <source>The wizard asks the driver, conda, every Python and the CUDA tools. This takes a few seconds.</source>
        <translation>向导正在询问驱动、conda、每个 Python 和 CUDA 工具，需要几秒钟。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Commands run:</source>
        <translation>已运行的命令：</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>正在检测……</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止……</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>Done in %1 s: %n GPU(s), %2 Python interpreter(s).</source>
        <translation>
            <numerusform>完成，用时 %1 秒：%n 块显卡，%2 个 Python 解释器。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check this environment</source>
        <translation>检查这个环境(&amp;C)</translation>
    </message>
    <message>
        <source>Already have PyTorch? Check an existing environment:</source>
        <translation>已经装过 PyTorch？检查一个现有环境：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;all as text</source>
        <translation>全部复制为文本(&amp;A)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tgs::ui::InstallPage</name>
    <message>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry the failed step</source>
        <translation>重试失败的步骤(&amp;R)</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>These are the exact commands. Nothing runs until you press Install; every line they print is shown below.</source>
        <translation>下面就是将要执行的命令。按下“安装”之前不会运行任何东西；它们输出的每一行都会显示在下方。</translation>
    </message>
    <message>
        <source>&amp;Environment name:</source>
        <translation>环境名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Download source:</source>
        <translation>下载源(&amp;D)：</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>Stopped. Nothing else will run; Retry continues from the stopped step.</source>
        <translation>已停止，不会再运行其他步骤；“重试”会从停下的步骤继续。</translation>
    </message>
    <message>
        <source>A step failed; the rest did not run. Fix the cause, then retry the step.</source>
        <translation>有一个步骤失败，其余步骤没有运行。请先解决问题，再重试该步骤。</translation>
    </message>
    <message>
        <source>Before installing:</source>
        <translation>安装之前：</translation>
    </message>
    <message>
        <source>The install log cannot be written in %1.</source>
        <translation>无法在 %1 中写入安装日志。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择……</translation>
    </message>
    <message>
        <source>Reuse it: install into the existing environment</source>
        <translation>沿用：安装到已有的环境中</translation>
    </message>
    <message>
        <source>Replace it: delete it first</source>
        <translation>替换：先删除它</translation>
    </message>
    <message>
        <source>Keep it: use another name</source>
        <translation>保留：改用另一个名称</translation>
    </message>
    <message>
        <source>Checking the download source…</source>
        <translation>正在检查下载源……</translation>
    </message>
    <message>
        <source>If it e&amp;xists:</source>
        <translation>若已存在(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>复制命令(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Copies the commands as a script you can run yourself</source>
        <translation>把这些命令复制为可自行运行的脚本</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(%1%)</source>
        <translation>（%1%）</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 %4</source>
        <translation>第 %1 步，共 %2 步 · %3 %4</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>PyTorch is installed in %1.</source>
        <translation>PyTorch 已安装到 %1。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopped before anything ran.</source>
        <translation>已停止，尚未运行任何命令。</translation>
    </message>
    <message>
        <source>Stopping: ending the running command and everything it started…</source>
        <translation>正在停止：结束正在运行的命令及其启动的所有进程…</translation>
    </message>
    <message>
        <source>&amp;Install again</source>
        <translation>重新安装(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>共 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>The new environment will be called %1; the existing %2 is left as it is.</source>
        <translation>新环境将命名为 %1；已有的 %2 保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>Checking the download source (up to %n second(s))…</source>
        <translation>
            <numerusform>正在检查下载源（最多 %n 秒）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fastest (tested now)</source>
        <translation>最快的（现在测得）</translation>
    </message>
    <message>
        <source>Fastest (testing the sources…)</source>
        <translation>最快的（正在测试各下载源…）</translation>
    </message>
    <message>
        <source>%1 — %2 ms</source>
        <translation>%1 — %2 毫秒</translation>
    </message>
    <message>
        <source>%1 — no answer</source>
        <translation>%1 — 无响应</translation>
    </message>
    <message>
        <source>Fastest (tested now): %1</source>
        <translation>最快的（现在测得）：%1</translation>
    </message>
    <message>
        <source>Fastest (tested now): none answered, the official servers are used</source>
        <translation>最快的（现在测得）：没有下载源响应，将使用官方服务器</translation>
    </message>
    <message>
        <source>Testing the download sources…</source>
        <translation>正在测试各下载源…</translation>
    </message>
    <message>
        <source>Your %1 configuration (%2) already uses the mirror %3, so the fastest source is chosen.</source>
        <translation>你的 %1 配置（%2）已经在使用 %3，所以选用了“最快的（现在测得）”下载源。</translation>
    </message>
</context>
<context>
    <name>tgs::ui::LiveConsole</name>
    <message numerus="yes">
        <source>[… %n line(s) not shown here; the log file has them]</source>
        <translation>
            <numerusform>[… 此处有 %n 行未显示；日志文件中都有]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgs::ui::RecommendPage</name>
    <message>
        <source>The PyTorch that fits this computer</source>
        <translation>适合这台电脑的 PyTorch</translation>
    </message>
    <message>
        <source>Chosen from the driver, the GPUs and the Python found. Change any choice below; the wizard checks it at once.</source>
        <translation>根据检测到的驱动、显卡和 Python 选出。你可以修改下面的任何选项，向导会立即检查。</translation>
    </message>
    <message>
        <source>pip wheels from the PyTorch index (recommended)</source>
        <translation>从 PyTorch 官方索引安装 pip 包（推荐）</translation>
    </message>
    <message>
        <source>conda, as in the classic guide (torch 2.5.1 at most)</source>
        <translation>conda，即经典教程的方式（最高 torch 2.5.1）</translation>
    </message>
    <message>
        <source>conda-forge</source>
        <translation>conda-forge</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>你的选择</translation>
    </message>
    <message>
        <source>Install &amp;route:</source>
        <translation>安装方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation>&amp;Python：</translation>
    </message>
    <message>
        <source>P&amp;yTorch:</source>
        <translation>P&amp;yTorch：</translation>
    </message>
    <message>
        <source>&amp;CUDA:</source>
        <translation>&amp;CUDA：</translation>
    </message>
    <message>
        <source>Newest that fits</source>
        <translation>能用的最新版本</translation>
    </message>
    <message>
        <source>%1 (found)</source>
        <translation>%1（已检测到）</translation>
    </message>
    <message>
        <source>Best for this computer</source>
        <translation>最适合这台电脑的</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>你的选择</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why not newer</source>
        <translation>为什么不选更新的版本</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>其他可选组合</translation>
    </message>
    <message>
        <source>Knowledge base of %1.</source>
        <translation>兼容性知识库日期：%1。</translation>
    </message>
    <message>
        <source>It goes into a new environment of its own; nothing already on this computer is changed.</source>
        <translation>它会安装到一个单独的新环境中；这台电脑上已有的东西都不会改动。</translation>
    </message>
    <message>
        <source>It goes into a new environment of its own; your existing conda environments (%1) are left as they are.</source>
        <translation>它会安装到一个单独的新环境中；你现有的 conda 环境（%1）保持不变。</translation>
    </message>
</context>
<context>
    <name>tgs::ui::SetupWizard</name>
    <message>
        <source>TorchGPU Setup</source>
        <translation>PyTorch GPU 环境配置向导</translation>
    </message>
    <message>
        <source>Stop the installation?</source>
        <translation>要停止安装吗？</translation>
    </message>
    <message>
        <source>The installation is still running. If you stop it now, the command that is running is ended and nothing else runs; what it downloaded may have to be downloaded again. You can continue it later with Retry.</source>
        <translation>安装仍在进行。如果现在停止，正在运行的命令会被结束，后续步骤不再运行；已下载的内容可能需要重新下载。之后可以用“重试”继续。</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>停止并关闭(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep installing</source>
        <translation>继续安装(&amp;K)</translation>
    </message>
</context>
<context>
    <name>tgs::ui::VerifyPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>复制诊断信息(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Does PyTorch really use the GPU?</source>
        <translation>PyTorch 真的在使用 GPU 吗？</translation>
    </message>
    <message>
        <source>The wizard runs Python in the environment: it imports torch, reads its versions and computes on every GPU, checking the result against the CPU.</source>
        <translation>向导会在该环境中运行 Python：导入 torch，读取版本信息，并在每块 GPU 上做一次计算，再与 CPU 的结果核对。</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>CUDA (torch.version.cuda)</source>
        <translation>CUDA（torch.version.cuda）</translation>
    </message>
    <message>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
    <message>
        <source>Nothing to check yet: install PyTorch first, or choose an environment on the detection page.</source>
        <translation>还没有可检查的环境：请先安装 PyTorch，或在检测页面选择一个环境。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Checked %1 in %2 s.</source>
        <translation>已检查 %1，用时 %2 秒。</translation>
    </message>
    <message>
        <source>none (CPU-only)</source>
        <translation>无（仅 CPU）</translation>
    </message>
    <message>
        <source>✗ torch cannot see the GPU of this PC.</source>
        <translation>✗ torch 看不到这台电脑的 GPU。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>怎么办：%1</translation>
    </message>
    <message>
        <source>Fix: install again</source>
        <translation>修复：重新安装</translation>
    </message>
    <message>
        <source>Goes back to the install page with the plan that fixes this.</source>
        <translation>回到安装页面，使用能解决此问题的安装方案。</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>tgs::ui::WelcomePage</name>
    <message>
        <source>Set up PyTorch with GPU support</source>
        <translation>安装支持 GPU 的 PyTorch</translation>
    </message>
    <message>
        <source>This wizard finds out what your PC has, chooses the PyTorch build that fits it, installs it and checks that it really uses the GPU.</source>
        <translation>本向导会检查你的电脑，选出适合它的 PyTorch 版本，完成安装，并确认它真的在使用 GPU。</translation>
    </message>
    <message>
        <source>&lt;p&gt;First it looks at this computer:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the NVIDIA graphics card and its driver;&lt;/li&gt;&lt;li&gt;the highest CUDA version the driver can run;&lt;/li&gt;&lt;li&gt;conda and its environments, and every Python it can find;&lt;/li&gt;&lt;li&gt;installed CUDA toolkits and cuDNN, and any PyTorch already there.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Nothing is installed or changed until you say so.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Three different &quot;CUDA versions&quot;:&lt;/b&gt; the one &lt;i&gt;nvidia-smi&lt;/i&gt; shows is the highest your driver supports; &lt;i&gt;nvcc&lt;/i&gt; shows an installed CUDA toolkit; &lt;i&gt;torch.version.cuda&lt;/i&gt; is the CUDA that PyTorch was built with. PyTorch brings its own CUDA runtime, so it needs only a new enough driver.&lt;/p&gt;</source>
        <translation>&lt;p&gt;首先，它会检查这台电脑：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;NVIDIA 显卡及其驱动；&lt;/li&gt;&lt;li&gt;驱动能运行的最高 CUDA 版本；&lt;/li&gt;&lt;li&gt;conda 及其环境，以及能找到的每一个 Python；&lt;/li&gt;&lt;li&gt;已安装的 CUDA 工具包和 cuDNN，以及已有的 PyTorch。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;在你确认之前，不会安装或修改任何东西。&lt;/p&gt;&lt;p&gt;&lt;b&gt;三个不同的“CUDA 版本”：&lt;/b&gt;&lt;i&gt;nvidia-smi&lt;/i&gt; 显示的是驱动支持的最高版本；&lt;i&gt;nvcc&lt;/i&gt; 显示的是已安装的 CUDA 工具包；&lt;i&gt;torch.version.cuda&lt;/i&gt; 是 PyTorch 编译时使用的 CUDA。PyTorch 自带 CUDA 运行时，只需要足够新的驱动。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language / 语言:</source>
        <translation>语言 / &amp;Language:</translation>
    </message>
</context>
</TS>
