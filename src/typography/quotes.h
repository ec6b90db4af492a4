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
//
// The marks are a language's (QuoteStyle): English “…” and ‘…’, German „…“ and ‚…‘ or »…« and
// ›…‹, French « … » with a narrow no-break space (U+202F) inside and “…” within, and «…» with
// “…” within (Spanish, Italian, Swiss German). The apostrophe is ’ in all of them. Marks already
// curly are left as they are, except that the French style puts its narrow space inside « »
// where the text has an ordinary space, a no-break space or none.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "typography/text_edit.h"

namespace galley {

struct QuoteStyle {
  std::string_view name;  // as metadata.txt's `quotes` names it: "german"
  std::string_view open_double, close_double, open_single, close_single;
  std::string_view inner_space;  // set inside the double pair ("\u202F" for French); or empty
};

// Every style, English first.
const std::vector<QuoteStyle>& QuoteStyles();

// The style called `name`, or nullptr.
const QuoteStyle* FindQuoteStyle(std::string_view name);

// The style a language writes (a BCP 47 tag: "de" German, "de-CH" guillemets, "fr" French,
// "es" and "it" guillemets); English for any other.
const QuoteStyle& QuoteStyleForLanguage(std::string_view tag);

// In `style`'s marks.
TextFix CurlQuotesInStyle(std::string_view paragraph, const QuoteStyle& style);

// In English marks.
TextFix CurlQuotes(std::string_view paragraph);

}  // namespace galley
