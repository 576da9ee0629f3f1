# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The rooms of app/core, each its own static library. A room links only rooms below it in LUE_ROOMS, and its headers
# are reachable as <room/header.h> only through a per-room include folder that holds that one room, so a wrong-way
# include does not compile and a wrong-way link does not configure.
set(LUE_ROOMS common archive usage history report vault cluster demo application)

# lue_add_room(<room> [ROOMS <rooms below>] [PUBLIC <libs>] [PRIVATE <libs>]): the target lue_<room> for the
# sources the room's CMakeLists.txt adds with target_sources().
function(lue_add_room room)
    cmake_parse_arguments(ARG "" "" "ROOMS;PUBLIC;PRIVATE" ${ARGN})
    list(FIND LUE_ROOMS ${room} level)
    if(level EQUAL -1)
        message(FATAL_ERROR "Room '${room}' is not listed in LUE_ROOMS (cmake/Rooms.cmake).")
    endif()
    set(room_targets "")
    foreach(below IN LISTS ARG_ROOMS)
        lue_check_room_link(${room} ${below})
        list(APPEND room_targets lue_${below})
    endforeach()

    # <build>/rooms/<room>/<room> points at the room's sources: the one folder a dependant's include path gains.
    set(include_root ${PROJECT_BINARY_DIR}/rooms/${room})
    file(MAKE_DIRECTORY ${include_root})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${include_root}/${room} SYMBOLIC)

    add_library(lue_${room} STATIC)
    target_include_directories(lue_${room} PUBLIC ${include_root})
    target_link_libraries(lue_${room} PUBLIC ${room_targets} ${ARG_PUBLIC} lue_compile_options PRIVATE ${ARG_PRIVATE})
    # Qt and standard headers only (cmake/PrecompiledHeaders.cmake); the room's own headers are never precompiled.
    lue_precompile_headers(lue_${room})
endfunction()

# Fails the configuration when `room` would link `other`, which is not below it.
function(lue_check_room_link room other)
    list(FIND LUE_ROOMS ${room} level)
    list(FIND LUE_ROOMS ${other} other_level)
    if(other_level EQUAL -1 OR NOT other_level LESS level)
        message(FATAL_ERROR "Room '${room}' may not link room '${other}': only rooms below it in LUE_ROOMS "
                            "(${LUE_ROOMS}) are allowed.")
    endif()
endfunction()

# After every room exists: checks each room's link libraries once more, so a target_link_libraries() added to a room
# outside lue_add_room() cannot link upward either.
function(lue_check_rooms)
    foreach(room IN LISTS LUE_ROOMS)
        if(NOT TARGET lue_${room})
            continue()
        endif()
        get_target_property(links lue_${room} LINK_LIBRARIES)
        get_target_property(interface_links lue_${room} INTERFACE_LINK_LIBRARIES)
        foreach(link IN LISTS links interface_links)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            # Only room libraries count (not lue_compile_options, nor the resource objects Qt adds as lue_<room>_…).
            if(link MATCHES "^lue_(.+)$" AND CMAKE_MATCH_1 IN_LIST LUE_ROOMS)
                lue_check_room_link(${room} ${CMAKE_MATCH_1})
            endif()
        endforeach()
    endforeach()
endfunction()
