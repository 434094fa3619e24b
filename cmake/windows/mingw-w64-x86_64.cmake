# CMake toolchain file: cross-compile for 64-bit Windows with Debian's mingw-w64 (posix threads).
#   cmake -DCMAKE_TOOLCHAIN_FILE=cmake/windows/mingw-w64-x86_64.cmake ...
# Used both to build Qt for mingw (scripts/windows/build-qt.sh hashes this file into its cache key,
# so any edit here rebuilds Qt) and to cross-build the project (scripts/windows/build.sh).
# Packages: g++-mingw-w64-x86-64-posix (the -posix compilers: std::thread, std::mutex), binutils-mingw-w64-x86-64
# (windres), wine (the emulator that runs the built programs and tests).

set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(TGS_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${TGS_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${TGS_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${TGS_MINGW_TRIPLET}-windres)

# Libraries, headers and CMake packages come only from the mingw sysroot and from the prefixes the caller adds
# to CMAKE_FIND_ROOT_PATH (the Qt-for-mingw cache, the private nlohmann_json copy); programs come from the host.
# Never let /usr/include or /usr/lib leak into the Windows build: they hold glibc and Linux Qt.
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${TGS_MINGW_TRIPLET})
list(REMOVE_DUPLICATES CMAKE_FIND_ROOT_PATH)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Built programs (tests, helpers) run under Wine. Call `wine`, never `wine64` (Debian 12 keeps wine64 in
# /usr/lib/wine). Wine drops every QT_* variable: pass them as WINEQT_QPA_PLATFORM=offscreen and so on.
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
