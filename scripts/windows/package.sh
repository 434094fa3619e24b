#!/usr/bin/env bash
# Builds the per-user Windows installer of a finished cross build (scripts/windows/build.sh) with CPack (NSIS), then
# checks it the way a user meets it, under Wine in a fresh private prefix: silent install, the files at
# %LOCALAPPDATA%\Programs\TorchGPU Setup, the installed program run from there, the HKCU uninstall key and the
# Start-menu shortcut, silent uninstall, and nothing left behind.
#
#   scripts/windows/package.sh --build DIR [--keep] [--screenshot PNG [--lang LANG]]
#
#   --build DIR         the cross build folder (as given to scripts/windows/build.sh)
#   --keep              keep the Wine prefix (DIR/package-wine) and skip the uninstall, to look at the install
#   --screenshot PNG    also start the installed wizard on a virtual display (Xvfb) and save a picture of it,
#                       and one of the installer's first page as PNG's name with -installer
#   --lang LANG         the language of both for --screenshot (default zh_CN)
#
# Packages: nsis (makensis with 64-bit stubs), wine, binutils-mingw-w64-x86-64 (objdump), python3; for --screenshot
# also xvfb, imagemagick (import) and fonts-noto-cjk. Environment: TGS_WIN_NICE (default 19).
# The installer is left in DIR/package/. Exits non-zero with a message on the first check that fails.
set -euo pipefail

niceness=${TGS_WIN_NICE:-19}
build_dir=""
keep=0
screenshot=""
lang=zh_CN
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build_dir=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --screenshot) screenshot=$2; shift 2 ;;
        --lang) lang=$2; shift 2 ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "package-win: unknown argument: $1" >&2; exit 2 ;;
    esac
done

log() { printf 'package-win: %s\n' "$*"; }
die() { printf 'package-win: error: %s\n' "$*" >&2; exit 1; }

[ -n "$build_dir" ] || die "give the cross build folder: --build DIR"
[ -f "$build_dir/CPackConfig.cmake" ] || die "$build_dir has no CPackConfig.cmake: build it first (scripts/windows/build.sh --build $build_dir)"
build_dir=$(cd "$build_dir" && pwd)
for tool in cpack makensis wine wineboot wineserver winepath x86_64-w64-mingw32-objdump python3; do
    command -v "$tool" > /dev/null || die "$tool is not installed (see the packages in this script's header)"
done
if [ -n "$screenshot" ]; then
    for tool in Xvfb import; do
        command -v "$tool" > /dev/null || die "$tool is not installed (packages xvfb, imagemagick)"
    done
    screenshot=$(cd "$(dirname "$screenshot")" && pwd)/$(basename "$screenshot")
fi

# Times of each part, printed as it ends and again at the end.
timings=()
part_started=0
part_name=""
part() {
    part_end
    part_name=$1
    part_started=$(date +%s)
    log "== $part_name"
}
part_end() {
    if [ -n "$part_name" ]; then
        local took=$(( $(date +%s) - part_started ))
        timings+=("$(printf '%4d s  %s' "$took" "$part_name")")
        log "   ($part_name: $took s)"
        part_name=""
    fi
}

# 1. The installer.
part "cpack (NSIS)"
out_dir="$build_dir/package"
rm -rf "$out_dir"
nice -n "$niceness" cpack --config "$build_dir/CPackConfig.cmake" -G NSIS -B "$out_dir" > "$build_dir/cpack.log" 2>&1 \
    || { tail -n 40 "$build_dir/cpack.log" >&2; die "cpack failed (log: $build_dir/cpack.log; makensis's own: $out_dir/_CPack_Packages/win64/NSIS/NSISOutput.log)"; }
installer=$(find "$out_dir" -maxdepth 1 -name 'torchgpu-setup-*-win64.exe' | head -n 1)
[ -n "$installer" ] || die "cpack made no torchgpu-setup-*-win64.exe in $out_dir"
log "installer: $installer ($(du -h "$installer" | cut -f1))"
grep -E '^(Target|RequestExecutionLevel|InstallDir) ' "$out_dir/_CPack_Packages/win64/NSIS/project.nsi" | sed 's/^/    /'

