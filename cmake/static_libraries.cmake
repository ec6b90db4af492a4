# The galley executable links Debian's static archives of the libraries that have one
# (GALLEY_STATIC_LIBS, on by default), and libstdc++ and libgcc statically: a process loading
# 39 shared libraries executed 14.6 million instructions before main, nearly all of them symbol
# lookups in the dynamic loader (libcrypto's and libstdc++'s most), and on the loaded 2-core
# machine `galley --version` took 28 ms of CPU time; linked so, 7 million instructions and 16 ms
# (bench/README.md, "Start-up"). Only the libraries without an archive in Debian 12 stay shared
# (HarfBuzz, FreeType, fontconfig, libpng, zlib and what they load; libzip is opened by the
# commands that need it, src/io/zip_library.h). ICU's data is linked
# from its archive too: libicuuc.a refers to it without -fPIC, so taking it from libicudata.so
# would copy all 30 MB into the process at every start. Only the galley executable is linked
# so: the test programs and benchmarks keep the shared libraries (they link faster and are
# smaller), and so does a sanitizer or fuzzing build. A distribution that wants every library
# shared, so that a security update of Cairo or ICU reaches galley without a rebuild, turns it
# off with -DGALLEY_STATIC_LIBS=OFF; the books are the same either way (docs/install.md).
option(GALLEY_STATIC_LIBS "Link galley with the static archives of Cairo, ICU, hunspell, libhyphen, cmark-gfm, pugixml and libstdc++" ON)
if(GALLEY_SANITIZE OR GALLEY_FUZZ)
  set(GALLEY_STATIC_LIBS OFF)
endif()

# galley_prefer_static(TARGET ARCHIVES name... [SHARED library...]): a target linking TARGET
# gets libNAME.a... (and the shared libraries those archives need, which TARGET's shared
# library brought in by itself) instead of TARGET's shared libraries when its own
# GALLEY_STATIC_LIBS property is set — and only when every archive exists; otherwise nothing
# changes. TARGET is an imported target, or the name of a variable holding a library's path.
function(galley_prefer_static target)
  cmake_parse_arguments(ARG "" "" "ARCHIVES;SHARED" ${ARGN})
  if(NOT GALLEY_STATIC_LIBS)
    return()
  endif()
  set(archives)
  foreach(name ${ARG_ARCHIVES})
    find_library(GALLEY_ARCHIVE_${name} NAMES lib${name}.a)
    if(NOT GALLEY_ARCHIVE_${name})
      message(STATUS "No lib${name}.a: ${target} stays shared")
      return()
    endif()
    list(APPEND archives ${GALLEY_ARCHIVE_${name}})
  endforeach()
  set(static "$<BOOL:$<TARGET_PROPERTY:GALLEY_STATIC_LIBS>>")
  if(TARGET ${target})
    get_target_property(shared ${target} INTERFACE_LINK_LIBRARIES)
  else()
    set(shared ${${target}})
  endif()
  set(choice)
  foreach(library ${shared})
    list(APPEND choice "$<$<NOT:${static}>:${library}>")
  endforeach()
  foreach(library ${archives} ${ARG_SHARED})
    list(APPEND choice "$<${static}:${library}>")
  endforeach()
  if(TARGET ${target})
    set_target_properties(${target} PROPERTIES INTERFACE_LINK_LIBRARIES "${choice}")
  else()
    set(${target} "${choice}" PARENT_SCOPE)
  endif()
endfunction()

galley_prefer_static(PkgConfig::CAIRO ARCHIVES cairo pixman-1 SHARED fontconfig freetype png16 z m)
galley_prefer_static(PkgConfig::ICU ARCHIVES icui18n icuuc icudata SHARED m)
galley_prefer_static(PkgConfig::HUNSPELL ARCHIVES hunspell-1.7)
galley_prefer_static(HYPHEN_LIBRARY ARCHIVES hyphen)
galley_prefer_static(PkgConfig::CMARK ARCHIVES cmark-gfm-extensions cmark-gfm)
galley_prefer_static(PkgConfig::PUGIXML ARCHIVES pugixml)

# galley_link_statically(TARGET): TARGET takes the archives chosen above, and libstdc++ and
# libgcc (no shared library it still loads is written in C++ with libstdc++).
function(galley_link_statically target)
  if(GALLEY_STATIC_LIBS)
    set_target_properties(${target} PROPERTIES GALLEY_STATIC_LIBS ON)
    target_link_options(${target} PRIVATE -static-libstdc++ -static-libgcc)
  endif()
endfunction()
