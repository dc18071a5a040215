# meshnat-cli links only the model library: if it needs QtGui or QtWidgets at
# run time, the model has grown a GUI dependency.
execute_process(COMMAND ldd ${BINARY} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd failed on ${BINARY}")
endif()
if(NOT libs MATCHES "libQt6Core")
    message(FATAL_ERROR "ldd output does not list QtCore; check is broken:\n${libs}")
endif()
if(libs MATCHES "libQt6(Gui|Widgets)")
    message(FATAL_ERROR "meshnat-cli (model only) links a GUI library:\n${libs}")
endif()
message(STATUS "meshnat-cli links QtCore only")
