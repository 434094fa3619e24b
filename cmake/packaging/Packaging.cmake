# Install rules and CPack for TorchGPU Setup; the top-level CMakeLists.txt includes this file last, after every target.
#   Windows: everything in the install root: the .exe files, the DLLs they import (found by DeployWindows.cmake),
#            Qt's plugins in their subfolders, Qt's own translations in translations/. CPack: a per-user NSIS
#            installer (NSIS.template.in here).
#   Linux:   bin/torchgpu-setup, a .desktop file and the icon under share/. CPack: DEB (dependencies from
#            dpkg-shlibdeps) and TGZ.
#
#   cmake --install BUILD --prefix DIR     the layout above in DIR
#   cpack --config BUILD/CPackConfig.cmake the packages (scripts/windows/package.sh, scripts/package-linux.sh)
include_guard(GLOBAL)
include(GNUInstallDirs)
include("${CMAKE_CURRENT_LIST_DIR}/WindowsResources.cmake") # TGS_VENDOR

set(_tgs_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_tgs_resources_dir "${PROJECT_SOURCE_DIR}/resources")

set(_tgs_programs torchgpu-setup)
if(TARGET torchgpu-setup-cli)
    list(APPEND _tgs_programs torchgpu-setup-cli) # Windows only: the console twin of the GUI program
endif()

if(WIN32)
    set(_tgs_bindir .)
else()
    set(_tgs_bindir "${CMAKE_INSTALL_BINDIR}")
endif()
install(TARGETS ${_tgs_programs} RUNTIME DESTINATION "${_tgs_bindir}")

# Qt's translations of its own texts (QWizard's Back/Next, standard dialogs): app/language.cpp loads qtbase_<lang>
# from translations/ beside the program, then from Qt's own folder. Linux uses Qt's folder (qt6-translations-l10n).
set(TGS_QT_LANGUAGES zh_CN)

