# ctest build.format: every C++ source of ours is as clang-format-14 and
# .clang-format would write it. Fix with:
#   git ls-files '*.cc' '*.h' '*.cpp' | grep -v third_party | xargs clang-format-14 -i
find_program(CLANG_FORMAT NAMES clang-format-14 REQUIRED)
file(GLOB_RECURSE sources RELATIVE ${SRC}
  ${SRC}/server/*.cc ${SRC}/server/*.h
  ${SRC}/desktop-client/src/*.cpp ${SRC}/desktop-client/src/*.h
  ${SRC}/tests/*.cc ${SRC}/tests/*.cpp ${SRC}/tests/*.h
  ${SRC}/bench/*.cc ${SRC}/bench/*.cpp ${SRC}/bench/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources}
                WORKING_DIRECTORY ${SRC} RESULT_VARIABLE rc ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  string(SUBSTRING "${out}" 0 3000 head)
  message(FATAL_ERROR "not formatted (clang-format-14):\n${head}")
endif()
list(LENGTH sources n)
message(STATUS "${n} files formatted")
