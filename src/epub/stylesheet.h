// The book's stylesheet, css/book.css: an @font-face rule for each embedded font, with a URL
// relative to the stylesheet, followed by the template (templates/epub/book.css). The rules
// are generated because which faces are embedded depends on the text (bold only when used).
#pragma once

#include <string>
#include <vector>

#include "epub/font_embedding.h"

namespace galley::epub {

std::string Stylesheet(const std::string& template_css, const std::vector<EmbeddedFont>& fonts);

// The text the stylesheet itself puts on the page through `content: "…"` (the scene break's
// ornament), with CSS escapes (`\2003`) decoded: it must be in the font subset too.
std::string GeneratedContentText(const std::string& css);

}  // namespace galley::epub
