#include "layout/template/print_template.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/quoted_value.h"
#include "layout/template/template_inheritance.h"
#include "linebreak/break_param_table.h"
#include "model/division_roles.h"

namespace galley::layout {

namespace {

std::string Millimetres(double points) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1fmm", points / kPointsPerMillimetre);
  return buffer;
}

Face FaceOf(const std::string& name) {
  if (name == "italic") return Face::kItalic;
  if (name == "bold") return Face::kBold;
  return Face::kRegular;
}

RunningHead RunningHeadOf(const std::string& name) {
  if (name == "title") return RunningHead::kTitle;
  if (name == "section") return RunningHead::kSection;
  if (name == "author") return RunningHead::kAuthor;
  return RunningHead::kNone;
}

FolioPosition FolioPositionOf(const std::string& name) {
  if (name == "bottom-outer") return FolioPosition::kBottomOuter;
  if (name == "top-center") return FolioPosition::kTopCenter;
  if (name == "top-outer") return FolioPosition::kTopOuter;
  return FolioPosition::kBottomCenter;
}

// The key of a pair that the file itself set, so that an error points at a line the user
// wrote: one the template asked for sets before one a template it extends sets.
std::string KeyToBlame(const TemplateValues& values, const std::string& first,
                       const std::string& second) {
  const TemplateValue& a = values.Get(first);
  const TemplateValue& b = values.Get(second);
  bool a_own = a.file == values.file, b_own = b.file == values.file;
  if (a_own != b_own) return a_own ? first : second;
  return b.pos.line >= a.pos.line ? second : first;
}

// A file value resolved against the folder of the template that wrote it (a table default
// against `dir`, the folder of the template asked for); absolute paths stay as they are.
std::string ResolvedFile(const TemplateValue& value, const std::string& dir) {
  const std::string& file = value.text;
  std::string folder = value.file.empty() ? dir : TemplateFolder(value.file);
  return file.front() == '/' || folder.empty() ? file : folder + "/" + file;
}

// division-title.hide names division roles (or "all"): a misspelt one would hide nothing.
Status CheckDivisionTitles(const PrintTemplate& t) {
  for (const std::string& role : t.hidden_division_titles) {
    if (role != "all" && !model::IsDivisionRole(role)) {
      return t.values.ErrorAt(
          "division-title.hide", "'" + ClipForMessage(role) + "' is not a division role",
          "name roles from docs/manuscript.md (" + model::DivisionRoleList() + "), or write all");
    }
  }
  return Status::Ok();
}

Status CheckGeometry(const PrintTemplate& t) {
  const TemplateValues& values = t.values;
  double minimum_width = 6 * t.size;  // narrower than six ems, no paragraph can be set
  if (t.text_width() < minimum_width) {
    return values.ErrorAt(
        KeyToBlame(values, "margin.inner", "margin.outer"),
        "the margins (inner " + Millimetres(t.margin_inner) + " + outer " +
            Millimetres(t.margin_outer) + ") leave " + Millimetres(t.text_width()) +
            " for text on a page " + Millimetres(t.page_width) + " wide",
        "make the margins narrower or the page wider; the text needs at least " +
            Millimetres(minimum_width) + " (six ems)");
  }
  int needed = t.page_rules.widow_lines + t.page_rules.orphan_lines;
  if (t.lines_per_page() < needed) {
    return values.ErrorAt(
        KeyToBlame(values, "margin.top", "margin.bottom"),
        "the margins (top " + Millimetres(t.margin_top) + " + bottom " +
            Millimetres(t.margin_bottom) + ") leave room for " +
            std::to_string(std::max(t.lines_per_page(), 0)) + " lines on a page " +
            Millimetres(t.page_height) + " tall",
        "a page must hold at least " + std::to_string(needed) +
            " lines (widow + orphan lines); make the margins smaller");
  }
  if (t.leading < t.size * 0.8) {
    return values.ErrorAt("font.leading", "the leading is less than 80% of the type size, so "
                          "lines would overprint", "use a leading at least as large as the size");
  }
  return Status::Ok();
}

void ReadHyphenation(const TemplateValues& values, PrintTemplate* t) {
  t->hyphenate = values.Boolean("hyphenation.enabled");
  t->hyphenation_language = values.Text("hyphenation.language");
  t->hyphenate_without_patterns = values.Text("hyphenation.missing") == "unhyphenated";
  t->hyphenation.left_min = values.Integer("hyphenation.left-min");
  t->hyphenation.right_min = values.Integer("hyphenation.right-min");
  std::string names = values.Text("hyphenation.proper-nouns");
  t->proper_nouns = names == "yes"  ? ProperNouns::kHyphenate
                    : names == "no" ? ProperNouns::kLeaveWhole
                                    : ProperNouns::kByLanguage;
  t->hyphenate_compounds = values.Boolean("hyphenation.compounds");
  for (const std::string& word : values.Get("hyphenation.exceptions").words) {
    std::string plain;
    for (char c : word) {
      if (c != '-') plain += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    t->hyphenation.exceptions[plain] = word;
  }
  t->hyphen_penalty = values.Number("hyphenation.penalty");
  t->explicit_hyphen_penalty = values.Number("hyphenation.explicit-penalty");
  t->pretolerance = values.Number("hyphenation.pretolerance");
}

void ReadLineBreaking(const TemplateValues& values, PrintTemplate* t) {
  for (const linebreak::BreakParamInfo& info : linebreak::BreakParamTable()) {
    std::string key = "linebreak." + std::string(info.name);
    std::replace(key.begin(), key.end(), '_', '-');
    const TemplateValue& value = values.Get(key);
    double number = value.parameter->type == ParameterType::kLength
                        ? value.length.ToPoints(t->size)
                        : value.number;
    info.Set(&t->breaking, number);
  }
}

void ReadHeadings(const TemplateValues& values, PrintTemplate* t) {
  for (int level = 1; level <= 3; ++level) {
    std::string prefix = "heading" + std::to_string(level) + ".";
    HeadingStyle& style = t->headings[level - 1];
    style.size = values.Get(prefix + "size").length.ToPoints(t->size);
    style.leading = values.Get(prefix + "leading").length.ToPoints(t->size);
    style.face = FaceOf(values.Text(prefix + "face"));
    style.small_caps = values.Boolean(prefix + "small-caps");
    style.tracking = values.Get(prefix + "tracking").length.ToPoints(style.size);
    style.centered = values.Text(prefix + "align") == "center";
    style.space_before = values.Integer(prefix + "space-before");
    style.space_after = values.Integer(prefix + "space-after");
    style.new_page = values.Boolean(prefix + "new-page");
  }
}

void ReadFurniture(const TemplateValues& values, PrintTemplate* t) {
  auto points = [&](const std::string& key) { return values.Get(key).length.ToPoints(t->size); };
  t->verso_head = RunningHeadOf(values.Text("running-head.verso"));
  t->recto_head = RunningHeadOf(values.Text("running-head.recto"));
  t->running_head_size = points("running-head.size");
  t->running_head_small_caps = values.Boolean("running-head.small-caps");
  t->running_head_gap = points("running-head.gap");
  t->folio_format = values.Text("folio.format");
  t->folio_position = FolioPositionOf(values.Text("folio.position"));
  t->folio_size = points("folio.size");
  t->folio_gap = points("folio.gap");
  t->page_refs = values.Boolean("page-refs.show");
  t->page_ref_size = points("page-refs.size");
  t->page_ref_gap = points("page-refs.gap");
  t->page_ref_format = values.Text("page-refs.format");
  t->title_page = values.Boolean("title-page.show");
  t->title_size = points("title-page.title-size");
  t->imprint = values.Boolean("title-page.imprint");
  t->contents = values.Boolean("contents.show");
  t->contents_title = values.Text("contents.title");
  t->contents_depth = values.Integer("contents.depth");
  t->front_on_recto = values.Text("front.start") == "recto";
  t->body_on_recto = values.Text("body.start") == "recto";
  t->back_on_recto = values.Text("back.start") == "recto";
  t->opening_sink = values.Integer("opening.sink");
  t->hidden_division_titles = values.Get("division-title.hide").words;
  t->scene_break_ornament = values.Text("scene-break.ornament");
  t->scene_break_lines = values.Integer("scene-break.lines");
  t->colophon_at_bottom = values.Text("colophon.position") == "bottom";
}

}  // namespace

// The protrusion tables the template names, scaled by protrusion.factor; a file named for
// several faces is read once.
Status LoadProtrusion(const FileSystem& fs, PrintTemplate* t) {
  const char* keys[] = {"protrusion.regular", "protrusion.italic", "protrusion.bold"};
  for (int face = 0; face < 3; ++face) {
    const std::string& file = t->protrusion_files[face];
    int same = 0;
    while (same < face && t->protrusion_files[same] != file) ++same;
    if (same < face) {
      t->protrusion[face] = t->protrusion[same];
      continue;
    }
    if (!fs.Exists(file)) {
      return t->values.ErrorAt(keys[face], "protrusion file " + file + " does not exist",
                               "paths are relative to the folder of the template that names "
                               "them; the project's "
                               "tables are in fonts/protrusion/, or set protrusion.enabled = no");
    }
    Result<std::string> text = ReadTextFile(fs, file);
    if (!text.ok()) return text.take_error();
    Result<ProtrusionTable> table = ProtrusionTable::Parse(*text, file);
    if (!table.ok()) return table.take_error();
    table->Scale(t->protrusion_factor);
    t->protrusion[face] = std::move(*table);
  }
  return Status::Ok();
}

bool PrintTemplate::PrintsDivisionTitle(const std::string& role) const {
  for (const std::string& hidden : hidden_division_titles) {
    if (hidden == "all" || (!role.empty() && hidden == role)) return false;
  }
  return true;
}

int PrintTemplate::lines_per_page() const {
  double room = page_height - margin_top - margin_bottom - size;
  if (room < 0) return 0;
  return static_cast<int>(std::floor(room / leading + 1e-6)) + 1;
}

// The MarkStyle a template value (already checked against its choices) names.
static MarkStyle MarkStyleNamed(const std::string& name) {
  if (name == "underline") return MarkStyle::kUnderline;
  if (name == "roman") return MarkStyle::kRoman;
  return MarkStyle::kItalic;
}

std::string FormatWithNumber(const std::string& format, const std::string& value) {
  std::string out = format;
  size_t at = out.find("{}");
  if (at != std::string::npos) out.replace(at, 2, value);
  return out;
}

Result<PrintTemplate> BuildPrintTemplate(TemplateValues values, const std::string& dir) {
  PrintTemplate t;
  t.path = values.file;
  t.values = std::move(values);
  const TemplateValues& v = t.values;
  t.size = v.Get("font.size").length.ToPoints(10);
  auto points = [&](const std::string& key) { return v.Get(key).length.ToPoints(t.size); };
  t.page_width = points("page.width");
  t.page_height = points("page.height");
  t.margin_inner = points("margin.inner");
  t.margin_outer = points("margin.outer");
  t.margin_top = points("margin.top");
  t.margin_bottom = points("margin.bottom");

  for (int face = 0; face < 3; ++face) {
    t.font_files[face] = ResolvedFile(v.Get(kFaceKeys[face]), dir);
    t.small_font_files[face] = ResolvedFile(v.Get(kSmallFaceKeys[face]), dir);
  }
  t.small_up_to = points("font.small-up-to");
  t.leading = points("font.leading");
  t.features.kerning = v.Boolean("features.kerning");
  t.features.ligatures = v.Boolean("features.ligatures");
  t.features.oldstyle_figures = v.Boolean("features.oldstyle-figures");
  t.justify = v.Text("text.align") == "justify";
  t.indent = points("paragraph.indent");
  t.paragraph_space = v.Integer("paragraph.space-between");
  t.tie_last_words = v.Boolean("paragraph.tie-last-words");
  t.underline_emphasis = v.Text("emphasis.style") == "underline";
  t.citation_style = MarkStyleNamed(v.Text("cite.style"));
  t.foreign_style = MarkStyleNamed(v.Text("foreign.style"));
  t.space_width = v.Number("space.width");
  t.space_stretch = v.Number("space.stretch");
  t.space_shrink = v.Number("space.shrink");
  t.expansion = v.Number("space.expansion");
  t.expansion_step = v.Number("space.expansion-step");
  t.expansion_in_breaking = v.Boolean("space.expansion-in-breaking");
  t.expansion_glyphs_first = v.Text("space.expansion-sharing") == "glyphs-first";
  t.letter_spacing = points("space.letter-spacing");
  t.protrude = v.Boolean("protrusion.enabled");
  t.protrusion_factor = v.Number("protrusion.factor");
  const char* protrusion_keys[] = {"protrusion.regular", "protrusion.italic", "protrusion.bold"};
  for (int face = 0; face < 3; ++face) {
    t.protrusion_files[face] = ResolvedFile(v.Get(protrusion_keys[face]), dir);
  }
  t.small_caps_tracking = points("small-caps.tracking");

  ReadHyphenation(v, &t);
  ReadLineBreaking(v, &t);
  t.page_rules.widow_lines = v.Integer("pages.widow-lines");
  t.page_rules.orphan_lines = v.Integer("pages.orphan-lines");
  t.page_rules.heading_keep_lines = v.Integer("pages.heading-keep-lines");
  t.page_rules.balance_spreads = v.Boolean("pages.balance-spreads");
  t.page_rules.hyphen_end_penalty = v.Number("pages.hyphen-end-penalty");
  t.page_rules.variant_tolerance = v.Number("pages.variant-tolerance");
  ReadHeadings(v, &t);
  ReadFurniture(v, &t);
  GALLEY_RETURN_IF_ERROR(CheckDivisionTitles(t));
  GALLEY_RETURN_IF_ERROR(CheckGeometry(t));
  return t;
}

Result<PrintTemplate> LoadPrintTemplate(const FileSystem& fs, const std::string& path,
                                        const std::string& default_path) {
  Result<TemplateValues> values = LoadTemplateValues(fs, path, default_path);
  if (!values.ok()) return values.take_error();
  Result<PrintTemplate> built = BuildPrintTemplate(std::move(*values), TemplateFolder(path));
  if (!built.ok()) return built.take_error();
  for (int face = 0; face < 3; ++face) {
    for (bool small : {false, true}) {
      if (small && built->small_up_to <= 0) continue;  // the small faces are never used
      const std::string& file = (small ? built->small_font_files : built->font_files)[face];
      if (fs.Exists(file)) continue;
      return built->values.ErrorAt((small ? kSmallFaceKeys : kFaceKeys)[face],
                                   "font file " + file + " does not exist",
                                   "font paths are relative to the folder of the template "
                                   "that names them; the "
                                   "project's fonts are in fonts/");
    }
  }
  if (built->protrude) GALLEY_RETURN_IF_ERROR(LoadProtrusion(fs, &*built));
  return built;
}

}  // namespace galley::layout
