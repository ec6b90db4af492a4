#include "base/error.h"

#include "base/utf8.h"

namespace galley {

std::string SourceLocation::ToString() const {
  std::string out = file.empty() ? std::string("galley") : file;
  // append() rather than `":" + …`: GCC 12 warns falsely (-Wrestrict) on the latter.
  if (pos.line > 0) out.append(":").append(std::to_string(pos.line));
  if (pos.line > 0 && pos.column > 0) out.append(":").append(std::to_string(pos.column));
  return out;
}

std::string Error::ToString() const {
  std::string out = where.ToString() + ": error: " + message + "\n";
  if (!source_line.empty()) {
    out += "  " + source_line + "\n";
    if (where.pos.column > 0) {
      // The caret goes under the column'th code point; tabs are kept so it lines up.
      std::string pad;
      int column = 1;
      for (size_t i = 0; i < source_line.size() && column < where.pos.column;) {
        pad += source_line[i] == '\t' ? '\t' : ' ';
        i += Utf8SequenceLength(static_cast<unsigned char>(source_line[i]));
        ++column;
      }
      out += "  " + pad + "^\n";
    }
  }
  if (!hint.empty()) out += "  hint: " + hint + "\n";
  return out;
}

Error InputError(SourceLocation where, std::string message, std::string hint) {
  return Error{ErrorKind::kInput, std::move(where), std::move(message), std::move(hint), {}};
}

Error IoError(std::string file, std::string message, std::string hint) {
  return Error{ErrorKind::kIo, SourceLocation{std::move(file), {}}, std::move(message),
               std::move(hint), {}};
}

Error InternalError(std::string message) {
  return Error{ErrorKind::kInternal, {}, std::move(message), {}, {}};
}

}  // namespace galley
