# Installing ipcviz as a desktop application, and packaging it with CPack:
# `cmake --install build --prefix DIR` and `cpack -G DEB --config
# build/CPackConfig.cmake` (scripts/check-package installs the .deb into a clean
# Debian 12 root and starts it).

set(IPCVIZ_APP_ID io.github.ipcviz.ipcviz)
set(IPCVIZ_MAINTAINER "ipcviz developers <noreply@ipcviz.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

install(FILES ${PROJECT_SOURCE_DIR}/packaging/${IPCVIZ_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/${IPCVIZ_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/ipcviz.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${IPCVIZ_APP_ID}.svg)

# Manual pages, compressed as Debian wants them (gzip -n: no name or time
# stamp, so the package is reproducible).
find_program(IPCVIZ_GZIP gzip REQUIRED)
set(IPCVIZ_MAN_PAGES "")
foreach(page ipcviz.1 ipcviz-engine.1)
    set(out ${PROJECT_BINARY_DIR}/packaging/${page}.gz)
    add_custom_command(OUTPUT ${out}
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
                       COMMAND ${IPCVIZ_GZIP} -9n -c ${PROJECT_SOURCE_DIR}/packaging/${page} > ${out}
                       DEPENDS ${PROJECT_SOURCE_DIR}/packaging/${page}
                       COMMENT "Compressing ${page}")
    list(APPEND IPCVIZ_MAN_PAGES ${out})
endforeach()
add_custom_target(ipcviz_man_pages ALL DEPENDS ${IPCVIZ_MAN_PAGES})
install(FILES ${IPCVIZ_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian wants a changelog with every package (a native one: no upstream split).
set(IPCVIZ_CHANGELOG ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${IPCVIZ_CHANGELOG}
                   COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
                   COMMAND ${IPCVIZ_GZIP} -9n -c ${PROJECT_SOURCE_DIR}/packaging/changelog >
                           ${IPCVIZ_CHANGELOG}
                   DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog
                   COMMENT "Compressing the changelog")
add_custom_target(ipcviz_changelog ALL DEPENDS ${IPCVIZ_CHANGELOG})
install(FILES ${IPCVIZ_CHANGELOG} DESTINATION ${CMAKE_INSTALL_DOCDIR})

install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/scenario-format.md
              ${PROJECT_SOURCE_DIR}/engine/PROTOCOL.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME ipcviz)
set(CPACK_PACKAGE_VENDOR "ipcviz")
set(CPACK_PACKAGE_CONTACT "${IPCVIZ_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "watch multi-process programs run with real processes")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
       "ipcviz teaches multi-process programming on Linux by showing it happen\n"
       "for real: scenarios fork real processes that make real system calls (fork,\n"
       "wait, exec, signals, pipes, FIFOs, POSIX shared memory, memory-mapped files,\n"
       "named semaphores), and the window animates the process tree, the data and\n"
       "the synchronisation. Step mode, traces, exports for slides and Perfetto.")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: Qt's platform plugins (xcb, wayland) and the
# SVG icon engine are loaded at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "man-db, manpages-dev, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "strace, gcc")
include(CPack)
