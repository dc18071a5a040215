# Runs lupdate on a copy of the .ts and reports unfinished or vanished entries.
configure_file(${TS} ${WORK}/check_ja.ts COPYONLY)
execute_process(COMMAND ${LUPDATE} -locations none @${SOURCES} -ts ${WORK}/check_ja.ts
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
file(READ ${WORK}/check_ja.ts ts)
string(REGEX MATCHALL "<translation type=\"(unfinished|vanished|obsolete)\"" bad "${ts}")
list(LENGTH bad count)
if(count GREATER 0)
    # Name the strings: each entry is "<source>...</source>" followed by its translation.
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation type=\"(unfinished|vanished|obsolete)\"" named "${ts}")
    string(REPLACE ";" "\n" lines "${named}")
    message(FATAL_ERROR "${count} translation entries are unfinished or vanished "
                        "(run: ninja update_translations, then translations/tsfill.py):\n${lines}")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
message(STATUS "meshnat_ja.ts: all ${total} messages translated")
