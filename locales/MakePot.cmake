# Writes the translation template: C++ strings (_, N_, tr, plural) and the wizard XML (through the
# ITS rules in vigie.its). Called by the `pot` target and by the test that checks it is fresh.
# Inputs: SOURCE_DIR, OUTPUT, XGETTEXT.
file(GLOB_RECURSE cpp_sources RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
file(GLOB wizard_files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/wizards/*.xml)
list(REMOVE_ITEM wizard_files wizards/links.xml)
list(SORT cpp_sources)
list(SORT wizard_files)

set(common --from-code=UTF-8 --add-location=file --sort-by-file --package-name=Vigie
    --msgid-bugs-address=vigie@example.invalid --add-comments=TRANSLATORS:)
execute_process(COMMAND ${XGETTEXT} ${common} --language=C++ --keyword=_ --keyword=N_ --keyword=tr
                        --keyword=plural:1,2 --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE
                        -o ${OUTPUT}.cpp.pot ${cpp_sources}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "xgettext failed on the C++ sources")
endif()
execute_process(COMMAND ${XGETTEXT} ${common} --its=locales/vigie.its --join-existing
                        -o ${OUTPUT}.cpp.pot ${wizard_files}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "xgettext failed on the wizard files")
endif()
# The creation date changes on every run; drop it so an unchanged template is byte-identical.
file(READ ${OUTPUT}.cpp.pot content)
string(REGEX REPLACE "\"POT-Creation-Date: [^\"]*\"\n" "" content "${content}")
file(WRITE ${OUTPUT} "${content}")
file(REMOVE ${OUTPUT}.cpp.pot)
