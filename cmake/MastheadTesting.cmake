# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# masthead_add_test(NAME SOURCES <files> LIBRARIES <targets> [GUI] [WEBENGINE] [LABELS <labels>])
#
# Builds one QtTest executable and registers it with CTest. GUI tests need a display: tools/devenv
# runs ctest under xvfb-run, and GUI tests run one at a time: they share that display, and one
# test's window would take another's focus or cover the part of the screen it grabs. WEBENGINE
# tests also get the Chromium flags that root and a GPU-less machine need.

# masthead_use_test_support(TARGET): the shared test helpers (#include "support/sitefixture.h") and
# MASTHEAD_SOURCE_DIR, the checkout, which is everything a test may read: tests are hermetic.
function(masthead_use_test_support target)
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${target} PRIVATE MASTHEAD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()

function(masthead_add_test name)
    cmake_parse_arguments(ARG "GUI;WEBENGINE" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    target_link_libraries(${name} PRIVATE Qt6::Test masthead_compile_options ${ARG_LIBRARIES})
    masthead_use_test_support(${name})
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_FATAL_WARNINGS=0")
    set(labels ${ARG_LABELS})
    if(NOT ARG_GUI AND NOT ARG_WEBENGINE)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    else()
        list(APPEND labels gui)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK display)
    endif()
    if(ARG_WEBENGINE)
        list(APPEND env "QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox --disable-gpu")
        list(APPEND labels webengine)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${labels}" TIMEOUT 300)
endfunction()

# masthead_add_script_test(NAME COMMAND <cmd...> [LABELS <labels>]): a test that runs a command.
function(masthead_add_script_test name)
    cmake_parse_arguments(ARG "" "" "COMMAND;LABELS" ${ARGN})
    add_test(NAME ${name} COMMAND ${ARG_COMMAND})
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT 600)
endfunction()
