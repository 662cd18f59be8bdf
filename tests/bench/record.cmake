# Included by tests/bench/CMakeLists.txt: exporting a full record (all five shipped wizards, a
# note on every item) as PDF and HTML. Targets: PDF under 100 ms, HTML under 10 ms.
find_package(benchmark REQUIRED)
add_executable(bench_record ${CMAKE_CURRENT_LIST_DIR}/bench_record.cpp)
target_link_libraries(bench_record PRIVATE vigie_record benchmark::benchmark)
get_filename_component(vigie_source_dir ${CMAKE_CURRENT_LIST_DIR}/../.. ABSOLUTE)
target_compile_definitions(bench_record PRIVATE VIGIE_SOURCE_DIR="${vigie_source_dir}"
                           VIGIE_BUILD_LOCALE_DIR="${VIGIE_BUILD_LOCALE_DIR}")
