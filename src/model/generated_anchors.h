// The anchors of the parts a back end makes itself: the PDF's title page, contents and
// endnotes. They share one namespace with the manuscript's own ids (named destinations in the
// PDF), so the manuscript's ids are handed out around them (manuscript/anchor_ids.h): a book
// with a heading of its own called "Contents" or "Notes" would otherwise define a destination
// twice, and the PDF could not be made.
#pragma once

#include <array>
#include <string_view>

namespace galley::model {

inline constexpr std::string_view kTitlePageAnchor = "title-page";
inline constexpr std::string_view kContentsAnchor = "contents";
inline constexpr std::string_view kNotesAnchor = "notes";
inline constexpr std::string_view kNotesHeadingAnchor = "notes-heading";

inline constexpr std::array<std::string_view, 4> kGeneratedAnchors = {
    kTitlePageAnchor, kContentsAnchor, kNotesAnchor, kNotesHeadingAnchor};

}  // namespace galley::model
