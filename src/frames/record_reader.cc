#include "frames/record_reader.h"

#include <charconv>
#include <vector>

#include "frames/record_format.h"

namespace galley::frames {

namespace {

using namespace record;

// One line of the record split into its fields and its free text.
struct Fields {
  std::vector<std::string_view> fields;  // fields[0] is the keyword
  std::vector<size_t> columns;           // 1-based column of each field
  std::string_view text;                 // after the first " | "; empty if none
  bool has_text = false;
};

void Split(std::string_view line, Fields* out) {
  out->fields.clear();
  out->columns.clear();
  size_t mark = line.find(kTextMark);
  out->has_text = mark != std::string_view::npos;
  out->text = out->has_text ? line.substr(mark + kTextMark.size()) : std::string_view();
  std::string_view head = out->has_text ? line.substr(0, mark) : line;
  size_t at = 0;
  while (at < head.size()) {
    size_t end = head.find(' ', at);
    if (end == std::string_view::npos) end = head.size();
    if (end > at) {
      out->fields.push_back(head.substr(at, end - at));
      out->columns.push_back(at + 1);
    }
    at = end + 1;
  }
}

class RecordReader {
 public:
  RecordReader(std::string_view text, const std::string& path, const RecordReadOptions& options)
      : text_(text), path_(path), options_(options) {}

  Result<DocumentFrames> Read();

 private:
  Status ReadLine(std::string_view line);
  Status Header(std::string_view keyword);
  Status Page();
  Status Line();
  Status Run();
  Status Glyphs();
  Status Rule();

  Error Malformed(size_t field, const std::string& what) const;
  Status Need(size_t count, bool text, const char* form) const;
  Status Int(size_t field, int* value) const;
  Status Double(size_t field, double* value) const;
  PageFrame* CurrentPage();

  std::string_view text_;
  const std::string& path_;
  RecordReadOptions options_;
  int line_number_ = 0;
  Fields fields_;
  DocumentFrames frames_;
  int pages_ = -1;
};

Error RecordReader::Malformed(size_t field, const std::string& what) const {
  size_t column = field < fields_.columns.size() ? fields_.columns[field] : 1;
  return InputError(SourceLocation{path_, {line_number_, static_cast<int>(column)}},
                    "this layout record is malformed: " + what,
                    "records are written by galley pdf (docs/layout-record.md); make it again "
                    "rather than editing it");
}

Status RecordReader::Need(size_t count, bool text, const char* form) const {
  if (fields_.fields.size() != count || fields_.has_text != text) {
    return Malformed(0, std::string("expected `") + form + "`");
  }
  return Status::Ok();
}

Status RecordReader::Int(size_t field, int* value) const {
  std::string_view text = fields_.fields[field];
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return Malformed(field, "`" + std::string(text) + "` is not a whole number");
  }
  return Status::Ok();
}

Status RecordReader::Double(size_t field, double* value) const {
  std::string_view text = fields_.fields[field];
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return Malformed(field, "`" + std::string(text) + "` is not a number");
  }
  return Status::Ok();
}

PageFrame* RecordReader::CurrentPage() {
  return frames_.pages.empty() ? nullptr : &frames_.pages.back();
}

Result<DocumentFrames> RecordReader::Read() {
  size_t at = 0;
  while (at < text_.size()) {
    size_t end = text_.find('\n', at);
    if (end == std::string_view::npos) end = text_.size();
    ++line_number_;
    std::string_view line = text_.substr(at, end - at);
    at = end + 1;
    if (line_number_ == 1) {
      if (line != kMagic) {
        return InputError(SourceLocation{path_, {1, 1}},
                          "this is not a layout record of this version: its first line is not `" +
                              std::string(kMagic) + "`",
                          "give a .lines.txt written by galley pdf, or a title to typeset");
      }
      continue;
    }
    if (line.empty()) continue;
    GALLEY_RETURN_IF_ERROR(ReadLine(line));
  }
  if (line_number_ == 0) {
    return InputError(SourceLocation{path_, {}}, "this layout record is empty",
                      "give a .lines.txt written by galley pdf, or a title to typeset");
  }
  if (pages_ != static_cast<int>(frames_.pages.size())) {
    return InputError(SourceLocation{path_, {line_number_, 1}},
                      "this layout record ends early: its header announces " +
                          std::to_string(pages_) + " pages, it has " +
                          std::to_string(frames_.pages.size()),
                      "the file was cut short; make it again with galley pdf");
  }
  return std::move(frames_);
}

