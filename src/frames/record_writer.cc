#include "frames/record_writer.h"

#include <charconv>

#include "frames/page_reader.h"
#include "frames/record_format.h"

namespace galley::frames {

namespace {

using namespace record;

class RecordWriter {
 public:
  std::string Write(const DocumentFrames& frames);
  // Hands the text to `sink` a page at a time, so that a long book's record is never whole in
  // memory.
  Status Write(const DocumentFrames& frames, const RecordSink& sink);

 private:
  void Header(const DocumentFrames& frames);
  void Page(const PageFrame& page);
  void Item(const FrameItem& item);
  void Line(const TextLineItem& line);
  void Run(const GlyphRunItem& run);
  void Glyphs(const GlyphRunItem& run);

  void Field(std::string_view text) {
    out_.push_back(' ');
    out_.append(text);
  }
  void Number(double value) {
    out_.push_back(' ');
    AppendFixed(value, &out_);
  }
  void Integer(long value) {
    out_.push_back(' ');
    AppendInteger(value);
  }
  // The decimal digits of `value`, as std::to_string writes them, without making a string:
  // a book's record has one or two for each of its glyphs.
  void AppendInteger(long value) {
    char digits[24];
    std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
    out_.append(digits, end.ptr);
  }
  void Text(std::string_view text) {
    out_.append(kTextMark);
    out_.append(text);
  }
  void End() { out_.push_back('\n'); }

