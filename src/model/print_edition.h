// Where the print edition's date goes in what names it. The front matter's `source` may name
// several editions, separated by semicolons ("Solidarity pamphlet …, no. 7; first published in
// Politics (New York)"); `source-date` is the date of the first, the edition the text
// reproduces, so it follows that edition's phrase, not the last one's, and is not repeated
// when that phrase already holds it ("Kurt Wolff Verlag, Leipzig, 1917 (…); Project
// Gutenberg eBook #22367"). The EPUB's dc:source writes "first (date)rest", the PDF's imprint
// "first, date rest".
#pragma once

#include <string>

namespace galley::model {

struct Metadata;

struct SourceEditions {
  std::string first;  // `source` up to its first semicolon (all of it when it has none)
  std::string rest;   // from that semicolon on, or empty
  bool date_after_first = false;  // source-date is given and `first` does not hold it
};

SourceEditions SplitSource(const Metadata& metadata);

}  // namespace galley::model
