// Errors are values with a place (LevelDB's Status, Ninja's "file:line: message").
// Library code returns them; only the command line turns them into text and an exit code.
#pragma once

#include <string>

#include "base/source_position.h"

namespace galley {

enum class ErrorKind {
  kInput,     // the user's input is wrong: manuscript, template, corrections, options' values
  kIo,        // a file could not be read or written
  kInternal,  // a library failed in a way the input cannot explain
};

struct Error {
  ErrorKind kind = ErrorKind::kInput;
  SourceLocation where;
  std::string message;      // what is wrong, as one sentence without a final period
  std::string hint;         // what to do about it; may be empty
  std::string source_line;  // the offending line, shown with a caret under the column

  // "file:line:col: error: message\n  source line\n  ^\n  hint: …"
  std::string ToString() const;
};

Error InputError(SourceLocation where, std::string message, std::string hint = {});
Error IoError(std::string file, std::string message, std::string hint = {});
Error InternalError(std::string message);

}  // namespace galley
