# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that a translation catalogue is complete and up to date with the sources: lupdate, run on a copy with
# the build's options, must leave the copy unchanged, and no message may be unfinished.
#
# cmake -DLUPDATE=<lupdate> -DCATALOGUE=<file.ts> -DSOURCES_LIST=<file with one source per line>
#       -DINCLUDE_DIRS=<dirs> -DOPTIONS=<lupdate options> -DWORK_DIR=<scratch dir> -P CheckCatalogue.cmake
foreach(variable LUPDATE CATALOGUE SOURCES_LIST WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "CheckCatalogue.cmake: ${variable} is not set")
    endif()
endforeach()

get_filename_component(name ${CATALOGUE} NAME)
set(copy ${WORK_DIR}/${name})
file(MAKE_DIRECTORY ${WORK_DIR})
configure_file(${CATALOGUE} ${copy} COPYONLY)

set(include_options "")
foreach(dir IN LISTS INCLUDE_DIRS)
    list(APPEND include_options -I${dir})
endforeach()
execute_process(
    COMMAND ${LUPDATE} -silent ${OPTIONS} ${include_options} @${SOURCES_LIST} -ts ${copy}
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${errors}")
endif()

file(READ ${CATALOGUE} committed)
file(READ ${copy} updated)
if(NOT committed STREQUAL updated)
    execute_process(COMMAND diff -u ${CATALOGUE} ${copy})
    message(FATAL_ERROR "${name} is out of date with the sources: build the target update_translations, fill in "
                        "the new forms and commit the file (the differences are above)")
endif()

string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${committed}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${name} has ${count} unfinished message(s) (type=\"unfinished\"): fill them in")
endif()
message(STATUS "${name} is complete and up to date")
