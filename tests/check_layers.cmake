# ctest build.layers: the layers of docs/architecture.md, held by the build.
# Each rule names what a layer's files may not include (or contain); no file
# is excepted (issue 24 emptied the lists of files from before the rules).
#   domain/    the rules: no storage, use cases, services, rpc or security
#   security/  crypto: none of storage, use cases, services, rpc
#   channels/  sending to outside systems (libcurl): none of storage, use cases, services, rpc
#   storage/   SQL: no use cases, services or rpc
#   usecases/  the work: no services or rpc; SQL only under storage/
#   services/  proto <-> use cases: no storage (ADR 0015)
#   app/, cli/, common/, rpc/: no SQL either (app/ and cli/ wire everything
#              together and may include any layer)
# Includes are checked as written in each file (direct includes only).

set(root ${SRC}/server/src)
set(problems "")
# SQL: a string starting with a statement, a line starting with one (inside
# a raw string), or a raw string marked sql.
set(sql_regex "(^|\")[ \t]*(SELECT|INSERT INTO|DELETE FROM|UPDATE [A-Za-z_]+ SET|WITH [A-Za-z_]+ AS)([ (]|$)|\"[ \t]*select [^\"]* from |R\"sql\\(")

# check(layer, regex, what)
function(check layer regex what)
  file(GLOB files RELATIVE ${root} ${root}/${layer}/*.cc ${root}/${layer}/*.h)
  if(NOT files)
    string(APPEND problems "${layer}/: no sources found under ${root}\n")
  endif()
  foreach(f ${files})
    file(STRINGS ${root}/${f} hits REGEX "${regex}")
    if(hits)
      list(GET hits 0 first)
      string(APPEND problems "${f}: ${what}: ${first}\n")
    endif()
  endforeach()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

check(domain "^#include [\"<](storage|usecases|services|rpc|security)/" "includes an outer layer")
check(security "^#include [\"<](storage|usecases|services|rpc)/" "includes an outer layer")
check(channels "^#include [\"<](storage|usecases|services|rpc)/" "includes an outer layer")
check(storage "^#include [\"<](usecases|services|rpc)/" "includes an outer layer")
check(usecases "^#include [\"<](services|rpc)/" "includes services/ or rpc/")
check(services "^#include [\"<]storage/" "includes storage/")
foreach(layer domain security channels usecases services rpc app cli common)
  check(${layer} "${sql_regex}" "holds SQL (it belongs under storage/)")
endforeach()

if(problems)
  message(FATAL_ERROR "layering (docs/architecture.md):\n${problems}")
endif()
message(STATUS "layers hold")
