# Fails when a string is translated any other way than tr() of a class: a Q_OBJECT class, or a
# struct with Q_DECLARE_TR_FUNCTIONS(DriftDeck::Context). lupdate files those under the context
# the code uses at run time; a wrapper function (`QString tr(const char *)`, `text()`) or a
# hand-typed QCoreApplication::translate("…") context was filed elsewhere or not at all, so its
# strings stayed English in every language. Run by ctest (label "style"):
#   cmake -DSOURCE_ROOT=<repo> -P checktr.cmake
cmake_minimum_required(VERSION 3.25)
set(files)
foreach(folder IN ITEMS app models views)
    file(GLOB_RECURSE found RELATIVE "${SOURCE_ROOT}" "${SOURCE_ROOT}/${folder}/*.cpp" "${SOURCE_ROOT}/${folder}/*.h")
    list(APPEND files ${found})
endforeach()
list(LENGTH files count)
if(count LESS 100)
    message(FATAL_ERROR "found only ${count} C++ files under ${SOURCE_ROOT}: wrong source root?")
endif()

set(findings)
foreach(file IN LISTS files)
    file(STRINGS "${SOURCE_ROOT}/${file}" lines REGEX "QCoreApplication::translate\\(|QString [a-zA-Z]+\\(const char \\*[a-z]+\\)$")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        string(REPLACE ";" "," line "${line}") # a CMake list separator
        list(APPEND findings "${file}: ${line}")
    endforeach()
endforeach()
if(findings)
    list(JOIN findings "\n  " text)
    message(FATAL_ERROR "strings translated outside a class's tr():\n  ${text}\n"
                        "Use tr() of the class that says them, or a struct with Q_DECLARE_TR_FUNCTIONS(DriftDeck::Context).")
endif()
message("${count} files: every translated string goes through a class's tr()")
