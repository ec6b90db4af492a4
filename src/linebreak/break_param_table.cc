#include "linebreak/break_param_table.h"

namespace galley::linebreak {

double BreakParamInfo::Default() const { return Get(BreakParams{}); }

double BreakParamInfo::Get(const BreakParams& params) const {
  return number != nullptr ? params.*number : params.*integer;
}

void BreakParamInfo::Set(BreakParams* params, double value) const {
  if (number != nullptr) {
    params->*number = value;
  } else {
    params->*integer = static_cast<int>(value);
  }
}

const std::vector<BreakParamInfo>& BreakParamTable() {
  static const std::vector<BreakParamInfo> table = {
      {"tolerance",
       "the largest adjustment ratio a line may have (badness 100 r^3)",
       "TeX's \\tolerance=200 (100 r^3 = 200 at r = 1.26), the LaTeX default behind "
       "LuaLaTeX's even colour, which Galley is measured against",
       &BreakParams::tolerance},
      {"line_penalty",
       "demerits added to every line's badness before squaring, so fewer lines win a tie",
       "TeX's \\linepenalty=10: with a hyphen penalty of 50 it makes a hyphen cost like "
       "a line of badness ~40, TeX's long-tested balance (the paper's examples use 1)",
       &BreakParams::line_penalty},
      {"flagged_demerits",
       "demerits for two consecutive lines ending in hyphens (the paper's alpha)",
       "TeX's \\doublehyphendemerits=10000: a second hyphen in a row costs as much as "
       "a very loose line, so stacks appear only when the alternative is worse",
       &BreakParams::flagged_demerits},
      {"fitness_demerits",
       "demerits when adjacent lines' fitness classes differ by more than one (gamma)",
       "TeX's \\adjdemerits=10000: a tight line next to a loose one shows as uneven "
       "colour, which is what Galley's spacing statistics measure",
       &BreakParams::fitness_demerits},
      {"final_hyphen_demerits",
       "demerits when the last-but-one line ends hyphenated",
       "TeX's \\finalhyphendemerits=5000: a hyphen before a short last line reads badly, "
       "but less badly than two in a row",
       &BreakParams::final_hyphen_demerits},
      {"max_consecutive_hyphens",
       "the longest run of hyphenated lines allowed; 0 means no limit",
       "2 is the limit the print issue sets (\"no more than two consecutive hyphenated "
       "lines\"); flagged_demerits already makes runs rare, this makes them impossible",
       nullptr, &BreakParams::max_consecutive_hyphens},
      {"max_paragraph_hyphens",
       "hyphenated lines a paragraph may have before each further one costs "
       "excess_hyphen_demerits; 0 means no limit",
       "2, as careful book typography has it (Bringhurst 2.4.8 asks for no more than "
       "three in a row; a column of them in one paragraph shows just as much)",
       nullptr, &BreakParams::max_paragraph_hyphens},
      {"excess_hyphen_demerits",
       "demerits for each hyphenated line beyond max_paragraph_hyphens in a paragraph",
       "10000, like two hyphens in a row (TeX's \\doublehyphendemerits): a further hyphen "
       "is taken only when the alternative is a very loose line",
       &BreakParams::excess_hyphen_demerits},
      {"emergency_stretch",
       "stretchability added to every line in the second pass, in item units",
       "0 in the breaker, which has no em to measure by; the layout sets it from the "
       "font size (TeX users take 1-3 em)",
       &BreakParams::emergency_stretch},
      {"looseness",
       "lines to add (or remove, if negative) compared with the optimum, when feasible",
       "TeX's \\looseness=0: the optimum; page makeup asks for +1 or -1 per paragraph",
       nullptr, &BreakParams::looseness},
  };
  return table;
}

const BreakParamInfo* FindBreakParam(std::string_view name) {
  for (const BreakParamInfo& info : BreakParamTable()) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

}  // namespace galley::linebreak
