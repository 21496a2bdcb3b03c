# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes the installation in QT_DEPLOY_PREFIX self-contained: "cmake --install --component bundle"
# runs this after the normal installation into the same prefix. Qt's deployment API copies the
# libraries the program and its plugins need (file(GET_RUNTIME_DEPENDENCIES)), the Qt plugins and,
# through Qt WebEngine's deployment hook, QtWebEngineProcess, its resources and locales; this file
# adds what Qt does not know about (Sonnet's Hunspell plugin and dictionaries, NSS's modules, Qt's
# own translations for Masthead's languages) and points every binary at the bundle's lib/.
#
# Layout, relative to the prefix (as an installation in /usr, so the program finds its data the
# same way): bin/masthead + qt.conf, lib/, plugins/, libexec/QtWebEngineProcess + qt.conf,
# resources/, translations/, share/{masthead,hunspell,applications,icons,metainfo,man}.
#
# Left to the host: glibc, libstdc++ and the graphics stack (libGL, libEGL, libOpenGL, libGLX,
# libGLdispatch, libgbm, libdrm), which must match the host's kernel and GPU drivers; every
# desktop Linux has them.

set(QT_DEPLOY_LIB_DIR lib)
set(QT_DEPLOY_LIBEXEC_DIR libexec)
set(QT_DEPLOY_BIN_DIR bin)
set(prefix "${QT_DEPLOY_PREFIX}")
set(qt_prefix "${__QT_DEPLOY_QT_INSTALL_PREFIX}")
set(qt_plugins "${qt_prefix}/${__QT_DEPLOY_QT_INSTALL_PLUGINS}")
set(qt_translations "${qt_prefix}/${__QT_DEPLOY_QT_INSTALL_TRANSLATIONS}")

set(host_libraries
    ld-linux-x86-64 libc libm libdl libpthread librt libresolv libutil libanl libmvec libBrokenLocale
    libstdc\\+\\+ libgcc_s
    libGL libGLX libGLdispatch libEGL libOpenGL libgbm libdrm)
set(by_name "")
set(by_path "")
foreach(name IN LISTS host_libraries)
    list(APPEND by_name "^${name}\\.so")
    list(APPEND by_path "/${name}\\.so[^/]*$")
endforeach()

# The Qt plugins, named here: Qt's deployment API finds none by itself for Debian's Qt (its list
# of the target's plugins comes out empty), and naming them keeps out those that would drag in
# large libraries for nothing (PDF, MNG, EGLFS, VNC). X11 (and XWayland) and offscreen; Debian's
# Qt here has no Wayland plugin.
set(__QT_DEPLOY_PLUGINS "")
foreach(plugin
        platforms/libqxcb platforms/libqoffscreen platforms/libqminimal
        xcbglintegrations/libqxcb-glx-integration xcbglintegrations/libqxcb-egl-integration
        platforminputcontexts/libcomposeplatforminputcontextplugin
        platforminputcontexts/libibusplatforminputcontextplugin
        imageformats/libqgif imageformats/libqico imageformats/libqjpeg imageformats/libqtiff
        imageformats/libqwebp imageformats/libqsvg iconengines/libqsvgicon
        tls/libqopensslbackend tls/libqcertonlybackend
        networkinformation/libqglib networkinformation/libqnetworkmanager)
    if(EXISTS "${qt_plugins}/${plugin}.so")
        list(APPEND __QT_DEPLOY_PLUGINS "${qt_plugins}/${plugin}.so")
    endif()
endforeach()

# Sonnet finds its plugins in the Qt plugin path's kf6/sonnet (qt.conf points it at plugins/).
set(sonnet_plugin "${qt_plugins}/kf6/sonnet/sonnet_hunspell.so")
file(INSTALL "${sonnet_plugin}" DESTINATION "${prefix}/plugins/kf6/sonnet")

# NSS (Chromium's certificates and crypto) opens its modules at run time, from the folder that
# holds libnss3; they are no one's link dependency.
set(nss_modules "")
foreach(module libsoftokn3 libfreebl3 libfreeblpriv3 libnssckbi libnssdbm3)
    file(GLOB found "${qt_prefix}/lib/*-linux-gnu*/${module}.so")
    list(APPEND nss_modules ${found})
endforeach()
if(nss_modules)
    file(INSTALL ${nss_modules} DESTINATION "${prefix}/lib" FOLLOW_SYMLINK_CHAIN)
endif()

qt_deploy_runtime_dependencies(
    EXECUTABLE "${QT_DEPLOY_BIN_DIR}/masthead"
    ADDITIONAL_EXECUTABLES "${qt_prefix}/${__QT_DEPLOY_QT_INSTALL_LIBEXECS}/QtWebEngineProcess"
    ADDITIONAL_MODULES "${sonnet_plugin}" ${nss_modules}
    GENERATE_QT_CONF
    NO_TRANSLATIONS
    PRE_EXCLUDE_REGEXES ${by_name}
    POST_EXCLUDE_REGEXES ${by_path})