# 2. A fresh Wine prefix of our own. winemenubuilder is off: Wine would otherwise turn the Start-menu shortcut into
# a .desktop file in this machine's real ~/.local/share/applications.
part "Wine prefix"
export WINEPREFIX="$build_dir/package-wine"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
unset DISPLAY WINEPATH
wineserver -k 2> /dev/null || true
rm -rf "$WINEPREFIX"
wineboot -i > "$build_dir/package-wineboot.log" 2>&1 || true
wineserver -w
[ -f "$WINEPREFIX/system.reg" ] || die "wineboot made no prefix in $WINEPREFIX (log: $build_dir/package-wineboot.log)"
# Debian's wine comes without Wine's own fonts (fonts-wine): the Windows UI fonts then fall to whatever fontconfig
# offers first, a serif, and the Chinese ones asked for by name (the NSIS Chinese pages ask for 宋体, SimSun's
# Chinese name) show boxes. Noto Sans CJK SC (fonts-noto-cjk) has Latin and Chinese glyphs: it stands in for all of
# them. A UTF-16 .reg file, because `wine reg add` would read a Chinese name in this shell's locale (C: ASCII).
if fc-list 'Noto Sans CJK SC' family 2> /dev/null | grep -q .; then
    fonts_reg="$build_dir/package-fonts.reg"
    {
        printf 'Windows Registry Editor Version 5.00\r\n\r\n'
        printf '[HKEY_CURRENT_USER\\Software\\Wine\\Fonts\\Replacements]\r\n'
        for face in Tahoma "MS Shell Dlg" "MS Shell Dlg 2" "Segoe UI" "Microsoft YaHei" "Microsoft YaHei UI" SimSun \
            NSimSun SimHei 宋体 新宋体 黑体 微软雅黑; do
            printf '"%s"="Noto Sans CJK SC"\r\n' "$face"
        done
    } | iconv -f UTF-8 -t UTF-16 > "$fonts_reg"
    wine regedit /S "$(winepath -w "$fonts_reg")" > /dev/null 2>&1 || die "could not import $fonts_reg"
    wineserver -w
    log "Windows UI and Chinese fonts stand in as Noto Sans CJK SC"
else
    log "no Noto Sans CJK SC (fonts-noto-cjk): Chinese text under Wine may show as boxes"
fi
win_env() { wine cmd /c echo "%$1%" 2> /dev/null | tr -d '\r'; }
local_appdata=$(winepath -u "$(win_env LOCALAPPDATA)" 2> /dev/null)
roaming_appdata=$(winepath -u "$(win_env APPDATA)" 2> /dev/null)
[ -d "$local_appdata" ] || die "no %LOCALAPPDATA% in the prefix ($local_appdata)"
inst="${local_appdata%/}/Programs/TorchGPU Setup"
shortcut="${roaming_appdata%/}/Microsoft/Windows/Start Menu/Programs/TorchGPU Setup.lnk"
uninst_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\TorchGPU Setup'
settings_key='HKCU\Software\TorchGPU Setup\TorchGPU Setup'
log "prefix $WINEPREFIX; per-user install folder: $inst"

# 3. Silent install. The exit code says nothing (a 32-bit installer under a 64-bit Wine "succeeds" and installs
# nothing): the files are the proof.
part "silent install (/S)"
wine "$(winepath -w "$installer")" /S > "$build_dir/package-install.log" 2>&1 || true
wineserver -w
[ -d "$inst" ] || die "the silent install made no $inst (installer output: $build_dir/package-install.log)"
(cd "$inst" && find . -type f -printf '%P\t%s\n' | sort | awk -F'\t' '{ printf "    %-40s %9d\n", $1, $2 }')

part "installed files"
cli=torchgpu-setup-cli.exe
[ -f "$inst/$cli" ] || cli=torchgpu-setup.exe # before the console twin exists
required=(torchgpu-setup.exe "$cli" uninstall.exe Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Network.dll
    platforms/qwindows.dll tls/qschannelbackend.dll styles/qwindowsvistastyle.dll translations/qtbase_zh_CN.qm)
for file in "${required[@]}"; do
    [ -f "$inst/$file" ] || die "not installed: $inst/$file"
done
# Every import of every installed .exe and .dll is beside the program or part of Windows (Wine's system32). No
# WINEPATH here: what the installer forgot, the program would not find either.
system32="$WINEPREFIX/drive_c/windows/system32"
missing=0
while IFS= read -r -d '' binary; do
    while IFS= read -r dll; do
        case "${dll,,}" in api-ms-*|ext-ms-*) continue ;; esac # API sets: names the loader maps, not files
        if [ -z "$(find "$inst" -maxdepth 1 -iname "$dll" -print -quit)" ] \
            && [ -z "$(find "$system32" -maxdepth 1 -iname "$dll" -print -quit)" ]; then
            log "   ${binary#"$inst"/} imports $dll, which is neither installed nor part of Windows"
            missing=1
        fi
    done < <(x86_64-w64-mingw32-objdump -p "$binary" | sed -n 's/^\s*DLL Name: //p')
done < <(find "$inst" -type f \( -iname '*.exe' -o -iname '*.dll' \) -print0)
[ $missing -eq 0 ] || die "the install is incomplete (imports above)"
log "   ${#required[@]} required files present; every import of the installed .exe/.dll files resolves"