if(WIN32)
    # Plugins: the platform, the TLS backend (without it "No functional TLS backend" and no download works) and the
    # native style (Qt 6.7 renamed qwindowsvistastyle to qmodernwindowsstyle). Each is a target of Qt's CMake
    # packages, installed in the plugin folder Qt loads it from.
    set(_tgs_style_plugin Qt6::QWindowsVistaStylePlugin)
    if(TARGET Qt6::QModernWindowsStylePlugin)
        set(_tgs_style_plugin Qt6::QModernWindowsStylePlugin)
    endif()
    set(_tgs_plugins
        "platforms=Qt6::QWindowsIntegrationPlugin"
        "tls=Qt6::QSchannelBackendPlugin"
        "styles=${_tgs_style_plugin}")
    set(_tgs_plugin_files "")
    foreach(_entry IN LISTS _tgs_plugins)
        string(REGEX MATCH "^([^=]+)=(.+)$" _entry "${_entry}")
        set(_folder "${CMAKE_MATCH_1}")
        set(_plugin "${CMAKE_MATCH_2}")
        if(NOT TARGET ${_plugin})
            message(FATAL_ERROR "Packaging: Qt has no ${_plugin}; the installed program needs it")
        endif()
        install(FILES "$<TARGET_FILE:${_plugin}>" DESTINATION "${_folder}")
        list(APPEND _tgs_plugin_files "${_folder}/$<TARGET_FILE_NAME:${_plugin}>")
    endforeach()

    foreach(_lang IN LISTS TGS_QT_LANGUAGES)
        # Qt's binary packages have them; a cross build's Qt (only qtbase) does not, the host Qt's are the same files.
        find_file(TGS_QTBASE_QM_${_lang} "qtbase_${_lang}.qm"
            PATHS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}" "${QT_HOST_PATH}/share/qt6/translations"
                  "${QT_HOST_PATH}/translations"
            NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
        if(TGS_QTBASE_QM_${_lang})
            install(FILES "${TGS_QTBASE_QM_${_lang}}" DESTINATION translations)
        else()
            message(WARNING "Packaging: no qtbase_${_lang}.qm (Debian: qt6-translations-l10n); the installed "
                "program shows Qt's own buttons in English")
        endif()
    endforeach()

    # Where the imported DLLs are: Qt's bin folder, and for MinGW the folders the compiler finds its runtime in.
    get_target_property(_qt_core_dll Qt6::Core IMPORTED_LOCATION_RELEASE)
    if(NOT _qt_core_dll)
        get_target_property(_qt_core_dll Qt6::Core IMPORTED_LOCATION)
    endif()
    get_filename_component(_qt_bin "${_qt_core_dll}" DIRECTORY)
    set(_tgs_dll_dirs "${_qt_bin}")
    if(MINGW)
        foreach(_runtime libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
            execute_process(COMMAND "${CMAKE_CXX_COMPILER}" "-print-file-name=${_runtime}"
                OUTPUT_VARIABLE _path OUTPUT_STRIP_TRAILING_WHITESPACE)
            if(IS_ABSOLUTE "${_path}" AND EXISTS "${_path}")
                get_filename_component(_dir "${_path}" DIRECTORY)
                list(APPEND _tgs_dll_dirs "${_dir}")
            endif()
        endforeach()
        list(REMOVE_DUPLICATES _tgs_dll_dirs)
        set(_tool objdump)
        set(_tool_path "${CMAKE_OBJDUMP}")
        set(_strip "${CMAKE_STRIP}")
    else()
        set(_tool dumpbin)
        set(_strip "") # MSVC keeps debug information in .pdb files, not in the DLLs
        get_filename_component(_linker_dir "${CMAKE_LINKER}" DIRECTORY)
        find_program(TGS_DUMPBIN dumpbin HINTS "${_linker_dir}" REQUIRED)
        set(_tool_path "${TGS_DUMPBIN}")
        # The MSVC runtime (vcruntime140.dll, msvcp140.dll) beside the program: a fresh Windows may not have it.
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION .)
        include(InstallRequiredSystemLibraries)
    endif()

    set(_tgs_exe_names "")
    foreach(_program IN LISTS _tgs_programs)
        list(APPEND _tgs_exe_names "$<TARGET_FILE_NAME:${_program}>")
    endforeach()
    install(CODE "
        set(TGS_DEPLOY_ROOT \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
        set(TGS_DEPLOY_EXES \"${_tgs_exe_names}\")
        set(TGS_DEPLOY_PLUGINS \"${_tgs_plugin_files}\")
        set(TGS_DEPLOY_DIRS \"${_tgs_dll_dirs}\")
        set(TGS_DEPLOY_TOOL \"${_tool}\")
        set(TGS_DEPLOY_TOOL_PATH \"${_tool_path}\")
        set(TGS_DEPLOY_WORK \"${CMAKE_BINARY_DIR}/tgs-deploy\")
        set(TGS_DEPLOY_STRIP \"${_strip}\")
        include(\"${_tgs_packaging_dir}/DeployWindows.cmake\")")
else()
    install(FILES "${_tgs_resources_dir}/linux/torchgpu-setup.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${_tgs_resources_dir}/linux/torchgpu-setup.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
endif()

# --- CPack ---------------------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME torchgpu-setup)
set(CPACK_PACKAGE_VENDOR "${TGS_VENDOR}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Installs a GPU build of PyTorch that matches this computer")
set(CPACK_PACKAGE_DESCRIPTION "TorchGPU Setup is a wizard that detects the NVIDIA driver, GPU and Python of this \
computer, recommends the PyTorch build that fits them, and installs it into a new environment.")
set(TGS_PACKAGE_CONTACT "TorchGPU Setup maintainers <torchgpu-setup@example.invalid>" CACHE STRING
    "The maintainer named in the .deb and the installer")
set(CPACK_PACKAGE_CONTACT "${TGS_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "TorchGPU Setup")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    # NSIS.template.in here replaces CPack's (all users, admin, ProgramData, HKLM): per user, no elevation.
    set(CPACK_MODULE_PATH "${_tgs_packaging_dir}")
    set(CPACK_PACKAGE_FILE_NAME "torchgpu-setup-${PROJECT_VERSION}-win64")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "TorchGPU Setup") # no version in it: an upgrade finds the old install
    set(CPACK_NSIS_PACKAGE_NAME "TorchGPU Setup")
    set(CPACK_NSIS_DISPLAY_NAME "TorchGPU Setup")
    set(CPACK_NSIS_UNINSTALL_NAME uninstall)
    set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_MUI_ICON "${_tgs_resources_dir}/windows/torchgpu-setup.ico")
    set(CPACK_NSIS_MUI_UNIICON "${_tgs_resources_dir}/windows/torchgpu-setup.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "torchgpu-setup.exe")
    # Read by NSIS.template.in only.
    set(CPACK_TGS_APP_EXE "torchgpu-setup.exe")
    set(CPACK_TGS_VERSION_QUAD "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
    # Debian's makensis has 64-bit stubs, and a 32-bit installer does nothing under a 64-bit-only Wine (rc 0, no
    # files). The official Windows build of NSIS ships only x86 stubs; on real Windows that installer is as good.
    if(CMAKE_HOST_WIN32)
        set(_nsis_target x86-unicode)
    else()
        set(_nsis_target amd64-unicode)
    endif()
    set(TGS_NSIS_TARGET "${_nsis_target}" CACHE STRING "makensis Target of the installer (amd64-unicode, x86-unicode)")
    set(CPACK_TGS_NSIS_TARGET "${TGS_NSIS_TARGET}")
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION science)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # libqt6widgets6 (>= 6.4...), libc6, libstdc++6 from the binary itself
    # Qt's translated buttons for the Chinese interface; the Wayland platform plugin is a separate package.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
endif()

include(CPack)
