# Fails when locales/vigie.pot is stale (the sources say something it does not) or when a .po
# has an untranslated, fuzzy or obsolete-but-needed entry. Fix with: cmake --build build --target update-po
set(fresh ${BINARY_DIR}/vigie.fresh.pot)
execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${SOURCE_DIR} -DOUTPUT=${fresh} -DXGETTEXT=${XGETTEXT}
                        -P ${SOURCE_DIR}/locales/MakePot.cmake RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "could not generate the template")
endif()
file(READ ${fresh} fresh_content)
file(READ ${SOURCE_DIR}/locales/vigie.pot shipped_content)
if(NOT fresh_content STREQUAL shipped_content)
  message(FATAL_ERROR "locales/vigie.pot is stale: run `cmake --build build --target update-po`, "
                      "translate the new entries in locales/fr.po, and commit both.")
endif()

file(GLOB catalogs ${SOURCE_DIR}/locales/*.po)
foreach(po ${catalogs})
  # Every msgid of the template must be in the catalog and translated (not fuzzy).
  execute_process(COMMAND ${MSGMERGE} --quiet --no-fuzzy-matching -o ${BINARY_DIR}/merged.po ${po} ${fresh}
                  RESULT_VARIABLE rc)
  execute_process(COMMAND ${MSGFMT} --check --statistics -o /dev/null ${BINARY_DIR}/merged.po
                  ERROR_VARIABLE stats RESULT_VARIABLE rc2)
  message(STATUS "${po}: ${stats}")
  if(rc OR rc2 OR stats MATCHES "untranslated|fuzzy")
    message(FATAL_ERROR "${po} is incomplete: ${stats}")
  endif()
endforeach()
