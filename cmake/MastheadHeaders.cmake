# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# masthead_public_headers(TARGET): targets that link TARGET include its headers as
# "<folder>/<room>/<file>.h" (for example "core/site/site.h"), and see nothing else of the source
# tree. The folder's name is made visible through a link in the build tree, so linking core does not
# make editor/, preview/ or app/ includable (the arrows of docs/architecture.md hold at compile time).

function(masthead_public_headers target)
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(dir "${CMAKE_CURRENT_BINARY_DIR}/include")
    file(MAKE_DIRECTORY "${dir}")
    if(NOT EXISTS "${dir}/${folder}")
        file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${dir}/${folder}" SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC "${dir}")
endfunction()
