# The Windows resources of an executable: the icon, the version resource and the application manifest
# (resources/windows/). app/CMakeLists.txt includes this file and calls, for each .exe:
#
#   tgs_add_windows_resources(torchgpu-setup)
#
# Elsewhere the function does nothing, so the call needs no if(WIN32) around it.
include_guard(GLOBAL)

set(TGS_VENDOR "TorchGPU Setup" CACHE STRING "The publisher named in the version resource and the installer")
set(_tgs_windows_resources_dir "${CMAKE_CURRENT_LIST_DIR}/../../resources/windows")
cmake_path(NORMAL_PATH _tgs_windows_resources_dir)

function(tgs_add_windows_resources target)
    if(NOT WIN32)
        return()
    endif()
    # Windows versions have four parts; the project has three.
    set(TGS_VERSION_QUAD "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
    set(TGS_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
    set(TGS_RC_TARGET "${target}")
    set(TGS_RC_COMPANY "${TGS_VENDOR}")
    set(TGS_RC_COPYRIGHT "Copyright (C) the ${TGS_VENDOR} authors")
    get_target_property(_gui ${target} WIN32_EXECUTABLE)
    if(_gui)
        set(TGS_RC_DESCRIPTION "TorchGPU Setup: installs GPU PyTorch")
    else()
        set(TGS_RC_DESCRIPTION "TorchGPU Setup (command line)")
    endif()
    set(TGS_RC_ICON "${_tgs_windows_resources_dir}/torchgpu-setup.ico")
    set(_dir "${CMAKE_CURRENT_BINARY_DIR}/${target}_windows")
    set(TGS_RC_MANIFEST "${_dir}/${target}.manifest")
    configure_file("${_tgs_windows_resources_dir}/torchgpu-setup.manifest.in" "${TGS_RC_MANIFEST}" @ONLY)
    configure_file("${_tgs_windows_resources_dir}/torchgpu-setup.rc.in" "${_dir}/${target}.rc" @ONLY)
    target_sources(${target} PRIVATE "${_dir}/${target}.rc")
    if(MSVC)
        # The linker merges a .manifest source into the one it writes (/MANIFESTINPUT).
        target_sources(${target} PRIVATE "${TGS_RC_MANIFEST}")
    else()
        # windres: the .rc embeds it. GCC's own default-manifest.o (linked when it exists) gives way to it.
        set_property(SOURCE "${_dir}/${target}.rc" APPEND PROPERTY COMPILE_DEFINITIONS TGS_RC_EMBED_MANIFEST)
    endif()
    # The .rc names the icon and the manifest by path: rebuild it when they change.
    set_property(SOURCE "${_dir}/${target}.rc" APPEND PROPERTY OBJECT_DEPENDS
        "${TGS_RC_ICON}" "${TGS_RC_MANIFEST}")
endfunction()
