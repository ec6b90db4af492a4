#include "layout/template/template_parameters.h"

#include <algorithm>
#include <cstdio>

#include "linebreak/break_param_table.h"

namespace galley::layout {

namespace {

using T = ParameterType;

TemplateParameter Length(std::string key, std::string value, std::string help,
                         double min = -1e9, double max = 1e9) {
  return {std::move(key), T::kLength, std::move(value), "length", std::move(help), {}, min, max};
}

TemplateParameter Number(std::string key, std::string value, std::string unit, std::string help,
                         double min, double max) {
  return {std::move(key), T::kNumber, std::move(value), std::move(unit), std::move(help), {},
          min, max};
}

TemplateParameter Integer(std::string key, std::string value, std::string unit, std::string help,
                          double min, double max) {
  return {std::move(key), T::kInteger, std::move(value), std::move(unit), std::move(help), {},
          min, max};
}

TemplateParameter Percent(std::string key, std::string value, std::string help, double min,
                          double max) {
  return {std::move(key), T::kPercent, std::move(value), "percent", std::move(help), {}, min,
          max};
}

TemplateParameter Boolean(std::string key, std::string value, std::string help) {
  return {std::move(key), T::kBoolean, std::move(value), "yes/no", std::move(help), {}};
}

TemplateParameter Choice(std::string key, std::vector<std::string> choices, std::string help) {
  std::string value = choices.front();
  return {std::move(key), T::kChoice, std::move(value), "choice", std::move(help),
          std::move(choices)};
}

TemplateParameter Text(std::string key, std::string value, std::string help) {
  return {std::move(key), T::kText, std::move(value), "text", std::move(help), {}};
}

TemplateParameter File(std::string key, std::string value, std::string help) {
  return {std::move(key), T::kFile, std::move(value), "file", std::move(help), {}};
}

void AddPage(std::vector<TemplateParameter>* table) {
  table->push_back(Length("page.width", "148mm", "trim width (A5 by default)", 72, 2000));
  table->push_back(Length("page.height", "210mm", "trim height", 72, 3000));
  table->push_back(Length("margin.inner", "18mm", "binding-side margin", 0, 2000));
  table->push_back(Length("margin.outer", "18mm", "fore-edge margin; marginal page references "
                          "stand in it", 0, 2000));
  table->push_back(Length("margin.top", "18mm", "from the top trim to the top of the text block "
                          "(the first baseline is one body size below it, TeX's topskip)",
                          0, 3000));
  table->push_back(Length("margin.bottom", "18mm", "from the lowest possible baseline to the "
                          "bottom trim", 0, 3000));
}

void AddFonts(std::vector<TemplateParameter>* table) {
  table->push_back(File("font.regular", "../../fonts/EBGaramond12-Regular.otf",
                        "the roman text face"));
  table->push_back(File("font.italic", "../../fonts/EBGaramond12-Italic.otf",
                        "the italic face: emphasis, and headings that ask for it"));
  table->push_back(File("font.bold", "../../fonts/JunicodeTwoBeta-Bold.otf",
                        "the bold face: strong emphasis"));
  // Optical sizes: a family's cut drawn for small type (sturdier strokes, wider spacing, a
  // larger x-height) sets the running heads, folios, margin numbers and note references. The
  // parameter table's are the text faces, so a template that names no small cut changes nothing.
  table->push_back(Length("font.small-up-to", "0pt", "text set at this size or smaller uses the "
                          "font.small-* faces, a family's optical size for small type (0: never)",
                          0, 72));
  table->push_back(File("font.small-regular", "../../fonts/EBGaramond12-Regular.otf",
                        "the roman face for text up to font.small-up-to"));
  table->push_back(File("font.small-italic", "../../fonts/EBGaramond12-Italic.otf",
                        "the italic face for text up to font.small-up-to"));
  table->push_back(File("font.small-bold", "../../fonts/JunicodeTwoBeta-Bold.otf",
                        "the bold face for text up to font.small-up-to"));
  table->push_back(Length("font.size", "10pt", "body type size", 4, 72));
  table->push_back(Length("font.leading", "13pt", "baseline-to-baseline distance of body text; "
                          "every page element sits on this grid", 4, 144));
  table->push_back(Boolean("features.kerning", "yes", "OpenType kern"));
  table->push_back(Boolean("features.ligatures", "yes", "OpenType liga and clig (fi, fl, ff…)"));
  table->push_back(Boolean("features.oldstyle-figures", "no",
                           "onum (old-style figures) instead of lnum; figures among capitals "
                           "(KRONSTADT 21, 53A) stay lining, with case"));
}

void AddText(std::vector<TemplateParameter>* table) {
  table->push_back(Choice("text.align", {"justify", "ragged"},
                          "justified lines, or ragged right (Knuth-Plass ragged glue)"));
  table->push_back(Length("paragraph.indent", "1em", "first-line indent; the first paragraph "
                          "after a heading and a lead-in are set full out", 0, 200));
  table->push_back(Integer("paragraph.space-between", "0", "lines",
                           "blank grid lines between paragraphs (typescript style)", 0, 3));
  table->push_back(Boolean("paragraph.tie-last-words", "yes", "keep a paragraph's "
                           "last two words on one line, so no last line is a lone word (a runt)"));
  table->push_back(Choice("emphasis.style", {"italic", "underline"},
                          "how emphasis is set"));
  table->push_back(Choice("cite.style", {"italic", "underline", "roman"},
                          "how the title of a work (<cite>) is set"));
  table->push_back(Choice("foreign.style", {"italic", "underline", "roman"},
                          "how a foreign word or name (<i lang=\"…\">) is set"));
  table->push_back(Number("space.width", "1.5", "x font space",
                          "interword space as a multiple of the font's own space glyph", 0.3, 3));
  table->push_back(Number("space.stretch", "0.5", "x space",
                          "interword stretch as a fraction of the space (TeX's cmr10: 1/2)",
                          0, 5));
  table->push_back(Number("space.shrink", "0.333", "x space",
                          "interword shrink as a fraction of the space (TeX's cmr10: 1/3)",
                          0, 0.9));
  table->push_back(Percent("space.expansion", "3%", "how much a justified line's glyphs may "
                           "be set wider or narrower at ratio 1 (glyph expansion, as pdfTeX's "
                           "microtype), so that word spaces take less of the adjustment; 0 sets "
                           "word spaces alone", 0, 5));
  table->push_back(Percent("space.expansion-step", "0.5%", "expansion scales are whole "
                           "multiples of this (one scaled font each in the PDF); the word "
                           "spaces take the rounding", 0.1, 5));
  table->push_back(Boolean("space.expansion-in-breaking", "no", "let the line breaker count "
                           "expansion as stretch and shrink (pdfTeX \\pdfadjustspacing=2), so "
                           "it chooses breaks knowing the glyphs can widen"));
  table->push_back(Choice("space.expansion-sharing", {"proportional", "glyphs-first"},
                          "how a line's adjustment is shared: glyphs-first expands the glyphs "
                          "up to space.expansion before the word spaces move (pdfTeX); "
                          "proportional moves both by the same fraction of their limits"));
  table->push_back(Length("space.letter-spacing", "0em", "letter spacing a justified line may "
                          "add to or take from each glyph at ratio 1, beside expansion; each "
                          "glyph then gets its own position in the PDF, so it is slower", 0, 5));
  table->push_back(Boolean("protrusion.enabled", "yes", "let light characters at a "
                           "justified line's ends (full stops, commas, hyphens, quotes) hang "
                           "into the margins, so the edges look straight (microtype's "
                           "protrusion); the breaker counts it"));
  table->push_back(File("protrusion.regular", "../../fonts/protrusion/ebgaramond.txt",
                        "how far each character of the roman face may hang into the margins "
                        "(thousandths of its width, left and right)"));
  table->push_back(File("protrusion.italic", "../../fonts/protrusion/ebgaramond.txt",
                        "the same for the italic face"));
  table->push_back(File("protrusion.bold", "../../fonts/protrusion/ebgaramond.txt",
                        "the same for the bold face"));
  table->push_back(Percent("protrusion.factor", "100%", "every protrusion amount multiplied "
                           "by this (microtype's factor)", 0, 200));
  table->push_back(Length("small-caps.tracking", "0.04em", "letter spacing added after each "
                          "small capital (lead-ins, running heads)", 0, 20));
}

void AddHyphenation(std::vector<TemplateParameter>* table) {
  table->push_back(Boolean("hyphenation.enabled", "yes", "hyphenate words (Liang patterns, "
                           "libhyphen)"));
  table->push_back(Text("hyphenation.language", "", "pattern language; empty: the book's "
                        "language from the manuscript"));
  table->push_back(Choice("hyphenation.missing", {"error", "unhyphenated"},
                          "when the language's patterns are not installed: error stops and "
                          "names the Debian package to install; unhyphenated sets the book "
                          "without hyphenation and warns"));
  table->push_back(Integer("hyphenation.left-min", "3", "letters",
                           "fewest letters before a hyphen (3: no \"ex-treme\", \"be-fore\")",
                           1, 10));
  table->push_back(Integer("hyphenation.right-min", "3", "letters",
                           "fewest letters after a hyphen", 1, 10));
  table->push_back(Choice("hyphenation.proper-nouns", {"by-language", "yes", "no"},
                          "hyphenate a capitalised word that does not begin a sentence (a "
                          "proper noun: patterns break names badly, \"Pet-rograd\"); "
                          "by-language: no, except in languages that capitalise every noun "
                          "(German), where a capital does not mark a name"));
  table->push_back(Boolean("hyphenation.compounds", "no", "hyphenate inside a word already "
                           "written with a hyphen (\"anarcho-syn-dicalist\"); breaking after "
                           "its own hyphen stays allowed"));
  table->push_back({"hyphenation.exceptions", T::kWords, "", "words",
                    "words with their allowed breaks: man-u-script; a word without hyphens is "
                    "never broken",
                    {}});
  table->push_back(Number("hyphenation.penalty", "50", "demerit points",
                          "cost of breaking at a hyphenation point (TeX \\hyphenpenalty)",
                          0, 10000));
  table->push_back(Number("hyphenation.explicit-penalty", "50", "demerit points",
                          "cost of breaking after a written hyphen (TeX \\exhyphenpenalty)",
                          0, 10000));
  table->push_back(Number("hyphenation.pretolerance", "1", "ratio",
                          "first try each paragraph without hyphenation, accepting it if no "
                          "line's ratio exceeds this (TeX \\pretolerance); -1: always hyphenate",
                          -1, 10));
}

// Knuth-Plass parameters come from the breaker's own table, so their meaning and the reason
// for each default are written once (linebreak/break_param_table.cc).
void AddLineBreaking(std::vector<TemplateParameter>* table) {
  for (const linebreak::BreakParamInfo& info : linebreak::BreakParamTable()) {
    std::string key = "linebreak." + std::string(info.name);
    std::replace(key.begin(), key.end(), '_', '-');
    std::string help(info.meaning);
    if (info.name == "emergency_stretch") {
      table->push_back(Length(key, "0pt", "stretchability added to every line in the second "
                              "pass, when no breaks fit the tolerance (TeX \\emergencystretch)",
                              0, 1000));
      continue;
    }
    char value[32];
    std::snprintf(value, sizeof value, "%g", info.Default());
    if (info.integer != nullptr) {
      table->push_back(Integer(key, value, "count", help, -10, 100));
    } else {
      table->push_back(Number(key, value, "demerits", help, 0, 1e9));
    }
  }
  for (TemplateParameter& parameter : *table) {
    if (parameter.key == "linebreak.tolerance") parameter.unit = "ratio";
  }
}

void AddPages(std::vector<TemplateParameter>* table) {
  table->push_back(Integer("pages.widow-lines", "2", "lines", "fewest last lines of a paragraph "
                           "at the head of a page", 1, 5));
  table->push_back(Integer("pages.orphan-lines", "2", "lines", "fewest first lines of a "
                           "paragraph at the foot of a page", 1, 5));
  table->push_back(Integer("pages.heading-keep-lines", "2", "lines", "fewest lines of text "
                           "kept on the page below a heading", 1, 5));
  table->push_back(Boolean("pages.balance-spreads", "yes", "make facing pages the same depth, "
                           "re-breaking a paragraph a line longer or shorter where that helps"));
  table->push_back(Number("pages.variant-tolerance", "0", "ratio", "the largest ratio "
                          "a paragraph re-broken a line longer or shorter to fill a page may "
                          "have, if more than linebreak.tolerance (0: the same); the page "
                          "builder weighs the looser lines' demerits against a short page",
                          0, 10));
  table->push_back(Number("pages.hyphen-end-penalty", "1500000", "demerits",
                          "cost of a page that ends on a hyphenated line (a page one line short costs 1e6)", 0, 1e9));
  table->push_back(Integer("pages.stub-lines", "5", "lines", "a division's last page with fewer "
                           "lines than this is reported as a stub (galley pdf --report, galley "
                           "proof); the page builder does not act on it", 0, 100));
}

void AddHeadings(std::vector<TemplateParameter>* table) {
  struct Defaults {
    const char *size, *leading, *face, *small_caps, *tracking, *before, *after, *new_page;
  };
  const Defaults levels[] = {
      {"17pt", "21pt", "regular", "no", "0.08em", "4", "2", "no"},
      {"10pt", "13pt", "regular", "yes", "0.06em", "2", "1", "no"},
      {"10pt", "13pt", "italic", "no", "0em", "1", "0", "no"},
  };
  for (int level = 1; level <= 3; ++level) {
    const Defaults& d = levels[level - 1];
    std::string prefix = "heading" + std::to_string(level) + ".";
    std::string which = level == 3 ? "level 3-6 headings" : "level " + std::to_string(level) +
                                                                 " headings";
    table->push_back(Length(prefix + "size", d.size, "type size of " + which, 4, 144));
    table->push_back(Length(prefix + "leading", d.leading, "line spacing inside " + which, 4, 200));
    table->push_back({prefix + "face", T::kChoice, d.face, "choice", "face of " + which,
                      {"regular", "italic", "bold"}});
    table->push_back(Boolean(prefix + "small-caps", d.small_caps,
                             "set " + which + " in small capitals (c2sc + smcp)"));
    table->push_back(Length(prefix + "tracking", d.tracking, "letter spacing of " + which, 0, 50));
    table->push_back({prefix + "align", T::kChoice, "center", "choice", "alignment of " + which,
                      {"center", "left"}});
    table->push_back(Integer(prefix + "space-before", d.before, "lines",
                             "blank grid lines above " + which + " (dropped at a page top)",
                             0, 20));
    table->push_back(Integer(prefix + "space-after", d.after, "lines",
                             "blank grid lines below " + which, 0, 20));
    table->push_back(Boolean(prefix + "new-page", d.new_page, "start " + which + " on a new page"));
  }
}

void AddPageFurniture(std::vector<TemplateParameter>* table) {
  const std::vector<std::string> contents = {"title", "section", "author", "none"};
  table->push_back({"running-head.verso", T::kChoice, "title", "choice",
                    "what the left-hand page's head shows", contents});
  table->push_back({"running-head.recto", T::kChoice, "section", "choice",
                    "what the right-hand page's head shows (section: the current heading)",
                    contents});
  table->push_back(Length("running-head.size", "9pt", "type size of running heads", 4, 72));
  table->push_back(Boolean("running-head.small-caps", "yes", "running heads in small capitals"));
  table->push_back(Length("running-head.gap", "26pt", "from the running head's baseline down to "
                          "the first text baseline", 0, 500));
  table->push_back(Text("folio.format", "– {} –", "the page number's form; {} is the number "
                        "(the pamphlet's centred \"- 6 -\", its hyphens set as en dashes)"));
  table->push_back({"folio.position", T::kChoice, "bottom-center", "choice",
                    "where the page number stands",
                    {"bottom-center", "bottom-outer", "top-center", "top-outer"}});
  table->push_back(Length("folio.size", "9pt", "type size of page numbers", 4, 72));
  table->push_back(Length("folio.gap", "26pt", "from the lowest text baseline (or the running "
                          "head, at the top) to the folio's baseline", 0, 500));
  table->push_back(Boolean("page-refs.show", "yes", "the original edition's page numbers in the "
                           "outer margin, level with the line where each original page begins"));
  table->push_back(Length("page-refs.size", "7pt", "type size of marginal page references",
                          3, 36));
  table->push_back(Length("page-refs.gap", "8pt", "from the text block to the marginal page "
                          "reference", 0, 200));
  table->push_back(Text("page-refs.format", "{}", "the marginal reference's form; {} is the "
                        "original page's label"));
}

void AddBookParts(std::vector<TemplateParameter>* table) {
  table->push_back(Boolean("title-page.show", "yes", "a title page with title, subtitle, author "
                           "and publisher"));
  table->push_back(Length("title-page.title-size", "24pt", "type size of the title", 6, 144));
  table->push_back(Boolean("title-page.imprint", "yes", "the title page's back lists source, "
                           "publisher, date and rights"));
  table->push_back(Boolean("contents.show", "yes", "a contents page that links to each heading"));
  table->push_back(Text("contents.title", "", "the contents page's heading; empty: the "
                          "book's own word for it in its language (docs/book-words.md)"));
  table->push_back(Integer("contents.depth", "2", "levels", "deepest heading level listed", 1, 6));
  table->push_back({"front.start", T::kChoice, "recto", "choice",
                    "where each front-matter division begins", {"recto", "new-page"}});
  table->push_back({"body.start", T::kChoice, "recto", "choice",
                    "where the body begins", {"recto", "new-page"}});
  table->push_back({"back.start", T::kChoice, "new-page", "choice",
                    "where each back-matter division begins", {"new-page", "recto"}});
  table->push_back(Integer("opening.sink", "4", "lines", "blank grid lines above the text of a "
                           "division's first page", 0, 30));
  table->push_back({"division-title.hide", T::kWords, "", "words",
                    "divisions whose title is not printed as their heading, as in an original "
                    "that had none: their roles (`biography colophon`) or `all`; the contents "
                    "and bookmarks still list them", {}});
  table->push_back(Text("scene-break.ornament", "*", "the centred mark between passages"));
  table->push_back(Integer("scene-break.lines", "3", "lines", "grid lines a scene break takes "
                           "(the ornament is centred in them)", 1, 9));
  table->push_back({"colophon.position", T::kChoice, "bottom", "choice",
                    "where a colophon stands on its page", {"bottom", "top"}});
}

}  // namespace

const std::vector<TemplateParameter>& TemplateParameters() {
  static const std::vector<TemplateParameter> table = [] {
    std::vector<TemplateParameter> parameters;
    AddPage(&parameters);
    AddFonts(&parameters);
    AddText(&parameters);
    AddHyphenation(&parameters);
    AddLineBreaking(&parameters);
    AddPages(&parameters);
    AddHeadings(&parameters);
    AddPageFurniture(&parameters);
    AddBookParts(&parameters);
    return parameters;
  }();
  return table;
}

const TemplateParameter* FindTemplateParameter(const std::string& key) {
  for (const TemplateParameter& parameter : TemplateParameters()) {
    if (parameter.key == key) return &parameter;
  }
  return nullptr;
}

const char* ToString(ParameterType type) {
  switch (type) {
    case ParameterType::kLength: return "length";
    case ParameterType::kNumber: return "number";
    case ParameterType::kInteger: return "integer";
    case ParameterType::kPercent: return "percent";
    case ParameterType::kBoolean: return "boolean";
    case ParameterType::kChoice: return "choice";
    case ParameterType::kText: return "text";
    case ParameterType::kFile: return "file";
    case ParameterType::kWords: return "words";
  }
  return "?";
}

}  // namespace galley::layout