Status RecordReader::ReadLine(std::string_view line) {
  // Glyph lines are most of the record: skipped unread unless asked for.
  if (!options_.glyphs && line.starts_with("glyphs")) return Status::Ok();
  Split(line, &fields_);
  if (fields_.fields.empty()) return Malformed(0, "a line with no keyword");
  std::string_view keyword = fields_.fields[0];
  if (keyword == "line") return Line();
  if (keyword == "run") return Run();
  if (keyword == "glyphs") return Glyphs();
  if (keyword == "page") return Page();
  PageFrame* page = CurrentPage();
  if (keyword == "tag" || keyword == "end" || keyword == "dest" || keyword == "link" ||
      keyword == "rule") {
    if (page == nullptr) return Malformed(0, "`" + std::string(keyword) + "` before any page");
  }
  if (keyword == "tag" || keyword == "end") {
    GALLEY_RETURN_IF_ERROR(Need(2, false, "tag NAME"));
    page->items.push_back(keyword == "tag" ? TagBegin(std::string(fields_.fields[1]))
                                           : TagEnd(std::string(fields_.fields[1])));
    return Status::Ok();
  }
  if (keyword == "dest") {
    GALLEY_RETURN_IF_ERROR(Need(4, false, "dest X Y NAME"));
    double x = 0, y = 0;
    GALLEY_RETURN_IF_ERROR(Double(1, &x));
    GALLEY_RETURN_IF_ERROR(Double(2, &y));
    page->items.push_back(Destination(std::string(fields_.fields[3]), x, y));
    return Status::Ok();
  }
  if (keyword == "link") {
    GALLEY_RETURN_IF_ERROR(Need(6, false, "link X Y WIDTH HEIGHT DESTINATION"));
    LinkItem link;
    GALLEY_RETURN_IF_ERROR(Double(1, &link.x));
    GALLEY_RETURN_IF_ERROR(Double(2, &link.y));
    GALLEY_RETURN_IF_ERROR(Double(3, &link.width));
    GALLEY_RETURN_IF_ERROR(Double(4, &link.height));
    link.destination = std::string(fields_.fields[5]);
    page->items.push_back(Link(std::move(link)));
    return Status::Ok();
  }
  if (keyword == "rule") return Rule();
  if (page != nullptr) return Malformed(0, "`" + std::string(keyword) + "` after the first page");
  return Header(keyword);
}

