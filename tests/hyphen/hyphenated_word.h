// A word as the hyphenation tests compare it: "hy-phen-ation", a hyphen at each break.
#pragma once

#include <string>

#include "hyphen/hyphenator.h"

namespace galley::hyphen {

inline std::string Hyphenated(const Hyphenator& hyphenator, const std::string& word) {
  std::string out;
  size_t last = 0;
  for (size_t at : hyphenator.Breaks(word)) {
    out += word.substr(last, at - last) + "-";
    last = at;
  }
  return out + word.substr(last);
}

}  // namespace galley::hyphen
