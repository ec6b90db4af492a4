// How a reference inside an EPUB names a file and a fragment: a relative URL resolved against
// the file that contains it (RFC 3986 §5.2; EPUB 3.3 requires every reference to a publication
// resource inside the container to be relative), percent-decoded to a container path.
#pragma once

#include <string>
#include <string_view>

namespace galley::check {

struct LinkTarget {
  bool external = false;      // has a scheme (http:, mailto:, …): not a container path
  bool escapes_root = false;  // "..": climbs above the container root
  std::string path;           // container path of the target file ("EPUB/text/ch1.xhtml")
  std::string fragment;       // after '#', percent-decoded; empty when none
};

// Resolves `href` as written in the file at container path `from`. A fragment-only or empty
// href refers to `from` itself.
LinkTarget ResolveLink(std::string_view from, std::string_view href);

// "%20" → " "; a malformed escape is kept as written.
std::string PercentDecode(std::string_view text);

// "EPUB/text/ch1.xhtml" → "EPUB/text/"; "" for a file at the root.
std::string DirectoryOf(std::string_view path);

}  // namespace galley::check
