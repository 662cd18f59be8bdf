# Included by tests/bench/CMakeLists.txt: Vigie's start-up against a bare wxGTK frame with a menu
# bar, under an X display (xvfb-run). Targets: 1.3x the bare frame's time, 1.2x its peak memory.
find_package(benchmark REQUIRED)
find_package(X11 REQUIRED)
# The same wxWidgets flags as the application (found by the top-level CMakeLists.txt).
add_executable(bench_bare_frame ${CMAKE_CURRENT_LIST_DIR}/bare_frame.cpp)
target_include_directories(bench_bare_frame SYSTEM PRIVATE ${wxWidgets_INCLUDE_DIRS})
target_compile_definitions(bench_bare_frame PRIVATE ${wxWidgets_DEFINITIONS})
target_compile_options(bench_bare_frame PRIVATE ${wxWidgets_CXX_FLAGS})
target_link_libraries(bench_bare_frame PRIVATE ${wxWidgets_LIBRARIES})
add_executable(bench_startup ${CMAKE_CURRENT_LIST_DIR}/bench_startup.cpp)
target_link_libraries(bench_startup PRIVATE X11::X11 benchmark::benchmark)
target_compile_definitions(bench_startup PRIVATE VIGIE_BARE_FRAME="$<TARGET_FILE:bench_bare_frame>"
                           VIGIE_EXECUTABLE="$<TARGET_FILE:vigie>")
add_dependencies(bench_startup bench_bare_frame vigie)