Status RecordReader::Header(std::string_view keyword) {
  if (keyword == "title" || keyword == "template" || keyword == "language") {
    GALLEY_RETURN_IF_ERROR(Need(1, true, "KEYWORD | TEXT"));
    std::string value(fields_.text);
    if (keyword == "title") frames_.title = value;
    if (keyword == "template") frames_.template_path = value;
    if (keyword == "language") frames_.language = value;
    return Status::Ok();
  }
  if (keyword == "metadata") {
    GALLEY_RETURN_IF_ERROR(Need(2, true, "metadata KEY | VALUE"));
    PdfMetadata& m = frames_.metadata;
    std::string_view key = fields_.fields[1];
    std::string value(fields_.text);
    if (key == "title") m.title = value;
    else if (key == "author") m.author = value;
    else if (key == "subject") m.subject = value;
    else if (key == "keywords") m.keywords = value;
    else if (key == "creator") m.creator = value;
    else if (key == "created") m.create_date = value;
    else if (key == "modified") m.mod_date = value;
    else return Malformed(1, "`" + std::string(key) + "` is not a metadata key");
    return Status::Ok();
  }
  if (keyword == "setting") {
    GALLEY_RETURN_IF_ERROR(Need(2, true, "setting KEY | VALUE"));
    frames_.settings.push_back({std::string(fields_.fields[1]), std::string(fields_.text)});
    return Status::Ok();
  }
  if (keyword == "font") {
    GALLEY_RETURN_IF_ERROR(Need(3, true, "font ID DIGEST | FILE | FAMILY | STYLE"));
    int id = 0;
    GALLEY_RETURN_IF_ERROR(Int(1, &id));
    if (id != static_cast<int>(frames_.fonts.size())) {
      return Malformed(1, "fonts must be numbered 0, 1, 2… in order");
    }
    FontRef font;
    font.digest = std::string(fields_.fields[2]);
    std::string_view rest = fields_.text;
    size_t first = rest.find(kTextMark);
    size_t second = first == std::string_view::npos ? first : rest.find(kTextMark, first + 1);
    if (second == std::string_view::npos) return Malformed(0, "expected FILE | FAMILY | STYLE");
    font.file = std::string(rest.substr(0, first));
    font.family = std::string(rest.substr(first + kTextMark.size(),
                                          second - first - kTextMark.size()));
    font.style = std::string(rest.substr(second + kTextMark.size()));
    frames_.fonts.push_back(std::move(font));
    return Status::Ok();
  }
  if (keyword == "outline") {
    GALLEY_RETURN_IF_ERROR(Need(3, true, "outline LEVEL DESTINATION | TITLE"));
    OutlineEntry entry;
    GALLEY_RETURN_IF_ERROR(Int(1, &entry.level));
    entry.destination = std::string(fields_.fields[2]);
    entry.title = std::string(fields_.text);
    frames_.outline.push_back(std::move(entry));
    return Status::Ok();
  }
  if (keyword == "pages") {
    GALLEY_RETURN_IF_ERROR(Need(2, false, "pages COUNT"));
    return Int(1, &pages_);
  }
  return Malformed(0, "`" + std::string(keyword) + "` is not a record line");
}

Status RecordReader::Page() {
  GALLEY_RETURN_IF_ERROR(Need(13, true,
                              "page NUMBER KIND LABEL-STYLE LABEL-NUMBER FLAGS WIDTH HEIGHT "
                              "BLOCK-X BLOCK-WIDTH FIRST-BASELINE LEADING LINES | LABEL"));
  PageFrame page;
  GALLEY_RETURN_IF_ERROR(Int(1, &page.number));
  if (page.number != static_cast<int>(frames_.pages.size()) + 1) {
    return Malformed(1, "pages must be numbered 1, 2, 3… in order");
  }
  if (!PageKindFromString(fields_.fields[2], &page.kind)) {
    return Malformed(2, "`" + std::string(fields_.fields[2]) + "` is not a page kind");
  }
  if (!LabelStyleFromName(fields_.fields[3], &page.label.style)) {
    return Malformed(3, "`" + std::string(fields_.fields[3]) + "` is not a label style");
  }
  GALLEY_RETURN_IF_ERROR(Int(4, &page.label.number));
  std::string_view flags = fields_.fields[5];
  if (flags.size() != 2) return Malformed(5, "page flags are two letters, `o` `c` or `-`");
  page.opening = flags[0] == kPageFlags[0];
  page.closing = flags[1] == kPageFlags[1];
  GALLEY_RETURN_IF_ERROR(Double(6, &page.width));
  GALLEY_RETURN_IF_ERROR(Double(7, &page.height));
  GALLEY_RETURN_IF_ERROR(Double(8, &page.block.x));
  GALLEY_RETURN_IF_ERROR(Double(9, &page.block.width));
  GALLEY_RETURN_IF_ERROR(Double(10, &page.block.first_baseline));
  GALLEY_RETURN_IF_ERROR(Double(11, &page.block.leading));
  GALLEY_RETURN_IF_ERROR(Int(12, &page.block.lines));
  page.label.text = std::string(fields_.text);
  frames_.pages.push_back(std::move(page));
  return Status::Ok();
}

