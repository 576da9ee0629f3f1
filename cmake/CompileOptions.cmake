# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One INTERFACE target carries the warnings and the strict Qt defines; every target links it.
add_library(lue_compile_options INTERFACE)
target_compile_options(lue_compile_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wnull-dereference>
    $<$<AND:$<BOOL:${LUE_WARNINGS_AS_ERRORS}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)
target_compile_definitions(lue_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    LUE_VERSION="${PROJECT_VERSION}")

# LUE_SANITIZE: every target compiles and links with ASan and UBSan; undefined behaviour aborts like an ASan report
# does, so a test fails on the first finding instead of printing it and passing.
if(LUE_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "^(GNU|Clang)$")
        message(FATAL_ERROR "LUE_SANITIZE needs GCC or Clang, not ${CMAKE_CXX_COMPILER_ID}.")
    endif()
    set(lue_sanitize_flags -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(lue_compile_options INTERFACE ${lue_sanitize_flags})
    target_link_options(lue_compile_options INTERFACE ${lue_sanitize_flags})
endif()

# LUE_LINKER: the linker the compiler drives (-fuse-ld=), such as lld. Linking the many test programs with GNU ld
# is a large share of a build from scratch; lld does the same work several times faster. A linker that is missing
# leaves the compiler's default in place, with a warning, so the build still works where it is not installed.
set(LUE_LINKER "" CACHE STRING "Linker passed as -fuse-ld= (for example lld); empty for the compiler's default")
if(LUE_LINKER)
    include(CheckLinkerFlag)
    string(MAKE_C_IDENTIFIER "LUE_LINKER_${LUE_LINKER}_WORKS" lue_linker_check)
    check_linker_flag(CXX -fuse-ld=${LUE_LINKER} ${lue_linker_check})
    if(${lue_linker_check})
        target_link_options(lue_compile_options INTERFACE -fuse-ld=${LUE_LINKER})
    else()
        message(WARNING "The linker '${LUE_LINKER}' does not work with ${CMAKE_CXX_COMPILER}: "
                        "linking with the compiler's default (packaging/install-deps.sh installs lld).")
    endif()
endif()
