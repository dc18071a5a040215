# Writes a gzipped man page from a built program's own --help (help2man), so
# the page cannot drift from the help. For meshnat-cli (-DCOMMANDS=ON) each
# command's "meshnat-cli COMMAND --help" becomes a subsection of COMMANDS.
#   cmake -DHELP2MAN=... -DPROGRAM=bin -DNAME="what it is" -DVERSION=x.y.z
#         -DDATE=YYYY-MM-DD -DINCLUDE=static.h2m -DOUT=page.1.gz [-DCOMMANDS=ON]
#         -P ManPage.cmake
foreach(var HELP2MAN PROGRAM NAME VERSION DATE INCLUDE OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake: ${var} not set")
    endif()
endforeach()

# English, headless, reproducible (the page's date is the release date).
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANG} C.UTF-8)
unset(ENV{LANGUAGE})
set(ENV{QT_QPA_PLATFORM} offscreen)
get_filename_component(work "${OUT}" DIRECTORY)
get_filename_component(program_name "${PROGRAM}" NAME)
set(ENV{XDG_RUNTIME_DIR} "${work}/runtime")
file(MAKE_DIRECTORY "${work}/runtime")
file(CHMOD "${work}/runtime" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
execute_process(COMMAND date -u -d "${DATE}" +%s OUTPUT_VARIABLE epoch
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(ENV{SOURCE_DATE_EPOCH} "${epoch}")

function(run_help out)
    execute_process(COMMAND "${PROGRAM}" ${ARGN} OUTPUT_VARIABLE text ERROR_VARIABLE err
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${program_name} ${ARGN} failed (${rc}): ${err}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The program must report the version the build was configured with.
run_help(version_text --version)
if(NOT version_text MATCHES " ${VERSION}( |\n|$)")
    message(FATAL_ERROR "${program_name} --version says '${version_text}', expected ${VERSION}")
endif()

file(READ "${INCLUDE}" include_text)
if(COMMANDS)
    run_help(usage --help)
    string(REGEX MATCH "\nCommands:\n(  [^\n]*\n)+" listing "${usage}")
    string(REGEX MATCHALL "\n  [a-z-]+" names "${listing}")
    if(NOT names)
        message(FATAL_ERROR "no commands found in '${program_name} --help'")
    endif()
    string(APPEND include_text "\n[COMMANDS]\n")
    foreach(name IN LISTS names)
        string(STRIP "${name}" name)
        run_help(help ${name} --help)
        # Literal text in roff: escape backslashes and lines starting with . or '.
        string(REPLACE "\\" "\\e" help "${help}")
        string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
        string(REPLACE "${PROGRAM}" "${program_name}" help "${help}")
        string(APPEND include_text ".SS ${name}\n.nf\n${help}.fi\n")
    endforeach()
endif()
file(WRITE "${work}/${program_name}.h2m" "${include_text}")

string(REGEX REPLACE "\\.gz$" "" page "${OUT}")
execute_process(
    COMMAND "${HELP2MAN}" --no-info --section=1 --name=${NAME}
            --source=MeshNAT\ ${VERSION} --manual=User\ Commands
            --version-string=${program_name}\ ${VERSION}
            --include=${work}/${program_name}.h2m --output=${page} "${PROGRAM}"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man ${program_name} failed (${rc}): ${err}")
endif()
execute_process(COMMAND gzip -9nf "${page}" COMMAND_ERROR_IS_FATAL ANY)
