# Linking ~150 test executables against the static libraries is most of a build's time on two
# cores; mold links them several times faster than GNU ld. Used when installed, never required.
find_program(DRIFTDECK_MOLD mold)
if(DRIFTDECK_MOLD AND NOT CMAKE_LINKER_TYPE AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
        set(CMAKE_LINKER_TYPE MOLD)
    else()
        add_link_options(-fuse-ld=mold)
    endif()
endif()

# One INTERFACE target carries the language standard, Qt's strictness macros and the warnings,
# so every library, the app and every test are built the same way.
add_library(driftdeck_settings INTERFACE)
add_library(DriftDeck::Settings ALIAS driftdeck_settings)

target_compile_features(driftdeck_settings INTERFACE cxx_std_20)
target_compile_definitions(driftdeck_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060800)

option(DRIFTDECK_WERROR "Treat compiler warnings as errors" OFF)
option(DRIFTDECK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(DRIFTDECK_FUZZ "Also build the libFuzzer targets; every object carries coverage feedback (clang, with DRIFTDECK_SANITIZE)" OFF)
option(DRIFTDECK_CLAZY "Run clazy's checks while compiling app/, models/ and views/ (clang; a finding is a warning)" OFF)
option(DRIFTDECK_TESTS "Build the test programs (tests/unit, gui, integration, fuzz, bench)" ON)
# The sanitizer pass never runs benchmarks (figures under ASan mean nothing), so it need not build them.
option(DRIFTDECK_BENCH "Build the benchmarks in tests/bench" ON)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(driftdeck_settings INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(driftdeck_settings INTERFACE -Wshadow=local) # clang has no such option
    endif()
    if(DRIFTDECK_WERROR)
        target_compile_options(driftdeck_settings INTERFACE -Werror)
    endif()
    if(DRIFTDECK_SANITIZE)
        target_compile_options(driftdeck_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(driftdeck_settings INTERFACE -fsanitize=address,undefined)
    endif()
    if(DRIFTDECK_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang" OR NOT DRIFTDECK_SANITIZE)
            message(FATAL_ERROR "DRIFTDECK_FUZZ needs clang (libFuzzer) and DRIFTDECK_SANITIZE; use the asan preset")
        endif()
        # Coverage feedback in our own code (Qt and yaml-cpp stay uninstrumented). The sanitizer
        # runtime answers the coverage callbacks in the test programs, which are no fuzzers.
        target_compile_options(driftdeck_settings INTERFACE -fsanitize=fuzzer-no-link)
    endif()
endif()

# clazy (Qt-specific analysis: detaching loops, QStringBuilder traps, statics…) as a compiler
# plugin: the sanitizer build analyses app/, models/ and views/ while it compiles them, instead
# of a separate parse of every file. Its findings are warnings, so -Werror fails the build on
# one. The checks are clazy's levels 0 and 1 without qstring-ref (a Qt 5 advice). Targets opt in
# by linking DriftDeck::Analysis; tests do not.
add_library(driftdeck_analysis INTERFACE)
add_library(DriftDeck::Analysis ALIAS driftdeck_analysis)
if(DRIFTDECK_CLAZY)
    find_file(DRIFTDECK_CLAZY_PLUGIN ClazyPlugin.so PATH_SUFFIXES ${CMAKE_LIBRARY_ARCHITECTURE} lib64 lib
              PATHS /usr/lib /usr/local/lib)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang" OR NOT DRIFTDECK_CLAZY_PLUGIN)
        # A missing analyser must not turn the build green: say so instead of skipping it.
        message(FATAL_ERROR "DRIFTDECK_CLAZY needs clang and clazy's ClazyPlugin.so (Debian: clazy); "
                            "configure with -DDRIFTDECK_CLAZY=OFF to build without the analysis")
    endif()
    target_compile_options(driftdeck_analysis INTERFACE
        "SHELL:-Xclang -load -Xclang ${DRIFTDECK_CLAZY_PLUGIN}" "SHELL:-Xclang -add-plugin -Xclang clazy"
        "SHELL:-Xclang -plugin-arg-clazy -Xclang level0,level1,no-qstring-ref")
endif()
