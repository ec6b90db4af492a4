// Dashes in Galley's house style (docs/manuscript.md, "Text"): a dash that sets off words is a
// spaced en dash " – " (the British and European convention, Bringhurst, The Elements of
// Typographic Style 5.2.2), and a range of numbers takes an unspaced en dash (28–29).
#pragma once

#include <string_view>

#include "typography/text_edit.h"

namespace galley {

// Typewriter and em dashes become the spaced en dash:
//  - a hyphen with a space (or the text's start) before it and a space, the end, a closing
//    quote or punctuation after it: "release - and" → "release – and", "Kozlovski -'" →
//    "Kozlovski –'";
//  - a double hyphen: spaced "a -- b" → "a – b", between words "a--b" → "a – b";
//  - an em dash: between words "a—b" → "a – b", otherwise "—" → "–".
// Hyphens inside words (brother-in-law) and before a word ("-7") are left alone.
TextFix SetDashes(std::string_view text);

// SetDashes for a text whose em dashes are rayas, Spanish dialogue's (dialogue_dashes.h): they
// are kept as they are.
TextFix SetDashesKeepingRayas(std::string_view text);

// A hyphen between two runs of digits is a range: "28-29" → "28–29", "1880-1920" →
// "1880–1920". Chains such as dates or phone numbers ("1961-11-25") are left alone.
TextFix SetRangeDashes(std::string_view text);

}  // namespace galley