Status RecordReader::Line() {
  PageFrame* page = CurrentPage();
  if (page == nullptr) return Malformed(0, "`line` before any page");
  GALLEY_RETURN_IF_ERROR(Need(12, true,
                              "line ROLE LEVEL PARAGRAPH INDEX FLAGS RATIO WORDS SOURCE X Y "
                              "WIDTH | TEXT"));
  TextLineItem line;
  if (!RoleFromString(fields_.fields[1], &line.role)) {
    return Malformed(1, "`" + std::string(fields_.fields[1]) + "` is not a role");
  }
  GALLEY_RETURN_IF_ERROR(Int(2, &line.level));
  GALLEY_RETURN_IF_ERROR(Int(3, &line.paragraph));
  GALLEY_RETURN_IF_ERROR(Int(4, &line.line));
  if (!ParseLineFlags(fields_.fields[5], &line)) {
    return Malformed(5, "line flags are six letters `fljhou`, each or `-`");
  }
  GALLEY_RETURN_IF_ERROR(Double(6, &line.ratio));
  GALLEY_RETURN_IF_ERROR(Int(7, &line.words));
  if (!ParseSource(fields_.fields[8], &line.source)) {
    return Malformed(8, "a source range is LINE:COLUMN-LINE:COLUMN or `-`");
  }
  GALLEY_RETURN_IF_ERROR(Double(9, &line.x));
  GALLEY_RETURN_IF_ERROR(Double(10, &line.y));
  GALLEY_RETURN_IF_ERROR(Double(11, &line.width));
  line.text = std::string(fields_.text);
  page->items.push_back(TextItem(std::move(line)));
  return Status::Ok();
}

Status RecordReader::Run() {
  PageFrame* page = CurrentPage();
  if (page == nullptr || page->items.empty() ||
      page->items.back().kind != FrameItem::Kind::kText) {
    return Malformed(0, "`run` must follow its `line`");
  }
  // A passage in another language adds `lang=TAG` after FEATURES.
  const bool with_language =
      fields_.fields.size() == 13 && fields_.fields[12].substr(0, 5) == "lang=";
  GALLEY_RETURN_IF_ERROR(Need(with_language ? 13 : 12, true,
                              "run FONT SIZE FACE FLAGS TRACKING RISE SCALE COLOR X Y FEATURES "
                              "[lang=TAG] | TEXT"));
  GlyphRunItem run;
  int font = 0;
  GALLEY_RETURN_IF_ERROR(Int(1, &font));
  if (font < 0 || font >= static_cast<int>(frames_.fonts.size())) {
    return Malformed(1, "font " + std::to_string(font) + " is not in the header");
  }
  run.font = static_cast<uint16_t>(font);
  GALLEY_RETURN_IF_ERROR(Double(2, &run.size));
  if (!FaceFromName(fields_.fields[3], &run.style.face)) {
    return Malformed(3, "`" + std::string(fields_.fields[3]) + "` is not a face");
  }
  std::string_view flags = fields_.fields[4];
  if (flags.size() != 2) return Malformed(4, "run flags are two letters, `s` `u` or `-`");
  run.style.small_caps = flags[0] == kRunFlags[0];
  run.style.underline = flags[1] == kRunFlags[1];
  GALLEY_RETURN_IF_ERROR(Double(5, &run.style.tracking));
  GALLEY_RETURN_IF_ERROR(Double(6, &run.style.rise));
  GALLEY_RETURN_IF_ERROR(Double(7, &run.horizontal_scale));
  if (!ParseColor(fields_.fields[8], &run.color)) {
    return Malformed(8, "a colour is `-` or R,G,B");
  }
  GALLEY_RETURN_IF_ERROR(Double(9, &run.x));
  GALLEY_RETURN_IF_ERROR(Double(10, &run.y));
  std::string features(fields_.fields[11]);
  if (features == "-") features.clear();
  for (char& c : features) c = c == '+' ? ' ' : c;
  run.style.features = std::move(features);
  if (with_language) run.style.language = std::string(fields_.fields[12].substr(5));
  run.text = std::string(fields_.text);
  page->items.back().text.runs.push_back(std::move(run));
  return Status::Ok();
}