# 4. The installed program, run from the install folder.
run_installed() { # ARGS...: prints the output; fails on a non-zero exit
    local rc=0
    (cd "$inst" && WINEQT_QPA_PLATFORM=offscreen timeout 300 wine "./$cli" "$@" \
        > "$build_dir/package-run.out" 2> "$build_dir/package-run.err") || rc=$?
    sed 's/^/    out: /' "$build_dir/package-run.out"
    sed 's/^/    err: /' "$build_dir/package-run.err" | head -n 30
    [ $rc -eq 0 ] || die "$cli $* exited with $rc"
}
part "$cli --version"
run_installed --version
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
grep -qF "$version" "$build_dir/package-run.out" || die "--version does not print the package's version $version"

part "$cli detect --json"
run_installed detect --json
python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$build_dir/package-run.out" \
    || die "detect --json did not print JSON"

# 5. What Windows knows of the install.
part "uninstall key and Start-menu shortcut"
wine reg query "$uninst_key" > "$build_dir/package-reg.out" 2>&1 || die "no registry key $uninst_key"
tr -d '\r' < "$build_dir/package-reg.out" | sed -n 's/^ \+/    /p'
for value in DisplayName DisplayVersion UninstallString QuietUninstallString InstallLocation; do
    grep -q "^ *$value " "$build_dir/package-reg.out" || die "$uninst_key has no $value"
done
[ -f "$shortcut" ] || die "no Start-menu shortcut $shortcut"
log "   shortcut: $shortcut"

# 6. Optional: the wizard on a virtual display, with the windows platform plugin (it needs a display).
if [ -n "$screenshot" ]; then
    part "screenshot ($lang)"
    display=:91
    while [ -e "/tmp/.X${display#:}-lock" ]; do display=":$(( ${display#:} + 1 ))"; done
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > "$build_dir/package-xvfb.log" 2>&1 &
    xvfb_pid=$!
    sleep 2
    (cd "$inst" && DISPLAY=$display exec wine ./torchgpu-setup.exe --lang "$lang") \
        > "$build_dir/package-gui.log" 2>&1 &
    gui_pid=$!
    sleep "${TGS_SCREENSHOT_WAIT:-15}"
    DISPLAY=$display import -window root "$screenshot" || log "   import failed"
    kill "$gui_pid" 2> /dev/null || true
    wineserver -k 2> /dev/null || true
    wait "$gui_pid" 2> /dev/null || true
    # The installer's first page in the same language: the language it remembers in the registry skips its
    # language dialog (LANGID 2052 Simplified Chinese, 1033 English). It is stopped there, before it changes anything.
    installer_shot="${screenshot%.png}-installer.png"
    case "$lang" in zh*) langid=2052 ;; *) langid=1033 ;; esac
    wine reg add "$settings_key" /v "Installer Language" /d "$langid" /f > /dev/null 2>&1 || true
    DISPLAY=$display wine "$(winepath -w "$installer")" > "$build_dir/package-installer-gui.log" 2>&1 &
    gui_pid=$!
    sleep 8
    DISPLAY=$display import -window root "$installer_shot" || log "   import failed"
    kill "$gui_pid" 2> /dev/null || true
    wineserver -k 2> /dev/null || true
    wait "$gui_pid" 2> /dev/null || true
    kill "$xvfb_pid" 2> /dev/null || true
    wait "$xvfb_pid" 2> /dev/null || true
    [ -s "$screenshot" ] || die "no screenshot of the program"
    [ -s "$installer_shot" ] || die "no screenshot of the installer"
    log "   $screenshot"
    log "   $installer_shot"
fi

if [ $keep -eq 1 ]; then
    part_end
    log "kept the install (--keep): WINEPREFIX=$WINEPREFIX"
    printf '%s\n' "${timings[@]}" | sed 's/^/    /'
    exit 0
fi

# 7. Silent uninstall. The NSIS uninstaller copies itself to %TEMP% and returns at once: wait for the folder to go.
part "silent uninstall (/S)"
wine "$(winepath -w "$inst/uninstall.exe")" /S > "$build_dir/package-uninstall.log" 2>&1 || true
for _ in $(seq 1 120); do
    [ -d "$inst" ] || break
    sleep 0.5
done
wineserver -w
if [ -d "$inst" ]; then
    find "$inst" | sed 's/^/    left: /'
    die "the uninstall left $inst"
fi
[ ! -e "$shortcut" ] || die "the uninstall left the shortcut $shortcut"
for key in "$uninst_key" "$settings_key"; do
    ! wine reg query "$key" > /dev/null 2>&1 || die "the uninstall left the registry key $key"
done
[ -z "$(find "${local_appdata%/}/Programs" -mindepth 1 -print -quit 2> /dev/null)" ] \
    || die "the uninstall left files in ${local_appdata%/}/Programs"
log "   nothing left: install folder, shortcut and registry keys are gone"

part_end
wineserver -k 2> /dev/null || true
rm -rf "$WINEPREFIX"
log "done: $installer"
printf '%s\n' "${timings[@]}" | sed 's/^/    /'
