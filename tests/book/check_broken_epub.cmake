# `galley check` on an EPUB zipped the naive way (mimetype deflated, with extra fields, and no
# package document): it must name each problem, end with "N errors" and exit 1.
#   cmake -DGALLEY=… -DWORK_DIR=… -P check_broken_epub.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/META-INF)
file(WRITE ${WORK_DIR}/mimetype "application/epub+zip")
file(WRITE ${WORK_DIR}/META-INF/container.xml
     "<?xml version=\"1.0\"?>\n<container version=\"1.0\" "
     "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n<rootfiles>\n"
     "<rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
     "</rootfiles>\n</container>\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E tar cf broken.epub --format=zip mimetype META-INF
                WORKING_DIRECTORY ${WORK_DIR})

execute_process(COMMAND ${GALLEY} check broken.epub WORKING_DIRECTORY ${WORK_DIR}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT code EQUAL 1)
  message(FATAL_ERROR "expected exit code 1, got ${code}")
endif()
foreach(expected "broken.epub/mimetype: error: mimetype is compressed"
                 "broken.epub/META-INF/container.xml:4:1: error: rootfile names EPUB/package.opf"
                 "\n3 errors\n")
  string(FIND "${out}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "expected the output to contain: ${expected}")
  endif()
endforeach()

execute_process(COMMAND ${GALLEY} check missing.epub WORKING_DIRECTORY ${WORK_DIR}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
string(FIND "${err}" "missing.epub" at)
if(NOT code EQUAL 1 OR at EQUAL -1)
  message(FATAL_ERROR "a missing file must be an error naming it (exit 1), got ${code}")
endif()
