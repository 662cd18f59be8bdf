# export_dialog_test: File > Export record… in the real main window under Xvfb (see
# export_dialog_test.cpp). Included from tests/gui/CMakeLists.txt; registered like gui_test.
# Screenshots of the dialog land in ${PROJECT_BINARY_DIR}/screenshots/.
vigie_add_test(export_dialog_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/export_dialog_test.cpp LIBS vigie_gui
               LABELS gui)
add_dependencies(export_dialog_test translations)

# Its own X server: CMake (3.25, CMP0158 not yet in effect) puts the target's
# CROSSCOMPILING_EMULATOR in front of the test command. -a picks a free display, so it can run
# beside gui_test.
find_program(XVFB_RUN xvfb-run REQUIRED)
set_property(TARGET export_dialog_test PROPERTY CROSSCOMPILING_EMULATOR
             ${XVFB_RUN} -a -s "-screen 0 1280x900x24")
# GTK, fontconfig, Pango and X keep caches for the life of the process: not leaks of ours.
set_tests_properties(export_dialog_test PROPERTIES TIMEOUT 300
  ENVIRONMENT_MODIFICATION "LSAN_OPTIONS=set:suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan.supp")
