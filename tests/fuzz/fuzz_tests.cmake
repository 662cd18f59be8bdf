# Included by tests/CMakeLists.txt in the default build: configures a clang build tree with the
# fuzzers (a compiler other than this build's, hence its own tree), builds them, then runs each
# for VIGIE_FUZZ_SECONDS (30 in CI) from its seed corpus: the fixtures, the shipped wizards and
# tests/fuzz/seeds. Every input that ever crashed a target lives in tests/fuzz/regressions/<target>
# and is replayed first, so a fixed crash stays fixed. Longer runs: see README ("Fuzzing").
find_program(VIGIE_CLANGXX clang++)
find_program(VIGIE_CLANG clang)
set(VIGIE_FUZZ_SECONDS 30 CACHE STRING "How long CTest runs each fuzz target")
if(NOT VIGIE_CLANGXX OR NOT VIGIE_CLANG)
  message(STATUS "clang not found: the fuzz tests are not added (installer/debian-packages.txt lists it)")
  return()
endif()

set(fuzz_tree ${CMAKE_BINARY_DIR}/fuzz)
set(fuzz_source ${PROJECT_SOURCE_DIR}/tests/fuzz)
add_test(NAME fuzz_build
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DTREE=${fuzz_tree}
                 -DCXX=${VIGIE_CLANGXX} -DCC=${VIGIE_CLANG} -P ${fuzz_source}/BuildFuzzers.cmake)
set_tests_properties(fuzz_build PROPERTIES FIXTURES_SETUP fuzzers LABELS fuzz TIMEOUT 1800)

set(seeds_fuzz_state_loader ${fuzz_source}/seeds/state)
set(seeds_fuzz_wizard_loader ${PROJECT_SOURCE_DIR}/wizards ${PROJECT_SOURCE_DIR}/tests/core/record/fixtures/wizards)
set(seeds_fuzz_otpauth ${fuzz_source}/seeds/otpauth)
set(seeds_fuzz_breach_range ${fuzz_source}/seeds/breach_range)
set(seeds_fuzz_pdf_note ${fuzz_source}/seeds/note)
foreach(target fuzz_state_loader fuzz_wizard_loader fuzz_otpauth fuzz_breach_range fuzz_pdf_note)
  add_test(NAME ${target}
           COMMAND ${CMAKE_COMMAND} -DFUZZER=${fuzz_tree}/tests/fuzz/${target} -DSECONDS=${VIGIE_FUZZ_SECONDS}
                   -DWORK=${CMAKE_CURRENT_BINARY_DIR}/fuzz-corpus/${target}
                   -DREGRESSIONS=${fuzz_source}/regressions/${target} "-DSEEDS=${seeds_${target}}"
                   -P ${fuzz_source}/RunFuzzer.cmake)
  set_tests_properties(${target} PROPERTIES FIXTURES_REQUIRED fuzzers LABELS fuzz TIMEOUT 600
                       ENVIRONMENT "VIGIE_LOCALE_DIR=${VIGIE_BUILD_LOCALE_DIR};LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0")
endforeach()
