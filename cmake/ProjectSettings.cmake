# One INTERFACE target carries the language standard, warnings and strict Qt defines;
# every target of the project links it.
add_library(tgs_settings INTERFACE)
target_compile_features(tgs_settings INTERFACE cxx_std_20)
set_target_properties(tgs_settings PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)

target_compile_definitions(tgs_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TGS_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(tgs_settings INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    target_compile_definitions(tgs_settings INTERFACE UNICODE _UNICODE NOMINMAX WIN32_LEAN_AND_MEAN)
else()
    target_compile_options(tgs_settings INTERFACE -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor)
endif()
