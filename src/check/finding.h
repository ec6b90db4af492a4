// A finding is one broken rule: an Error with its place (file:line:col inside the container,
// the offending line, a hint) and the name of the check that found it.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"

namespace galley::check {

struct Finding {
  std::string check;  // "links", "manifest", … (see AllChecks())
  Error error;
};

// What one check reports, stamped with the check's name and the EPUB's name so that messages
// read "book.epub/EPUB/ch1.xhtml:12:5: error: …".
class Reporter {
 public:
  Reporter(std::string check, std::string epub_name, std::vector<Finding>* findings)
      : check_(std::move(check)), epub_name_(std::move(epub_name)), findings_(findings) {}

  // `file` is a container path ("" for the archive itself); `text` is its contents when it is
  // text, so the line can be quoted; `offset` is a byte offset into it, or -1 when unknown.
  void Report(const std::string& file, const std::string* text, long offset, std::string message,
              std::string hint = {});

  const std::string& check() const { return check_; }

 private:
  std::string check_;
  std::string epub_name_;
  std::vector<Finding>* findings_;
};

}  // namespace galley::check
