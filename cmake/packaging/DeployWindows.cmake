# Install-time step (install(CODE) in Packaging.cmake includes it): copies beside the installed .exe files every DLL
# they and the installed Qt plugins import, recursively, found in the given folders (Qt's bin, the compiler's
# runtime). A DLL found in none of them is taken to be part of Windows and only listed.
#
# Input variables:
#   TGS_DEPLOY_ROOT       the install root (the .exe files are there, the plugins in its subfolders)
#   TGS_DEPLOY_EXES       file names of the installed .exe files, relative to the root
#   TGS_DEPLOY_PLUGINS    paths of the installed plugins, relative to the root
#   TGS_DEPLOY_DIRS       where to look for the DLLs, in order
#   TGS_DEPLOY_TOOL       objdump (a cross build) or dumpbin (MSVC)
#   TGS_DEPLOY_TOOL_PATH  the tool itself
#   TGS_DEPLOY_WORK       a scratch folder in the build tree
#   TGS_DEPLOY_STRIP      strip (MinGW), used when the install strips (CMAKE_INSTALL_DO_STRIP)

# Qt 6.4's qt_generate_deploy_app_script does not handle a cross build, and windeployqt needs a Windows host;
# file(GET_RUNTIME_DEPENDENCIES) reads PE imports on any host.
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "${TGS_DEPLOY_TOOL}")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${TGS_DEPLOY_TOOL_PATH}")

set(_exes "${TGS_DEPLOY_EXES}")
list(TRANSFORM _exes PREPEND "${TGS_DEPLOY_ROOT}/")
set(_plugins "${TGS_DEPLOY_PLUGINS}")
list(TRANSFORM _plugins PREPEND "${TGS_DEPLOY_ROOT}/")

# CMake looks for the lower-cased DLL name (qt6core.dll), which on a case-sensitive file system misses Qt6Core.dll.
# There it searches folders of lower-case links instead, and each resolved link leads back to the real file.
set(_search_dirs "${TGS_DEPLOY_DIRS}")
if(NOT CMAKE_HOST_WIN32)
    set(_search_dirs "")
    set(_index 0)
    foreach(_dir IN LISTS TGS_DEPLOY_DIRS)
        set(_links "${TGS_DEPLOY_WORK}/lower-case-${_index}")
        math(EXPR _index "${_index} + 1")
        file(REMOVE_RECURSE "${_links}")
        file(MAKE_DIRECTORY "${_links}")
        file(GLOB _dlls LIST_DIRECTORIES false "${_dir}/*.dll" "${_dir}/*.DLL")
        foreach(_dll IN LISTS _dlls)
            get_filename_component(_name "${_dll}" NAME)
            string(TOLOWER "${_name}" _name)
            file(CREATE_LINK "${_dll}" "${_links}/${_name}" SYMBOLIC)
        endforeach()
        list(APPEND _search_dirs "${_links}")
    endforeach()
endif()

file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${_exes}
    MODULES ${_plugins}
    DIRECTORIES ${_search_dirs}
    RESOLVED_DEPENDENCIES_VAR _resolved
    UNRESOLVED_DEPENDENCIES_VAR _unresolved
    CONFLICTING_DEPENDENCIES_PREFIX _conflicting
    # The API sets are names, not files; Windows resolves them itself.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    # On a Windows host, system32 resolves: those are Windows' own (the MSVC runtime is installed separately).
    POST_EXCLUDE_REGEXES "[/\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\]" "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\][^/\\\\]+$")

foreach(_name IN LISTS _conflicting_FILENAMES)
    message(WARNING "deploy: ${_name} is in more than one folder: ${_conflicting_${_name}}; "
        "took the first of ${TGS_DEPLOY_DIRS}")
endforeach()

# A DLL that is not in Windows must have been found: a Qt, compiler-runtime or third-party name here means a folder is
# missing from TGS_DEPLOY_DIRS, and the installed program would not start.
set(_missing "")
foreach(_name IN LISTS _unresolved)
    if(_name MATCHES "^(qt[0-9]|lib|icu|vcruntime|msvcp|zlib|ssl|crypto)")
        list(APPEND _missing "${_name}")
    endif()
endforeach()
if(_missing)
    message(FATAL_ERROR "deploy: not found in ${TGS_DEPLOY_DIRS}: ${_missing}")
endif()

set(_to_strip ${_plugins})
foreach(_dll IN LISTS _resolved)
    file(REAL_PATH "${_dll}" _dll)
    get_filename_component(_dir "${_dll}" DIRECTORY)
    if(_dir STREQUAL TGS_DEPLOY_ROOT)
        continue() # already beside the program
    endif()
    file(INSTALL DESTINATION "${TGS_DEPLOY_ROOT}" TYPE SHARED_LIBRARY FILES "${_dll}")
    get_filename_component(_name "${_dll}" NAME)
    list(APPEND _to_strip "${TGS_DEPLOY_ROOT}/${_name}")
endforeach()

# `cmake --install --strip` and CPack (CPACK_STRIP_FILES) strip only what install(TARGETS) installs; the copied DLLs
# and plugins too, or mingw's libstdc++-6.dll alone ships 23 MB of debug information.
if(CMAKE_INSTALL_DO_STRIP AND TGS_DEPLOY_STRIP)
    foreach(_file IN LISTS _to_strip)
        execute_process(COMMAND "${TGS_DEPLOY_STRIP}" --strip-unneeded "${_file}" RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "deploy: ${TGS_DEPLOY_STRIP} failed on ${_file}")
        endif()
    endforeach()
endif()
list(SORT _unresolved)
string(REPLACE ";" " " _system "${_unresolved}")
message(STATUS "deploy: provided by Windows: ${_system}")
