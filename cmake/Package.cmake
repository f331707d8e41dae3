# The Debian package (scripts/package builds it): `cpack -G DEB` in a Release build tree. Dependencies come
# from dpkg-shlibdeps; only what the programs load without linking (fonts, Qt's own translations) is named here.
set(CPACK_PACKAGE_NAME reviewbench)
set(CPACK_PACKAGE_VENDOR "The ReviewBench developers")
set(CPACK_PACKAGE_CONTACT "The ReviewBench developers <reviewbench@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "expert review workbench for pilot-project selections")
# Lines of at most 80 characters: the Debian control file keeps them as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "ReviewBench is the desktop program of the expert committees that select\n"
  "intelligent-manufacturing pilot projects, and of their secretariats. Experts\n"
  "score the applications offline in sealed review packages; the secretariat\n"
  "merges the returned packages, consolidates the scores, holds the case-by-case\n"
  "deliberation and prints the committee's documents, in Chinese or English.\n"
  "The reviewbench-cli command does the same work from a terminal.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${RB_SOURCE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)

# Debian's own files in the package's documentation folder.
if(UNIX AND NOT APPLE)
  set(changelog ${PROJECT_BINARY_DIR}/changelog.Debian.gz)
  add_custom_command(OUTPUT ${changelog}
    COMMAND ${RB_GZIP} -9 -n -c ${PROJECT_SOURCE_DIR}/resources/linux/debian/changelog > ${changelog}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/linux/debian/changelog
    VERBATIM)
  add_custom_target(debian_changelog ALL DEPENDS ${changelog})
  install(FILES ${changelog} ${PROJECT_SOURCE_DIR}/resources/linux/debian/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()
