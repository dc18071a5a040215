# Fails when product code names a schema field with a string literal instead
# of its compile-checked Field:: identifier (issue #11: "a misspelt field must
# not compile"). The field list is read from model/Field.h, the one place that
# declares them; comments are skipped. Files that speak another format whose
# keys happen to share a field's name are listed with their reason.
#   cmake -DSOURCE_DIR=<repo> -P CheckFieldLiterals.cmake
cmake_minimum_required(VERSION 3.19)
file(READ "${SOURCE_DIR}/model/Field.h" field_header)
string(REGEX MATCHALL "X\\(([A-Za-z]+)\\)" field_macros "${field_header}")
set(fields "")
foreach(m ${field_macros})
    string(REGEX REPLACE "X\\(([A-Za-z]+)\\)" "\\1" f "${m}")
    list(APPEND fields "${f}")
endforeach()
list(LENGTH fields count)
if(count LESS 40)
    message(FATAL_ERROR "read only ${count} fields from model/Field.h; the check would be blind")
endif()
list(JOIN fields "|" alternatives)

set(other_formats
    model/ProjectSchema.cpp             # the schema itself
    model/Field.h                       # the field list itself
    model/Catalogue.cpp                 # catalogue.json keys (name, type, protocol)
    model/import/CiscoConfigReader.cpp  # IOS keywords (interface, address, end, pool)
    model/import/ConntrackReader.cpp    # conntrack -L keys (type)
    model/import/ShowNatTranslationsReader.cpp # TextFSM-compatible column names (vrf)
    model/sim/Bookmark.cpp              # keys inside one bookmark record (at)
    app/cli/ParseTranslationsCommand.cpp # JSON columns of parse-translations (protocol, vrf)
    app/probe/main.cpp                  # meshnat-probe options (duration)
    model/probe/ProbeResult.cpp         # meshnat-probe result JSON keys (localPort)
    model/import/vendors/AsaXlateReader.cpp     # row details keyed as the CLI prints them (type)
    model/import/vendors/FortiSessionReader.cpp # FortiOS session keys (duration, timeout)
    model/import/vendors/SrxConfigReader.cpp    # Junos keywords (address, interface, pool)
    model/import/vendors/YamahaConfigReader.cpp # RTX keywords (address, type, static)
    model/import/vendors/AsaConfigReader.cpp    # ASA keywords (interface, name, description)
    model/import/vendors/FortiConfigReader.cpp  # FortiOS keywords (set interface, name, type)
    model/import/vendors/SrxNatSourceReader.cpp # Junos show output labels (Address, Port)
)
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/views/*.cpp" "${SOURCE_DIR}/views/*.h"
    "${SOURCE_DIR}/model/*.cpp" "${SOURCE_DIR}/model/*.h")
set(problems "")
foreach(source ${sources})
    if(source IN_LIST other_formats)
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        string(REGEX REPLACE "//.*$" "" code "${line}")
        if(code MATCHES "\"(${alternatives})\"")
            string(APPEND problems "${source}:${number}: ${line}\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "schema fields named by string literals (use Field::...):\n${problems}")
endif()
message(STATUS "no schema field named by a string literal outside the schema (${count} fields)")
