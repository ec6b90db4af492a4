#include "frames/item_codec.h"

#include <bit>
#include <cstring>
#include <type_traits>

namespace galley::frames {

namespace {

// How a run's glyphs are written (Encoder::Glyphs).
constexpr uint8_t kWideIds = 1;       // ids in four bytes, not two
constexpr uint8_t kWideClusters = 2;  // clusters in four bytes, not two
constexpr uint8_t kOffsets = 4;       // x and y offsets written (else all zero)

// Appends numbers as their bytes and strings with their length first.
class Encoder {
 public:
  explicit Encoder(std::string* out) : out_(*out) {}

  template <typename T>
  void Plain(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void Text(const std::string& text) {
    Plain(static_cast<uint32_t>(text.size()));
    out_.append(text);
  }

  // Glyphs are most of a book's bytes: each field as an array of its own, ids and clusters in
  // two bytes when all fit, offsets left out when all are +0 (8 bytes a glyph, not 20).
  void Glyphs(const std::vector<shaping::Glyph>& glyphs) {
    uint8_t form = 0;
    for (const shaping::Glyph& glyph : glyphs) {
      if (glyph.id > 0xffff) form |= kWideIds;
      if (glyph.cluster > 0xffff) form |= kWideClusters;
      // By their bits: a -0 offset is written, to come back as -0.
      if (std::bit_cast<uint32_t>(glyph.x_offset) != 0 ||
          std::bit_cast<uint32_t>(glyph.y_offset) != 0) {
        form |= kOffsets;
      }
    }
    Plain(form);
    Plain(static_cast<uint32_t>(glyphs.size()));
    for (const shaping::Glyph& glyph : glyphs) {
      if (form & kWideIds) {
        Plain(glyph.id);
      } else {
        Plain(static_cast<uint16_t>(glyph.id));
      }
    }
    for (const shaping::Glyph& glyph : glyphs) Plain(glyph.x_advance);
    if (form & kOffsets) {
      for (const shaping::Glyph& glyph : glyphs) Plain(glyph.x_offset);
      for (const shaping::Glyph& glyph : glyphs) Plain(glyph.y_offset);
    }
    for (const shaping::Glyph& glyph : glyphs) {
      if (form & kWideClusters) {
        Plain(glyph.cluster);
      } else {
        Plain(static_cast<uint16_t>(glyph.cluster));
      }
    }
  }

  void Run(const GlyphRunItem& run) {
    Plain(run.font);
    Plain(run.size);
    Plain(run.style.face);
    Plain(run.style.small_caps);
    Plain(run.style.underline);
    Plain(run.style.tracking);
    Plain(run.style.rise);
    Text(run.style.features);
    Text(run.style.language);
    Glyphs(run.glyphs);
    Text(run.text);
    Plain(run.x);
    Plain(run.y);
    Plain(run.color);
    Plain(run.horizontal_scale);
  }

  void Line(const TextLineItem& line) {
    Plain(line.role);
    Plain(line.level);
    Plain(line.paragraph);
    Plain(line.line);
    const bool flags[] = {line.first,     line.last,     line.justified,
                          line.hyphenated, line.overfull, line.underfull};
    Plain(flags);
    Plain(line.ratio);
    Plain(line.words);
    Plain(line.source);
    Text(line.text);
    Plain(line.x);
    Plain(line.y);
    Plain(line.width);
    Plain(static_cast<uint32_t>(line.runs.size()));
    for (const GlyphRunItem& run : line.runs) Run(run);
  }

  void Rule(const RuleItem& rule) {  // field by field: the struct has padding
    Plain(rule.role);
    const double numbers[] = {rule.x0, rule.y0, rule.x1, rule.y1, rule.thickness};
    Plain(numbers);
    Plain(rule.color);
  }

  void Item(const FrameItem& item) {
    Plain(item.kind);
    switch (item.kind) {
      case FrameItem::Kind::kText:
        Line(item.text);
        break;
      case FrameItem::Kind::kRule:
        Rule(item.rule);
        break;
      case FrameItem::Kind::kLink:
        Plain(item.link.x);
        Plain(item.link.y);
        Plain(item.link.width);
        Plain(item.link.height);
        Text(item.link.destination);
        break;
      case FrameItem::Kind::kDestination:
        Text(item.destination.name);
        Plain(item.destination.x);
        Plain(item.destination.y);
        break;
      case FrameItem::Kind::kTagBegin:
        Text(item.tag_begin.name);
        break;
      case FrameItem::Kind::kTagEnd:
        Text(item.tag_end.name);
        break;
    }
  }

 private:
  std::string& out_;
};

// Reads what Encoder wrote; a read past the end sets `failed` and yields default values.
class Decoder {
 public:
  explicit Decoder(std::string_view bytes) : bytes_(bytes) {}

  bool failed() const { return failed_; }
  bool done() const { return at_ == bytes_.size(); }

  template <typename T>
  void Plain(T* value) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (!Has(sizeof *value)) return;
    std::memcpy(value, bytes_.data() + at_, sizeof *value);
    at_ += sizeof *value;
  }
  void Text(std::string* text) {
    uint32_t size = 0;
    Plain(&size);
    if (!Has(size)) return;
    text->assign(bytes_.data() + at_, size);
    at_ += size;
  }

