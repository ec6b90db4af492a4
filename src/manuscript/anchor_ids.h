// Anchors (ids) for divisions and headings. The EPUB's fragment links, the PDF's named
// destinations and the tables of contents point at them, so they are unique in a book and
// depend only on the text: the same manuscript always gives the same ids.
#pragma once

#include <string>
#include <string_view>

#include "model/document.h"

namespace galley::manuscript {

// The slug of a heading's text: lower-case ASCII letters and digits, runs joined by '-';
// accented and other Latin letters folded to ASCII first (ICU's NFD with the marks dropped,
// and the letters that do not decompose spelled out: "Émigré" → "emigre", "Straße" →
// "strasse"); an apostrophe inside a word is dropped
// ("We’ll" → "well"). Empty when no letter or digit is left.
std::string Slug(std::string_view text);

// Sets the id of every division (its role, else its kind: "biography", "body") and heading
// (its slug, else "section"), in reading order, adding -2, -3… to repeats. The ids back ends
// derive — notes ("note-1"), page markers ("page-6", model::PageStart::id) and the parts they
// make themselves (model/generated_anchors.h: "contents", "notes" …) — are reserved first so
// that no heading or division takes one.
void AssignAnchorIds(model::Document* document);

}  // namespace galley::manuscript
