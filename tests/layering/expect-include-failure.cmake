# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DBUILD_DIR=<dir> -DTARGET=<probe> -DHEADER=<room/header.h> -P expect-include-failure.cmake
# Passes when building the probe fails because HEADER cannot be found, and only then: a probe that builds, or fails
# for another reason, fails the test.
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
    message(FATAL_ERROR "${TARGET} compiled: <${HEADER}> is reachable from a room below it.")
endif()
string(FIND "${output}" "${HEADER}: No such file or directory" found)
if(found EQUAL -1)
    string(FIND "${output}" "'${HEADER}' file not found" found)
endif()
if(found EQUAL -1)
    message(FATAL_ERROR "${TARGET} failed, but not for want of <${HEADER}>:\n${output}")
endif()
message(STATUS "${TARGET}: <${HEADER}> is out of reach, as it should be.")
