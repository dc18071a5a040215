# Runs lupdate on a copy of the .ts and reports unfinished or vanished entries.
# LUPDATE_OPTIONS: extra lupdate options (-pluralonly for meshnat_en.ts).
get_filename_component(name ${TS} NAME_WE)
set(check ${WORK}/check_${name}.ts)
configure_file(${TS} ${check} COPYONLY)
separate_arguments(extra UNIX_COMMAND "${LUPDATE_OPTIONS}")
execute_process(COMMAND ${LUPDATE} -locations none ${extra} @${SOURCES} -ts ${check}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
file(READ ${check} ts)
string(REGEX MATCHALL "<translation type=\"(unfinished|vanished|obsolete)\"" bad "${ts}")
list(LENGTH bad count)
if(count GREATER 0)
    # Name the strings: each entry is "<source>...</source>" followed by its translation.
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation type=\"(unfinished|vanished|obsolete)\"" named "${ts}")
    string(REPLACE ";" "\n" lines "${named}")
    message(FATAL_ERROR "${count} translation entries are unfinished or vanished "
                        "in ${name}.ts (run: ninja update_translations, then translations/tsfill.py "
                        "or, for meshnat_en.ts, translations/tsplural_en.py):\n${lines}")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
message(STATUS "${name}.ts: all ${total} messages translated")
