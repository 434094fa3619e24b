# Finds libsodium, which checks the Ed25519 signatures of knowledge-base updates (core/kb/kbsignature.cpp).
#   find_package(Sodium 1.0.18 REQUIRED)  →  the imported target Sodium::sodium
#
# Linux: Debian's libsodium-dev (scripts/setup.sh), located through pkg-config, linked shared.
# Windows cross build: the static libsodium that scripts/windows/build-sodium.sh builds from Debian's source; its
# prefix is in CMAKE_PREFIX_PATH and CMAKE_FIND_ROOT_PATH (scripts/windows/build.sh). pkg-config is not asked
# there: it would answer with the Linux library. Linked statically (SODIUM_STATIC), so no DLL ships for it.
# MSVC: vcpkg's libsodium (x64-windows-static-md) in CMAKE_PREFIX_PATH is found the same way.

if(NOT CMAKE_CROSSCOMPILING)
    find_package(PkgConfig QUIET)
    if(PkgConfig_FOUND)
        pkg_check_modules(PC_SODIUM QUIET libsodium)
    endif()
endif()

find_path(SODIUM_INCLUDE_DIR sodium.h HINTS ${PC_SODIUM_INCLUDE_DIRS})
if(WIN32)
    find_library(SODIUM_LIBRARY NAMES libsodium.a sodium libsodium)
else()
    find_library(SODIUM_LIBRARY NAMES sodium HINTS ${PC_SODIUM_LIBRARY_DIRS})
endif()

if(SODIUM_INCLUDE_DIR AND EXISTS "${SODIUM_INCLUDE_DIR}/sodium/version.h")
    file(STRINGS "${SODIUM_INCLUDE_DIR}/sodium/version.h" _sodium_version REGEX "#define SODIUM_VERSION_STRING ")
    string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" Sodium_VERSION "${_sodium_version}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Sodium
    REQUIRED_VARS SODIUM_LIBRARY SODIUM_INCLUDE_DIR
    VERSION_VAR Sodium_VERSION
    REASON_FAILURE_MESSAGE "install libsodium-dev (scripts/setup.sh), or for the Windows cross build scripts/windows/build.sh builds it")

if(Sodium_FOUND AND NOT TARGET Sodium::sodium)
    add_library(Sodium::sodium UNKNOWN IMPORTED)
    set_target_properties(Sodium::sodium PROPERTIES
        IMPORTED_LOCATION "${SODIUM_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${SODIUM_INCLUDE_DIR}")
    if(WIN32)
        # A static archive on Windows: no dllimport in sodium.h; randombytes uses RtlGenRandom from advapi32.
        set_property(TARGET Sodium::sodium APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS SODIUM_STATIC)
        set_property(TARGET Sodium::sodium APPEND PROPERTY INTERFACE_LINK_LIBRARIES advapi32)
    endif()
endif()
mark_as_advanced(SODIUM_INCLUDE_DIR SODIUM_LIBRARY)
