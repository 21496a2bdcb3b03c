# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DMASTHEAD=path/to/masthead -DOUTPUT=masthead.1 -P manpage.cmake
# Writes the man page as "masthead --man" prints it: in English, whatever the builder's language.

set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
execute_process(COMMAND ${MASTHEAD} --man
    OUTPUT_FILE ${OUTPUT}.new
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    file(REMOVE ${OUTPUT}.new)
    message(FATAL_ERROR "${MASTHEAD} --man failed: ${status}")
endif()
file(RENAME ${OUTPUT}.new ${OUTPUT})
