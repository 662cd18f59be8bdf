# Included by tests/bench/CMakeLists.txt: a full snapshot of an account with 500 services read
# from the API emulator with 50 ms added to every answer, 8 requests at a time against one at a
# time, in the same run. Targets: at least 10 times faster, and within 1.3 times the request
# plan's lower bound (requests / concurrency x latency).
find_package(benchmark REQUIRED)
add_executable(bench_snapshot ${CMAKE_CURRENT_LIST_DIR}/bench_snapshot.cpp)
target_link_libraries(bench_snapshot PRIVATE vigie_ovh vigie_ovh_emulator benchmark::benchmark)