  std::string out_;
};

std::string RecordWriter::Write(const DocumentFrames& frames) {
  Header(frames);
  for (const PageFrame& page : frames.pages) Page(page);
  return std::move(out_);
}

Status RecordWriter::Write(const DocumentFrames& frames, const RecordSink& sink) {
  Header(frames);
  PageReader pages(frames);  // a spilled book's pages are read back one at a time
  for (size_t i = 0; i < frames.pages.size(); ++i) {
    Result<const PageFrame*> page = pages.Page(i);
    if (!page.ok()) return page.take_error();
    Page(**page);
    GALLEY_RETURN_IF_ERROR(sink(out_));
    out_.clear();  // keeps its capacity: the next page is written into the same buffer
  }
  if (!out_.empty()) return sink(out_);
  return Status::Ok();
}

void RecordWriter::Header(const DocumentFrames& frames) {
  out_.append(kMagic);
  End();
  out_ += "title";
  Text(frames.title);
  End();
  out_ += "template";
  Text(frames.template_path);
  End();
  out_ += "language";
  Text(frames.language);
  End();
  const PdfMetadata& m = frames.metadata;
  const std::pair<const char*, const std::string*> metadata[] = {
      {"title", &m.title},     {"author", &m.author},           {"subject", &m.subject},
      {"keywords", &m.keywords}, {"creator", &m.creator},       {"created", &m.create_date},
      {"modified", &m.mod_date}};
  for (const auto& [key, value] : metadata) {
    out_ += "metadata";
    Field(key);
    Text(*value);
    End();
  }
  for (const Setting& setting : frames.settings) {
    out_ += "setting";
    Field(setting.key);
    Text(setting.value);
    End();
  }
  for (size_t i = 0; i < frames.fonts.size(); ++i) {
    const FontRef& font = frames.fonts[i];
    out_ += "font";
    Integer(static_cast<long>(i));
    Field(font.digest);
    Text(font.file);
    Text(font.family);
    Text(font.style);
    End();
  }
  for (const OutlineEntry& entry : frames.outline) {
    out_ += "outline";
    Integer(entry.level);
    Field(entry.destination);
    Text(entry.title);
    End();
  }
  out_ += "pages";
  Integer(static_cast<long>(frames.pages.size()));
  End();
}

void RecordWriter::Page(const PageFrame& page) {
  out_ += "page";
  Integer(page.number);
  Field(ToString(page.kind));
  Field(LabelStyleName(page.label.style));
  Integer(page.label.number);
  std::string flags = "--";
  if (page.opening) flags[0] = kPageFlags[0];
  if (page.closing) flags[1] = kPageFlags[1];
  Field(flags);
  Number(page.width);
  Number(page.height);
  Number(page.block.x);
  Number(page.block.width);
  Number(page.block.first_baseline);
  Number(page.block.leading);
  Integer(page.block.lines);
  Text(page.label.text);
  End();
  for (const FrameItem& item : page.items) Item(item);
}

void RecordWriter::Item(const FrameItem& item) {
  switch (item.kind) {
    case FrameItem::Kind::kText:
      Line(item.text);
      break;
    case FrameItem::Kind::kRule:
      out_ += "rule";
      Field(ToString(item.rule.role));
      Number(item.rule.x0);
      Number(item.rule.y0);
      Number(item.rule.x1);
      Number(item.rule.y1);
      Number(item.rule.thickness);
      out_.push_back(' ');
      AppendColor(item.rule.color, &out_);
      End();
      break;
    case FrameItem::Kind::kLink:
      out_ += "link";
      Number(item.link.x);
      Number(item.link.y);
      Number(item.link.width);
      Number(item.link.height);
      Field(item.link.destination);
      End();
      break;
    case FrameItem::Kind::kDestination:
      out_ += "dest";
      Number(item.destination.x);
      Number(item.destination.y);
      Field(item.destination.name);
      End();
      break;
    case FrameItem::Kind::kTagBegin:
      out_ += "tag";
      Field(item.tag_begin.name);
      End();
      break;
    case FrameItem::Kind::kTagEnd:
      out_ += "end";
      Field(item.tag_end.name);
      End();
      break;
  }
}

void RecordWriter::Line(const TextLineItem& line) {
  out_ += "line";
  Field(ToString(line.role));
  Integer(line.level);
  Integer(line.paragraph);
  Integer(line.line);
  Field(LineFlags(line));
  Number(line.ratio);
  Integer(line.words);
  out_.push_back(' ');
  AppendSource(line.source, &out_);
  Number(line.x);
  Number(line.y);
  Number(line.width);
  Text(line.text);
  End();
  for (const GlyphRunItem& run : line.runs) Run(run);
}

void RecordWriter::Run(const GlyphRunItem& run) {
  out_ += "run";
  Integer(run.font);
  Number(run.size);
  Field(FaceName(run.style.face));
  std::string flags = "--";
  if (run.style.small_caps) flags[0] = kRunFlags[0];
  if (run.style.underline) flags[1] = kRunFlags[1];
  Field(flags);
  Number(run.style.tracking);
  Number(run.style.rise);
  Number(run.horizontal_scale);
  out_.push_back(' ');
  AppendColor(run.color, &out_);
  Number(run.x);
  Number(run.y);
  std::string features = run.style.features;
  for (char& c : features) c = c == ' ' ? '+' : c;
  Field(features.empty() ? "-" : features);
  if (!run.style.language.empty()) Field("lang=" + run.style.language);
  Text(run.text);
  End();
  Glyphs(run);
}

// "id:advance", then "+n" when the glyph's cluster is not one byte after the one before (the
// first glyph's: not 0), and "@x,y" for an offset.
void RecordWriter::Glyphs(const GlyphRunItem& run) {
  out_ += "glyphs";
  uint32_t expected = 0;
  for (const shaping::Glyph& glyph : run.glyphs) {
    out_.push_back(' ');
    AppendInteger(glyph.id);
    out_.push_back(':');
    AppendShort(glyph.x_advance, &out_);
    if (glyph.cluster != expected) {
      out_.push_back('+');
      AppendInteger(static_cast<long>(glyph.cluster) - (static_cast<long>(expected) - 1));
    }
    if (glyph.x_offset != 0 || glyph.y_offset != 0) {
      out_.push_back('@');
      AppendShort(glyph.x_offset, &out_);
      out_.push_back(',');
      AppendShort(glyph.y_offset, &out_);
    }
    expected = glyph.cluster + 1;
  }
  End();
}

}  // namespace

std::string FormatRecord(const DocumentFrames& frames) { return RecordWriter().Write(frames); }

Status WriteRecord(const DocumentFrames& frames, const RecordSink& sink) {
  return RecordWriter().Write(frames, sink);
}

}  // namespace galley::frames
