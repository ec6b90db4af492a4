// A print template as typed settings: page geometry, faces, text, hyphenation, line breaking,
// page rules, headings and page furniture. Built from a template file (docs/templates.md)
// whose keys the parameter table defines; impossible geometry is an error naming the line.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "base/result.h"
#include "hyphen/hyphenator.h"
#include "io/file_system.h"
#include "layout/paragraph/protrusion_table.h"
#include "layout/paragraph/text_style.h"
#include "layout/paragraph/word_context.h"
#include "layout/template/template_parser.h"
#include "linebreak/knuth_plass.h"
#include "shaping/features.h"

namespace galley::layout {

struct HeadingStyle {
  double size = 10, leading = 13;
  Face face = Face::kRegular;
  bool small_caps = false;
  double tracking = 0;  // points added after each letter
  bool centered = true;
  int space_before = 0, space_after = 0;  // grid lines
  bool new_page = false;
};

enum class RunningHead { kTitle, kSection, kAuthor, kNone };
enum class FolioPosition { kBottomCenter, kBottomOuter, kTopCenter, kTopOuter };

struct PageRules {
  int widow_lines = 2;
  int orphan_lines = 2;
  int heading_keep_lines = 2;
  bool balance_spreads = true;
  double hyphen_end_penalty = 300;
  double variant_tolerance = 0;  // 0: linebreak.tolerance
};

// The template keys naming the faces, indexed by Face: the text faces and the optical size
// for small type.
inline constexpr const char* kFaceKeys[3] = {"font.regular", "font.italic", "font.bold"};
inline constexpr const char* kSmallFaceKeys[3] = {"font.small-regular", "font.small-italic",
                                                  "font.small-bold"};

struct PrintTemplate {
  std::string path;
  TemplateValues values;  // as parsed, for errors that point at a key's line

  // Geometry, points.
  double page_width = 0, page_height = 0;
  double margin_inner = 0, margin_outer = 0, margin_top = 0, margin_bottom = 0;

  // Faces (paths resolved against the template's folder) and body text.
  std::array<std::string, 3> font_files;  // indexed by Face
  // Optical sizes: text of small_up_to points or less is set in these (0: never).
  std::array<std::string, 3> small_font_files;  // indexed by Face
  double small_up_to = 0;
  double size = 10, leading = 13;
  shaping::FeatureSet features;
  bool justify = true;
  double indent = 10;
  int paragraph_space = 0;
  bool tie_last_words = true;
  bool underline_emphasis = false;
  MarkStyle citation_style = MarkStyle::kItalic;  // cite.style
  MarkStyle foreign_style = MarkStyle::kItalic;   // foreign.style
  double space_width = 1.5, space_stretch = 0.5, space_shrink = 1.0 / 3;
  double expansion = 0;       // fraction of a glyph's width at ratio 1 (0.02 = 2 %)
  double expansion_step = 0.005;
  bool expansion_in_breaking = false;
  bool expansion_glyphs_first = false;  // else proportional (layout/paragraph/line_setter.h)
  double letter_spacing = 0;  // points per glyph at ratio 1
  // Character protrusion of justified lines: the files named by protrusion.regular/.italic/
  // .bold, read by LoadPrintTemplate (BuildPrintTemplate leaves the tables empty).
  bool protrude = true;
  double protrusion_factor = 1;
  std::array<std::string, 3> protrusion_files;  // indexed by Face
  ProtrusionTables protrusion;
  double small_caps_tracking = 0;

  // Hyphenation and line breaking.
  bool hyphenate = true;
  std::string hyphenation_language;  // empty: the book's
  bool hyphenate_without_patterns = false;  // hyphenation.missing = unhyphenated
  hyphen::HyphenationSettings hyphenation;
  ProperNouns proper_nouns = ProperNouns::kByLanguage;
  bool hyphenate_compounds = false;
  double hyphen_penalty = 50, explicit_hyphen_penalty = 50, pretolerance = 1;
  linebreak::BreakParams breaking;  // line_widths left empty: set per paragraph

  PageRules page_rules;
  std::array<HeadingStyle, 3> headings;  // levels 1, 2 and 3-6

  RunningHead verso_head = RunningHead::kTitle, recto_head = RunningHead::kSection;
  double running_head_size = 9, running_head_gap = 26;
  bool running_head_small_caps = true;
  std::string folio_format = "- {} -";
  FolioPosition folio_position = FolioPosition::kBottomCenter;
  double folio_size = 9, folio_gap = 26;
  bool page_refs = true;
  double page_ref_size = 7, page_ref_gap = 8;
  std::string page_ref_format = "{}";

  bool title_page = true, imprint = true;
  double title_size = 24;
  bool contents = true;
  std::string contents_title;  // empty: the book's word (model/book_words.h)
  int contents_depth = 2;
  bool front_on_recto = true, body_on_recto = true, back_on_recto = false;
  int opening_sink = 4;
  // division-title.hide: roles whose divisions' titles are not printed as headings, or "all".
  std::vector<std::string> hidden_division_titles;
  std::string scene_break_ornament = "*";
  int scene_break_lines = 3;
  bool colophon_at_bottom = true;

  double text_width() const { return page_width - margin_inner - margin_outer; }
  // Baselines a full page holds: the first sits one body size below margin_top (TeX's
  // \topskip), the last no lower than page_height - margin_bottom.
  int lines_per_page() const;
  const HeadingStyle& heading(int level) const { return headings[level < 3 ? level - 1 : 2]; }
  // Whether a division of `role` sets its title (model::Block::division_title) as a heading.
  bool PrintsDivisionTitle(const std::string& role) const;
};

// Builds the typed template from parsed values; a file path resolves against the folder of the
// template that wrote it, a table default against `dir`. Checks geometry (the margins must
// leave room for text).
Result<PrintTemplate> BuildPrintTemplate(TemplateValues values, const std::string& dir);

// Reads the protrusion tables `t` names into t->protrusion (errors: a missing or bad file).
Status LoadProtrusion(const FileSystem& fs, PrintTemplate* t);

// Reads, parses and builds the template at `path` over the template it extends (by default
// `default_path`, the shipped default; empty: the parameter table, template_inheritance.h),
// checks that its font files exist and reads its protrusion tables.
Result<PrintTemplate> LoadPrintTemplate(const FileSystem& fs, const std::string& path,
                                        const std::string& default_path = {});

// "{}" in `format` replaced by `value` ("- {} -" → "- 6 -").
std::string FormatWithNumber(const std::string& format, const std::string& value);

}  // namespace galley::layout
