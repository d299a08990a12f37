# ctest build.layers: the layers of docs/architecture.md, held by the build.
# Each rule names what a layer's files may not include (or contain); the
# lists below are the files that still do, from before the rule (issue 24):
# they only shrink. A file on a list that no longer breaks the rule fails
# this test too, until it is taken off the list, so the list stays true.
#   domain/    the rules: no storage, use cases, services, rpc or security
#   security/  crypto: none of storage, use cases, services, rpc
#   storage/   SQL: no use cases, services or rpc
#   usecases/  the work: no services or rpc; SQL only under storage/
#   services/  proto <-> use cases: no storage (ADR 0015)
#   app/, cli/, common/, rpc/: no SQL either (app/ and cli/ wire everything
#              together and may include any layer)
# Includes are checked as written in each file (direct includes only).
set(usecases_still_with_sql
  usecases/audit_archive.cc usecases/demo_customers.cc usecases/demo_seed.cc
  usecases/key_rotation.cc usecases/position_import.cc)
set(app_with_sql app/server.cc)  # the health loop's SELECT 1

set(root ${SRC}/server/src)
set(problems "")
# SQL: a string starting with a statement, a line starting with one (inside
# a raw string), or a raw string marked sql.
set(sql_regex "(^|\")[ \t]*(SELECT|INSERT INTO|DELETE FROM|UPDATE [A-Za-z_]+ SET|WITH [A-Za-z_]+ AS)([ (]|$)|\"[ \t]*select [^\"]* from |R\"sql\\(")

# check(layer, regex, allowed-list-variable, what)
function(check layer regex allowed what)
  file(GLOB files RELATIVE ${root} ${root}/${layer}/*.cc ${root}/${layer}/*.h)
  if(NOT files)
    string(APPEND problems "${layer}/: no sources found under ${root}\n")
  endif()
  if(allowed)
    foreach(entry ${${allowed}})
      if(NOT EXISTS ${root}/${entry})
        string(APPEND problems "${entry}: listed in tests/check_layers.cmake but gone; take it off the list\n")
      endif()
    endforeach()
  endif()
  foreach(f ${files})
    file(STRINGS ${root}/${f} hits REGEX "${regex}")
    if(allowed)
      list(FIND ${allowed} ${f} listed)
    else()
      set(listed -1)
    endif()
    if(hits AND listed EQUAL -1)
      list(GET hits 0 first)
      string(APPEND problems "${f}: ${what}: ${first}\n")
    elseif(NOT hits AND NOT listed EQUAL -1)
      string(APPEND problems "${f}: no longer ${what}; take it off the list in tests/check_layers.cmake\n")
    endif()
  endforeach()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

check(domain "^#include [\"<](storage|usecases|services|rpc|security)/" "" "includes an outer layer")
check(security "^#include [\"<](storage|usecases|services|rpc)/" "" "includes an outer layer")
check(storage "^#include [\"<](usecases|services|rpc)/" "" "includes an outer layer")
check(usecases "^#include [\"<](services|rpc)/" "" "includes services/ or rpc/")
check(services "^#include [\"<]storage/" "" "includes storage/")
foreach(layer domain security usecases services rpc app cli common)
  if(layer STREQUAL "usecases")
    check(${layer} "${sql_regex}" usecases_still_with_sql "holds SQL (it belongs under storage/)")
  elseif(layer STREQUAL "app")
    check(${layer} "${sql_regex}" app_with_sql "holds SQL (it belongs under storage/)")
  else()
    check(${layer} "${sql_regex}" "" "holds SQL (it belongs under storage/)")
  endif()
endforeach()

if(problems)
  message(FATAL_ERROR "layering (docs/architecture.md):\n${problems}")
endif()
message(STATUS "layers hold")
