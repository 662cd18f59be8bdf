# cmake -DSOURCE_DIR=... -DTREE=... -DCXX=clang++ -DCC=clang -P BuildFuzzers.cmake
# Configures (once) and builds the fuzz targets in their own tree. ccache is used when the
# machine has it, so a CI rerun only recompiles what changed.
find_program(CCACHE ccache)
set(launcher)
if(CCACHE)
  set(launcher -DCMAKE_CXX_COMPILER_LAUNCHER=${CCACHE} -DCMAKE_C_COMPILER_LAUNCHER=${CCACHE})
endif()
if(NOT EXISTS ${TREE}/CMakeCache.txt)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${TREE} -DCMAKE_BUILD_TYPE=RelWithDebInfo
            -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_C_COMPILER=${CC} ${launcher}
            -DVIGIE_BUILD_FUZZERS=ON -DVIGIE_HARDENING=OFF -DVIGIE_BUILD_TESTS=OFF -DVIGIE_BUILD_BENCHMARKS=OFF
    RESULT_VARIABLE configured)
  if(NOT configured EQUAL 0)
    message(FATAL_ERROR "configuring the fuzz tree failed")
  endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${TREE} --target fuzzers -j2 RESULT_VARIABLE built)
if(NOT built EQUAL 0)
  message(FATAL_ERROR "building the fuzz targets failed")
endif()
