#include "render/subset_faces.h"

#include <algorithm>
#include <tuple>

#include "base/utf8.h"

namespace galley::render {

namespace {

// How often each glyph of one font shows a character on its own, and which character.
struct GlyphUse {
  std::vector<uint32_t> count;        // by glyph id
  std::vector<char32_t> code_point;   // the first character seen for the glyph
};

bool IsOneCharacter(std::string_view text, size_t begin, size_t end) {
  return end > begin && end <= text.size() &&
         static_cast<size_t>(Utf8SequenceLength(static_cast<unsigned char>(text[begin]))) ==
             end - begin;
}

void CountRun(const frames::GlyphRunItem& run, GlyphUse* use) {
  const std::vector<shaping::Glyph>& glyphs = run.glyphs;
  for (size_t i = 0; i < glyphs.size(); ++i) {
    uint32_t begin = glyphs[i].cluster;
    bool alone = (i == 0 || glyphs[i - 1].cluster != begin) &&
                 (i + 1 == glyphs.size() || glyphs[i + 1].cluster != begin);
    uint32_t end = i + 1 < glyphs.size() ? glyphs[i + 1].cluster
                                         : static_cast<uint32_t>(run.text.size());
    if (!alone || !IsOneCharacter(run.text, begin, end)) continue;
    uint32_t id = glyphs[i].id;
    if (id >= use->count.size()) {
      use->count.resize(id + 1, 0);
      use->code_point.resize(id + 1, 0);
    }
    if (use->count[id]++ == 0) {
      size_t offset = begin;
      use->code_point[id] = DecodeUtf8(run.text, &offset);
    }
  }
}

// Face 0 for each character's most used glyph, 1 for the next, …; kAnyFace for a character's
// only glyph.
std::vector<int8_t> RankFaces(const GlyphUse& use) {
  std::vector<std::tuple<char32_t, uint32_t, uint32_t>> glyphs;  // character, -count, glyph
  for (uint32_t id = 0; id < use.count.size(); ++id) {
    if (use.count[id] > 0) glyphs.emplace_back(use.code_point[id], ~use.count[id], id);
  }
  std::sort(glyphs.begin(), glyphs.end());
  std::vector<int8_t> faces(use.count.size(), SubsetFaces::kAnyFace);
  for (size_t first = 0; first < glyphs.size();) {
    size_t end = first + 1;
    while (end < glyphs.size() && std::get<0>(glyphs[end]) == std::get<0>(glyphs[first])) ++end;
    if (end - first > 1) {
      for (size_t i = first; i < end; ++i) {
        int rank = std::min(static_cast<int>(i - first), SubsetFaces::kMaxFaces - 1);
        faces[std::get<2>(glyphs[i])] = static_cast<int8_t>(rank);
      }
    }
    first = end;
  }
  return faces;
}

void CountGlyphsOf(const frames::PageFrame& page, std::map<uint16_t, GlyphUse>* uses) {
  for (const frames::FrameItem& item : page.items) {
    if (item.kind != frames::FrameItem::Kind::kText) continue;
    for (const frames::GlyphRunItem& run : item.text.runs) CountRun(run, &(*uses)[run.font]);
  }
}

}  // namespace

struct SubsetFaces::Counter::Uses {
  std::map<uint16_t, GlyphUse> by_font;
};

SubsetFaces::Counter::Counter() : uses_(std::make_unique<Uses>()) {}

SubsetFaces::Counter::~Counter() = default;

void SubsetFaces::Counter::CountPage(const frames::PageFrame& page) {
  CountGlyphsOf(page, &uses_->by_font);
}

SubsetFaces SubsetFaces::Counter::Faces() const {
  SubsetFaces faces;
  for (const auto& [font, use] : uses_->by_font) faces.faces_[font] = RankFaces(use);
  return faces;
}

SubsetFaces SubsetFaces::ForPages(const std::vector<frames::PageFrame>& pages) {
  Counter counter;
  for (const frames::PageFrame& page : pages) counter.CountPage(page);
  return counter.Faces();
}

std::vector<FaceRange> SplitByFace(const SubsetFaces& faces, uint16_t font,
                                   std::string_view text,
                                   const std::vector<cairo_glyph_t>& glyphs,
                                   const std::vector<cairo_text_cluster_t>& clusters) {
  std::vector<FaceRange> ranges;
  if (clusters.empty()) {
    ranges.push_back({0, 0, static_cast<int>(glyphs.size()), 0, 0, 0, 0});
    return ranges;
  }
  constexpr int kAny = SubsetFaces::kAnyFace;
  const SubsetFaces::FontFaces font_faces = faces.FacesOf(font);
  int glyph = 0, byte = 0;
  for (int i = 0; i < static_cast<int>(clusters.size()); ++i) {
    const cairo_text_cluster_t& cluster = clusters[i];
    int face = kAny;
    if (cluster.num_glyphs == 1 && IsOneCharacter(text, byte, byte + cluster.num_bytes)) {
      face = font_faces.Of(static_cast<uint32_t>(glyphs[glyph].index));
    }
    if (ranges.empty() ||
        (face != kAny && ranges.back().face != kAny && ranges.back().face != face)) {
      ranges.push_back({face, glyph, 0, i, 0, byte, 0});
    }
    FaceRange& range = ranges.back();
    if (range.face == kAny) range.face = face;
    range.glyph_count += cluster.num_glyphs;
    range.cluster_count += 1;
    range.text_length += cluster.num_bytes;
    glyph += cluster.num_glyphs;
    byte += cluster.num_bytes;
  }
  if (ranges.back().face == kAny) ranges.back().face = 0;  // only when it is the only range
  return ranges;
}

}  // namespace galley::render
