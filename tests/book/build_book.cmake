# Builds the book for tests/book: EPUB and PDF of TITLE into OUT_DIR, fresh each time.
#   cmake -DGALLEY=… -DTITLE=content/kronstadt-21 -DOUT_DIR=… -P build_book.cmake
get_filename_component(slug ${TITLE} NAME)
file(REMOVE_RECURSE ${OUT_DIR})
file(MAKE_DIRECTORY ${OUT_DIR})

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    string(REPLACE ";" " " shown "${ARGN}")
    message(FATAL_ERROR "book: `${shown}` failed (${code})")
  endif()
endfunction()

run(${GALLEY} build ${TITLE} -o ${OUT_DIR})

foreach(book ${OUT_DIR}/${slug}.epub ${OUT_DIR}/${slug}.pdf)
  if(NOT EXISTS ${book})
    message(FATAL_ERROR "book: ${book} was not written")
  endif()
endforeach()
