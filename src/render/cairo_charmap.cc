#include "render/cairo_charmap.h"

#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

#include <cstddef>
#include <cstdint>
#include <vector>

namespace galley::render {

namespace {

using Table = std::vector<FT_Byte>;

uint16_t U16(const Table& table, size_t at) {
  return static_cast<uint16_t>(table[at] << 8 | table[at + 1]);
}

uint32_t U32(const Table& table, size_t at) {
  return static_cast<uint32_t>(U16(table, at)) << 16 | U16(table, at + 2);
}

bool LoadCmap(FT_Face face, Table* cmap) {
  FT_ULong length = 0;
  if (FT_Load_Sfnt_Table(face, TTAG_cmap, 0, nullptr, &length) != 0 || length < 4) return false;
  cmap->resize(length);
  return FT_Load_Sfnt_Table(face, TTAG_cmap, 0, cmap->data(), &length) == 0;
}

// Where the table's one (3,1) subtable begins; 0 when it has none or several (Cairo searches
// the first in format 4, FreeType selects one by its own preferences).
size_t OnlyWindowsUnicodeSubtable(const Table& cmap) {
  size_t tables = U16(cmap, 2);
  if (cmap.size() < 4 + 8 * tables) return 0;
  size_t found = 0;
  for (size_t i = 0; i < tables; ++i) {
    size_t record = 4 + 8 * i;
    if (U16(cmap, record) != 3 || U16(cmap, record + 2) != 1) continue;
    if (found != 0) return 0;
    found = U32(cmap, record + 4);
  }
  return found;
}

// Whether Cairo's reverse search (cairo-truetype-subset.c, _cairo_truetype_reverse_cmap)
// reads the format-4 subtable at `at` as FreeType maps it: every segment up to the final
// 0xFFFF one, which maps to no glyph; glyph arrays without an idDelta (Cairo compares their
// entries with the glyph as they stand) and inside the subtable.
bool CairoReadsFormat4AsFreeType(const Table& cmap, size_t at) {
  if (at + 14 > cmap.size() || U16(cmap, at) != 4) return false;
  size_t length = U16(cmap, at + 2);
  size_t segments = U16(cmap, at + 6) / 2;
  if (segments == 0 || at + length > cmap.size() || length < 2 * (8 + 4 * segments)) {
    return false;
  }
  const size_t ends = at + 14, starts = ends + 2 * segments + 2;
  const size_t deltas = starts + 2 * segments, offsets = deltas + 2 * segments;
  for (size_t i = 0; i < segments; ++i) {
    uint16_t start = U16(cmap, starts + 2 * i), end = U16(cmap, ends + 2 * i);
    uint16_t delta = U16(cmap, deltas + 2 * i), offset = U16(cmap, offsets + 2 * i);
    bool last = i + 1 == segments;
    if ((start == 0xFFFF && end == 0xFFFF) != last) return false;
    if (last) return offset == 0 && delta == 1;  // 0xFFFF maps to glyph 0
    if (start > end) return false;
    if (offset == 0) continue;
    size_t glyphs = offsets + 2 * i + offset;
    if (delta != 0 || glyphs + 2 * (size_t{end} - start + 1) > at + length) return false;
  }
  return false;
}

}  // namespace

bool CairoSearchCoversCharmap(FT_Face face) {
  const FT_CharMap charmap = face->charmap;
  if (charmap == nullptr || charmap->platform_id != 3 || charmap->encoding_id != 1 ||
      FT_Get_CMap_Format(charmap) != 4) {
    return false;
  }
  Table cmap;
  if (!LoadCmap(face, &cmap)) return false;
  size_t subtable = OnlyWindowsUnicodeSubtable(cmap);
  return subtable != 0 && CairoReadsFormat4AsFreeType(cmap, subtable);
}

void UnselectCharmapCairoWouldWalk(FT_Face face) {
  // FreeType has no call to unselect a charmap; a face may have none (one without a Unicode
  // charmap is opened so), and FT_Get_First_Char then ends at once.
  if (CairoSearchCoversCharmap(face)) face->charmap = nullptr;
}

}  // namespace galley::render
