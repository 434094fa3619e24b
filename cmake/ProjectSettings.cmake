# One INTERFACE target carries the language standard, warnings and strict Qt defines;
# every target of the project links it. Tests link tgs_test_settings, which is the same but
# lets string literals convert to QString (QT_RESTRICTED_CAST_FROM_ASCII) so test tables stay readable.
add_library(tgs_base_settings INTERFACE)
target_compile_features(tgs_base_settings INTERFACE cxx_std_20)
target_compile_definitions(tgs_base_settings INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TGS_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(tgs_base_settings INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    target_compile_definitions(tgs_base_settings INTERFACE UNICODE _UNICODE NOMINMAX WIN32_LEAN_AND_MEAN)
else()
    target_compile_options(tgs_base_settings INTERFACE -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor)
endif()

add_library(tgs_settings INTERFACE)
target_link_libraries(tgs_settings INTERFACE tgs_base_settings)
target_compile_definitions(tgs_settings INTERFACE QT_NO_CAST_FROM_ASCII)

add_library(tgs_test_settings INTERFACE)
target_link_libraries(tgs_test_settings INTERFACE tgs_base_settings)
target_compile_definitions(tgs_test_settings INTERFACE QT_RESTRICTED_CAST_FROM_ASCII)
