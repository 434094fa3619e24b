# ctest: tests/fixtures/kb/derived.json is what scripts/kb/derive_kb.py makes of the upstream
# excerpts beside it, so the consistency test never checks the knowledge base against a stale table.
execute_process(COMMAND "${PYTHON}" "${SOURCE_DIR}/scripts/kb/derive_kb.py" "${SOURCE_DIR}/tests/fixtures/kb/upstream"
                OUTPUT_VARIABLE derived RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "scripts/kb/derive_kb.py failed (${status})")
endif()
file(READ "${SOURCE_DIR}/tests/fixtures/kb/derived.json" checked_in)
if(NOT derived STREQUAL checked_in)
    message(FATAL_ERROR "tests/fixtures/kb/derived.json is stale: run "
                        "python3 scripts/kb/derive_kb.py > tests/fixtures/kb/derived.json")
endif()
message(STATUS "tests/fixtures/kb/derived.json matches scripts/kb/derive_kb.py")
