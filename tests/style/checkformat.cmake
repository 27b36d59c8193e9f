# Fails when a C++ file differs from .clang-format, naming the files and the command that fixes them.
# Run by ctest (label "style"): cmake -DCLANG_FORMAT=<path> -DSOURCE_ROOT=<repo> -P checkformat.cmake
if(NOT CLANG_FORMAT)
    # A missing formatter must not turn CI green: outside CI the check is skipped (exit 77 = skip).
    if(DEFINED ENV{CI})
        message(FATAL_ERROR "clang-format is not installed, and CI is set: the format check cannot run")
    endif()
    message("clang-format is not installed: format check skipped")
    cmake_language(EXIT 77)
endif()

set(files)
foreach(folder IN ITEMS app models views tests)
    file(GLOB_RECURSE found RELATIVE "${SOURCE_ROOT}" "${SOURCE_ROOT}/${folder}/*.cpp" "${SOURCE_ROOT}/${folder}/*.h")
    list(APPEND files ${found})
endforeach()
# Fuzz corpora are inputs, not code.
list(FILTER files EXCLUDE REGEX "^tests/fuzz/corpus/")
list(LENGTH files count)
if(count LESS 100)
    message(FATAL_ERROR "found only ${count} C++ files under ${SOURCE_ROOT}: wrong source root?")
endif()

# One run for all files; each finding names its file as "<file>:<line>:<column>: error: …".
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
                WORKING_DIRECTORY "${SOURCE_ROOT}" RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE findings)
set(unformatted)
string(REGEX MATCHALL "[^\n]+:[0-9]+:[0-9]+: error:" lines "${findings}")
foreach(line IN LISTS lines)
    string(REGEX REPLACE ":[0-9]+:[0-9]+: error:$" "" file "${line}")
    list(APPEND unformatted "${file}")
endforeach()
list(REMOVE_DUPLICATES unformatted)
if(NOT result EQUAL 0 AND NOT unformatted)
    message(FATAL_ERROR "clang-format failed (exit ${result}):\n${findings}")
endif()

if(unformatted)
    list(LENGTH unformatted bad)
    list(JOIN unformatted "\n  " names)
    message(FATAL_ERROR "${bad} of ${count} files differ from .clang-format:\n  ${names}\n"
                        "Fix with: packaging/devenv exec clang-format -i <files>")
endif()
message("${count} files follow .clang-format")
