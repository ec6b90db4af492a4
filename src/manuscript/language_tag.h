// Checks the front matter's `language`: a well-formed BCP 47 tag (RFC 5646) whose language
// subtag ICU knows as an ISO 639 language. EPUB's dc:language, hyphenation dictionaries and
// PDF /Lang all rely on it, so a typo must stop the build here rather than yield a book in an
// unknown language.
#pragma once

#include <string>
#include <string_view>

namespace galley::manuscript {

// What is wrong with `tag`, as a sentence fragment ("`en_US` is not a well-formed BCP 47
// tag"); empty when the tag is usable.
std::string LanguageTagProblem(std::string_view tag);

}  // namespace galley::manuscript
