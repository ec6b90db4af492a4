// Straight quotes to curly ones, with the apostrophe (’) told apart from quotes.
//
// A straight quote's neighbours say what it is:
//  - between two word characters it is an apostrophe: I've, WE'LL, Zinoviev's;
//  - after a space, an opening bracket or quote, or a dash, and before a word, it opens a quote
//    (‘ “), except in the elisions 'tis, 'twas, 'em and '90s, which take an apostrophe;
//  - after a word or punctuation it closes a quote (’ ”), except that s' is a plural possessive
//    (workers' movement, a few weeks' time) when no single quote is open, or when the next
//    single quote in the paragraph closes the open one (The 'Workers' Opposition' seemed).
// Quotes are paired per paragraph, so the text passed in should be one whole paragraph. A quote
// with spaces on both sides, a closing quote that matches no opening one, a quote closed by the
// other kind ('…") and a quote left open are reported as doubts; every straight quote is still
// replaced, by the likelier mark.
#pragma once

#include <string_view>

#include "typography/text_edit.h"

namespace galley {

TextFix CurlQuotes(std::string_view paragraph);

}  // namespace galley
