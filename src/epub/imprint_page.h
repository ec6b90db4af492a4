// The imprint page Galley makes after the title page, as the printed book has one on the title's
// back: the print edition the text reproduces, the publisher and this edition's date, the
// rights, the identifier, and the type — "Set in EB Garamond with galley 0.1." and the font's
// own copyright and licence (fonts::FontCredit). Its words are the book's (docs/book-words.md).
#pragma once

#include <string>

#include "epub/text_coverage.h"
#include "fonts/font_credit.h"
#include "model/document.h"

namespace galley::epub {

// The imprint's paragraphs, in order; empty when the front matter gives none of source,
// publisher, date, rights and identifier (then there is no imprint page). `font.family` names
// the text face; its credit line is left out unless the font gives copyright and licence.
std::vector<std::string> ImprintLines(const model::Metadata& metadata,
                                      const fonts::FontCredit& font);

// text/imprint.xhtml holding `lines`. Its text goes into `coverage`.
std::string ImprintPageXhtml(const model::Metadata& metadata, const std::vector<std::string>& lines,
                             TextCoverage* coverage);

}  // namespace galley::epub