# QtWebEngineProcess reads its own qt.conf, beside it, to find the resources and locales.
qt_deploy_qt_conf("${prefix}/${QT_DEPLOY_LIBEXEC_DIR}/qt.conf" PREFIX "..")

# Chromium's own strings (context menus, error pages) in English and Masthead's languages only:
# the other 50 locales would add 30 MB.
set(keep en-US en-GB)
string(REPLACE "," ";" MASTHEAD_LANGUAGES "${MASTHEAD_LANGUAGES}") # packaging/CMakeLists.txt joins them with ","
foreach(language IN LISTS MASTHEAD_LANGUAGES)
    string(REPLACE "_" "-" language "${language}")
    list(APPEND keep "${language}")
endforeach()
file(GLOB locales "${prefix}/translations/qtwebengine_locales/*.pak")
foreach(locale IN LISTS locales)
    get_filename_component(name "${locale}" NAME_WE)
    string(REGEX REPLACE "-.*" "" base "${name}")
    if(NOT name IN_LIST keep AND NOT base IN_LIST keep)
        file(REMOVE "${locale}")
    endif()
endforeach()

# Qt's own strings (standard dialogs, buttons) in Masthead's languages.
foreach(language IN LISTS MASTHEAD_LANGUAGES)
    foreach(file qtbase_${language}.qm qtwebengine_${language}.qm)
        if(EXISTS "${qt_translations}/${file}")
            file(INSTALL "${qt_translations}/${file}" DESTINATION "${prefix}/translations")
        endif()
    endforeach()
endforeach()

# The Hunspell dictionaries of the build machine (tools/debian-packages.txt names them), aliases
# (de_AT -> de_DE) kept as links; Masthead adds share/ to XDG_DATA_DIRS, where Sonnet looks.
file(GLOB dictionaries LIST_DIRECTORIES false "/usr/share/hunspell/*.aff" "/usr/share/hunspell/*.dic")
file(INSTALL ${dictionaries} DESTINATION "${prefix}/share/hunspell")

# Every ELF file finds the bundle's libraries first: Debian's libraries carry no run path of their
# own, and a run path only serves the file that carries it.
if(NOT MASTHEAD_PATCHELF)
    message(FATAL_ERROR "patchelf is needed to make the bundle (apt install patchelf)")
endif()
file(GLOB_RECURSE binaries LIST_DIRECTORIES false
    "${prefix}/bin/*" "${prefix}/lib/*" "${prefix}/libexec/*" "${prefix}/plugins/*")
foreach(binary IN LISTS binaries)
    if(IS_SYMLINK "${binary}" OR binary MATCHES "\\.conf$")
        continue()
    endif()
    file(READ "${binary}" magic LIMIT 4 HEX)
    if(NOT magic STREQUAL "7f454c46")
        continue()
    endif()
    get_filename_component(directory "${binary}" DIRECTORY)
    file(RELATIVE_PATH to_lib "${directory}" "${prefix}/lib")
    if(to_lib STREQUAL "")
        set(runpath "\$ORIGIN")
    else()
        set(runpath "\$ORIGIN/${to_lib}")
    endif()
    execute_process(COMMAND "${MASTHEAD_PATCHELF}" --set-rpath "${runpath}" "${binary}" RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "patchelf failed on ${binary}")
    endif()
endforeach()

# The licences of what the bundle carries: the copyright file of each Debian package a file came from.
find_program(dpkg_query dpkg-query)
if(dpkg_query)
    file(GLOB_RECURSE carried LIST_DIRECTORIES false "${prefix}/lib/*" "${prefix}/libexec/QtWebEngineProcess"
        "${prefix}/plugins/*" "${prefix}/resources/*" "${prefix}/share/hunspell/*")
    set(patterns "")
    foreach(file IN LISTS carried)
        get_filename_component(name "${file}" NAME)
        list(APPEND patterns "*/${name}")
    endforeach()
    list(REMOVE_DUPLICATES patterns)
    execute_process(COMMAND ${dpkg_query} -S ${patterns} OUTPUT_VARIABLE owners ERROR_QUIET)
    # "package[:arch][, package...]: path" per line
    set(packages "")
    string(REGEX MATCHALL "[^\n]+" lines "${owners}")
    foreach(line IN LISTS lines)
        if(line MATCHES "^diversion ")
            continue()
        endif()
        string(REGEX REPLACE ": [^:]*$" "" line "${line}")
        string(REPLACE ", " ";" line "${line}")
        foreach(owner IN LISTS line)
            string(REGEX REPLACE ":.*" "" owner "${owner}")
            list(APPEND packages "${owner}")
        endforeach()
    endforeach()
    list(REMOVE_DUPLICATES packages)
    foreach(package IN LISTS packages)
        if(EXISTS "/usr/share/doc/${package}/copyright")
            file(INSTALL "/usr/share/doc/${package}/copyright"
                DESTINATION "${prefix}/share/doc/masthead/third-party/${package}")
        endif()
    endforeach()
endif()
file(INSTALL "${MASTHEAD_SOURCE_DIR}/LICENSES" DESTINATION "${prefix}/share/doc/masthead")
