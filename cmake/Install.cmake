# Install rules: the two programs, and on Linux the desktop integration (desktop entry, file types, icons,
# AppStream metainfo, manual pages, bash completion). Translations, templates, calendars and the user's guide
# are compiled into the programs as Qt resources, so nothing else is needed at run time.

set(RB_APP_ID org.reviewbench.ReviewBench)
set(RB_SOURCE_URL "https://github.com/reviewbench/reviewbench" CACHE STRING
    "Public address of the source repository (AppStream homepage and screenshots)")

install(FILES README.md docs/guide.md docs/security.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
if(WIN32)
  install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR}) # on Debian the copyright file says it (cmake/Package.cmake)
endif()

if(UNIX AND NOT APPLE)
  set(linux ${PROJECT_SOURCE_DIR}/resources/linux)
  install(FILES ${linux}/${RB_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${linux}/${RB_APP_ID}.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
  configure_file(${linux}/${RB_APP_ID}.metainfo.xml.in ${PROJECT_BINARY_DIR}/${RB_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/${RB_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

  set(icons ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
  install(FILES ${linux}/icons/${RB_APP_ID}.svg DESTINATION ${icons}/scalable/apps)
  install(FILES ${linux}/icons/application-x-reviewbench-round.svg ${linux}/icons/application-x-reviewbench-package.svg
          DESTINATION ${icons}/scalable/mimetypes)
  foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${linux}/icons/png/${size}/${RB_APP_ID}.png DESTINATION ${icons}/${size}x${size}/apps)
    install(FILES ${linux}/icons/png/${size}/application-x-reviewbench-round.png
                  ${linux}/icons/png/${size}/application-x-reviewbench-package.png
            DESTINATION ${icons}/${size}x${size}/mimetypes)
  endforeach()

  install(FILES ${linux}/reviewbench-cli.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
          RENAME reviewbench-cli)

  # Manual pages, compressed as Debian wants them (gzip -n: no name or time stamp, so the build is repeatable).
  find_program(RB_GZIP gzip REQUIRED)
  set(manpages)
  foreach(page reviewbench reviewbench-cli)
    set(out ${PROJECT_BINARY_DIR}/man/${page}.1.gz)
    add_custom_command(OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
      COMMAND ${RB_GZIP} -9 -n -c ${PROJECT_SOURCE_DIR}/docs/man/${page}.1 > ${out}
      DEPENDS ${PROJECT_SOURCE_DIR}/docs/man/${page}.1
      VERBATIM)
    list(APPEND manpages ${out})
  endforeach()
  add_custom_target(manpages ALL DEPENDS ${manpages})
  install(FILES ${manpages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
