# The Export dialog (File > Export record…) and the worker thread that runs an export: a feature
# of vigie_gui in its own files, included by app/gui/CMakeLists.txt when present. It adds
# vigie_record (the HTML and PDF record), which nothing else in vigie_gui needs.
find_package(Threads REQUIRED)
target_sources(vigie_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/export_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/export_task.cpp)
target_link_libraries(vigie_gui PUBLIC vigie_record PRIVATE Threads::Threads)