Status RecordReader::Glyphs() {
  PageFrame* page = CurrentPage();
  if (page == nullptr || page->items.empty() ||
      page->items.back().kind != FrameItem::Kind::kText ||
      page->items.back().text.runs.empty()) {
    return Malformed(0, "`glyphs` must follow its `run`");
  }
  std::vector<shaping::Glyph>& glyphs = page->items.back().text.runs.back().glyphs;
  glyphs.reserve(fields_.fields.size() - 1);
  long previous = -1;
  for (size_t i = 1; i < fields_.fields.size(); ++i) {
    std::string_view token = fields_.fields[i];
    const char* at = token.data();
    const char* end = token.data() + token.size();
    shaping::Glyph glyph;
    auto [after_id, id_error] = std::from_chars(at, end, glyph.id);
    if (id_error != std::errc() || after_id == end || *after_id != ':') {
      return Malformed(i, "a glyph is ID:ADVANCE[+CLUSTER-STEP][@X,Y]");
    }
    auto [after_advance, advance_error] = std::from_chars(after_id + 1, end, glyph.x_advance);
    if (advance_error != std::errc()) return Malformed(i, "a glyph's advance is a number");
    at = after_advance;
    long step = 1;
    if (at < end && *at == '+') {
      auto [after_step, step_error] = std::from_chars(at + 1, end, step);
      if (step_error != std::errc()) return Malformed(i, "a cluster step is a whole number");
      at = after_step;
    }
    if (at < end && *at == '@') {
      auto [after_x, x_error] = std::from_chars(at + 1, end, glyph.x_offset);
      if (x_error != std::errc() || after_x == end || *after_x != ',') {
        return Malformed(i, "a glyph offset is @X,Y");
      }
      auto [after_y, y_error] = std::from_chars(after_x + 1, end, glyph.y_offset);
      if (y_error != std::errc()) return Malformed(i, "a glyph offset is @X,Y");
      at = after_y;
    }
    if (at != end) return Malformed(i, "a glyph is ID:ADVANCE[+CLUSTER-STEP][@X,Y]");
    previous += step;
    glyph.cluster = static_cast<uint32_t>(previous);
    glyphs.push_back(glyph);
  }
  return Status::Ok();
}

Status RecordReader::Rule() {
  GALLEY_RETURN_IF_ERROR(Need(8, false, "rule ROLE X0 Y0 X1 Y1 THICKNESS COLOR"));
  RuleItem rule;
  if (!RoleFromString(fields_.fields[1], &rule.role)) {
    return Malformed(1, "`" + std::string(fields_.fields[1]) + "` is not a role");
  }
  GALLEY_RETURN_IF_ERROR(Double(2, &rule.x0));
  GALLEY_RETURN_IF_ERROR(Double(3, &rule.y0));
  GALLEY_RETURN_IF_ERROR(Double(4, &rule.x1));
  GALLEY_RETURN_IF_ERROR(Double(5, &rule.y1));
  GALLEY_RETURN_IF_ERROR(Double(6, &rule.thickness));
  if (!ParseColor(fields_.fields[7], &rule.color)) return Malformed(7, "a colour is `-` or R,G,B");
  CurrentPage()->items.push_back(RuleFrameItem(rule));
  return Status::Ok();
}

}  // namespace

bool LooksLikeRecord(std::string_view text) { return text.starts_with(kMagic); }

Result<DocumentFrames> ParseRecord(std::string_view text, const std::string& path,
                                   const RecordReadOptions& options) {
  return RecordReader(text, path, options).Read();
}

Result<DocumentFrames> ReadRecord(const FileSystem& fs, const std::string& path,
                                  const RecordReadOptions& options) {
  Result<std::string> text = ReadTextFile(fs, path);
  if (!text.ok()) return text.take_error();
  return ParseRecord(*text, path, options);
}

}  // namespace galley::frames