  void Glyphs(std::vector<shaping::Glyph>* glyphs) {
    uint8_t form = 0;
    uint32_t count = 0;
    Plain(&form);
    Plain(&count);
    // The bytes the glyphs take, checked once; then each array is read without checks.
    size_t per_glyph = ((form & kWideIds) ? 4 : 2) + sizeof(float) +
                       ((form & kOffsets) ? 2 * sizeof(float) : 0) +
                       ((form & kWideClusters) ? 4 : 2);
    if (!Has(static_cast<size_t>(count) * per_glyph)) return;
    glyphs->resize(count);
    const char* at = bytes_.data() + at_;
    at_ += static_cast<size_t>(count) * per_glyph;
    auto read = [&at](auto* value) {
      std::memcpy(value, at, sizeof *value);
      at += sizeof *value;
    };
    auto read_narrow = [&](bool wide, uint32_t* value) {
      if (wide) {
        read(value);
        return;
      }
      uint16_t short_value = 0;
      read(&short_value);
      *value = short_value;
    };
    for (shaping::Glyph& glyph : *glyphs) read_narrow(form & kWideIds, &glyph.id);
    for (shaping::Glyph& glyph : *glyphs) read(&glyph.x_advance);
    if (form & kOffsets) {
      for (shaping::Glyph& glyph : *glyphs) read(&glyph.x_offset);
      for (shaping::Glyph& glyph : *glyphs) read(&glyph.y_offset);
    } else {
      for (shaping::Glyph& glyph : *glyphs) glyph.x_offset = glyph.y_offset = 0;
    }
    for (shaping::Glyph& glyph : *glyphs) read_narrow(form & kWideClusters, &glyph.cluster);
  }

  void Run(GlyphRunItem* run) {
    Plain(&run->font);
    Plain(&run->size);
    Plain(&run->style.face);
    Plain(&run->style.small_caps);
    Plain(&run->style.underline);
    Plain(&run->style.tracking);
    Plain(&run->style.rise);
    Text(&run->style.features);
    Text(&run->style.language);
    Glyphs(&run->glyphs);
    Text(&run->text);
    Plain(&run->x);
    Plain(&run->y);
    Plain(&run->color);
    Plain(&run->horizontal_scale);
  }

  void Line(TextLineItem* line) {
    Plain(&line->role);
    Plain(&line->level);
    Plain(&line->paragraph);
    Plain(&line->line);
    bool flags[6] = {};
    Plain(&flags);
    line->first = flags[0];
    line->last = flags[1];
    line->justified = flags[2];
    line->hyphenated = flags[3];
    line->overfull = flags[4];
    line->underfull = flags[5];
    Plain(&line->ratio);
    Plain(&line->words);
    Plain(&line->source);
    Text(&line->text);
    Plain(&line->x);
    Plain(&line->y);
    Plain(&line->width);
    uint32_t runs = 0;
    Plain(&runs);
    // Each run takes more than one byte: a count beyond the bytes left is not Encoder's.
    if (!Has(runs)) return;
    line->runs.resize(runs);
    for (GlyphRunItem& run : line->runs) Run(&run);
  }

  void Rule(RuleItem* rule) {
    Plain(&rule->role);
    double numbers[5] = {};
    Plain(&numbers);
    rule->x0 = numbers[0];
    rule->y0 = numbers[1];
    rule->x1 = numbers[2];
    rule->y1 = numbers[3];
    rule->thickness = numbers[4];
    Plain(&rule->color);
  }

  // Into an item that may hold an earlier one: of the same kind, every member of that kind is
  // written over; of another, it starts again from a default item, so the members of the
  // other kinds stay default values, as in an item layout makes.
  void Item(FrameItem* item) {
    FrameItem::Kind kind{};
    Plain(&kind);
    if (item->kind != kind) *item = FrameItem{};
    item->kind = kind;
    switch (item->kind) {
      case FrameItem::Kind::kText:
        Line(&item->text);
        return;
      case FrameItem::Kind::kRule:
        Rule(&item->rule);
        return;
      case FrameItem::Kind::kLink:
        Plain(&item->link.x);
        Plain(&item->link.y);
        Plain(&item->link.width);
        Plain(&item->link.height);
        Text(&item->link.destination);
        return;
      case FrameItem::Kind::kDestination:
        Text(&item->destination.name);
        Plain(&item->destination.x);
        Plain(&item->destination.y);
        return;
      case FrameItem::Kind::kTagBegin:
        Text(&item->tag_begin.name);
        return;
      case FrameItem::Kind::kTagEnd:
        Text(&item->tag_end.name);
        return;
    }
    failed_ = true;  // no kind Encoder writes
  }

 private:
  bool Has(size_t size) {
    if (failed_ || bytes_.size() - at_ < size) failed_ = true;
    return !failed_;
  }

  std::string_view bytes_;
  size_t at_ = 0;
  bool failed_ = false;
};

}  // namespace

void EncodeItems(const std::vector<FrameItem>& items, std::string* out) {
  Encoder encoder(out);
  encoder.Plain(static_cast<uint32_t>(items.size()));
  for (const FrameItem& item : items) encoder.Item(item);
}

Result<std::vector<FrameItem>> DecodeItems(std::string_view bytes) {
  std::vector<FrameItem> items;
  GALLEY_RETURN_IF_ERROR(DecodeItemsInto(bytes, &items));
  return items;
}

Status DecodeItemsInto(std::string_view bytes, std::vector<FrameItem>* items) {
  Decoder decoder(bytes);
  uint32_t count = 0;
  decoder.Plain(&count);
  // Each item takes at least its kind's byte: a count beyond the bytes left is not Encoder's.
  if (!decoder.failed() && count <= bytes.size()) {
    items->resize(count);
    for (FrameItem& item : *items) {
      decoder.Item(&item);
      if (decoder.failed()) break;
    }
  }
  if (decoder.failed() || count > bytes.size() || !decoder.done()) {
    return InternalError("page items read back from the spill are not what was written (" +
                         std::to_string(bytes.size()) + " bytes)");
  }
  return Status::Ok();
}

}  // namespace galley::frames
