# cmake -DFUZZER=... -DSECONDS=30 -DWORK=dir -DREGRESSIONS=dir "-DSEEDS=dir;dir" -P RunFuzzer.cmake
# Replays every regression input, then fuzzes for SECONDS from the seeds. New inputs go to WORK
# (in the build tree); a crash leaves its input there as crash-* and fails the test: copy it to
# tests/fuzz/regressions/<target>/ with the fix.
file(MAKE_DIRECTORY ${WORK})
file(GLOB regressions ${REGRESSIONS}/*)
if(regressions)
  execute_process(COMMAND ${FUZZER} ${regressions} RESULT_VARIABLE replayed)
  if(NOT replayed EQUAL 0)
    message(FATAL_ERROR "a regression input crashes ${FUZZER} again")
  endif()
endif()
set(existing_seeds)
foreach(dir ${SEEDS})
  if(IS_DIRECTORY ${dir})
    list(APPEND existing_seeds ${dir})
  endif()
endforeach()
execute_process(COMMAND ${FUZZER} -max_total_time=${SECONDS} -max_len=65536 -timeout=25 -rss_limit_mb=2048
                        -print_final_stats=1 -artifact_prefix=${WORK}/ ${WORK} ${existing_seeds}
                RESULT_VARIABLE fuzzed)
if(NOT fuzzed EQUAL 0)
  message(FATAL_ERROR "${FUZZER} found a crash: see the artifact in ${WORK}")
endif()
