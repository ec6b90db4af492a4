// The breaker's parameters declare themselves (as SILE's do): one table with each name, its
// meaning and why its default is what it is. Template parsing, `--help` and docs/linebreak.md
// read the same entries; the defaults themselves live in BreakParams' initialisers.
#pragma once

#include <string_view>
#include <vector>

#include "linebreak/knuth_plass.h"

namespace galley::linebreak {

struct BreakParamInfo {
  std::string_view name;     // as in templates and docs, e.g. "tolerance"
  std::string_view meaning;  // one line
  std::string_view why;      // why the default has its value
  double BreakParams::*number = nullptr;  // exactly one of number and integer is set
  int BreakParams::*integer = nullptr;

  double Default() const;
  double Get(const BreakParams& params) const;
  // Integer parameters take value rounded toward zero.
  void Set(BreakParams* params, double value) const;
};

// Every scalar parameter of BreakParams (line_widths is the layout's to set per paragraph).
const std::vector<BreakParamInfo>& BreakParamTable();

// The entry called `name`, or nullptr.
const BreakParamInfo* FindBreakParam(std::string_view name);

}  // namespace galley::linebreak
