# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DPROGRAM=<Qt Test program> -DCASES=<functions> -P check-cases.cmake
# Fails when a test function of PROGRAM is in none of the runs CMake defines for it (it would never run), or when a
# run names a function that does not exist.
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND ${PROGRAM} -functions RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} -functions failed (${result}): ${errors}")
endif()
string(REGEX REPLACE "\\(\\)" "" output "${output}")
string(REGEX REPLACE "[\r\n]+" ";" functions "${output}")
set(missing "")
foreach(name IN LISTS functions)
    string(STRIP "${name}" name)
    if(NOT name STREQUAL "" AND NOT name IN_LIST CASES)
        list(APPEND missing ${name})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Test functions that no run executes: ${missing}")
endif()
foreach(case IN LISTS CASES)
    if(NOT case IN_LIST functions)
        message(FATAL_ERROR "A run names '${case}', which is not a test function of ${PROGRAM}.")
    endif()
endforeach()
message(STATUS "Every test function of ${PROGRAM} belongs to a run.")
