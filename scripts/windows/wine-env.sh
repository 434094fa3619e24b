# Sourced by build.sh (--smoke) and test.sh: the Wine environment that runs programs from a cross build folder.
#   tgs_wine_dev_env QT_PREFIX BUILD_DIR
# The Qt and mingw runtime DLLs come through WINEPATH (an installed program carries its own: package.sh sets no
# WINEPATH on purpose); Wine drops every QT_* variable, so Qt's are passed as WINEQT_*; the prefix is private to
# the build folder.
tgs_wine_dev_env() {
    local qt=$1 build=$2 triplet=x86_64-w64-mingw32 gcc_dir
    gcc_dir=$(dirname "$($triplet-g++-posix -print-libgcc-file-name)")
    _tgs_winpath() { printf 'Z:%s' "${1//\//\\}"; }
    export WINEPREFIX=${WINEPREFIX:-$build/wineprefix}
    export WINEDEBUG=${WINEDEBUG:--all}
    export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
    export WINEPATH="$(_tgs_winpath "$qt/bin");$(_tgs_winpath "$gcc_dir");$(_tgs_winpath "/usr/$triplet/lib")"
    export WINEQT_PLUGIN_PATH="$(_tgs_winpath "$qt/plugins")"
}
