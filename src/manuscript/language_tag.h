// Checks the front matter's `language`: a well-formed BCP 47 tag (RFC 5646) whose language
// subtag ICU knows as an ISO 639 language. EPUB's dc:language, hyphenation dictionaries and
// PDF /Lang all rely on it, so a typo must stop the build here rather than yield a book in an
// unknown language.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace galley::manuscript {

// The longest tag accepted. RFC 5646 sets no limit, and asks that at least 35 characters be
// read (§4.4.1); extensions and private-use subtags make longer tags well-formed, but a tag is
// written into every XHTML file, the package, the PDF and the layout record, so a value of
// kilobytes (a paste gone wrong) is refused with this limit named rather than carried along.
inline constexpr size_t kMaxLanguageTagLength = 256;

// What is wrong with `tag`, as a sentence fragment ("`en_US` is not a well-formed BCP 47
// tag", or that it is longer than kMaxLanguageTagLength); empty when the tag is usable.
std::string LanguageTagProblem(std::string_view tag);

}  // namespace galley::manuscript
