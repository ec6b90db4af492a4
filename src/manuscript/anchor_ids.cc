#include "manuscript/anchor_ids.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cctype>
#include <memory>
#include <set>

#include "model/generated_anchors.h"
#include "model/reading_order.h"

namespace galley::manuscript {

namespace {

// Folds text to ASCII for anchors: canonical decomposition (NFD) with the combining marks
// dropped ("é" → "e"), typographic apostrophes as "'", and the few Latin letters that do not
// decompose spelled out ("ß" → "ss"). Anything else non-ASCII becomes a separator. NFD's data
// is built into ICU and ready at once; ICU's "Latin-ASCII" transliterator, which did this
// before, cost about 10 ms to open, a sixth of the pamphlet's whole PDF build.
class AsciiFolder {
 public:
  std::string Fold(std::string_view text) {
    bool ascii = true;
    for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) return std::string(text);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString decomposed;
    if (U_SUCCESS(status)) {
      nfd->normalize(source, decomposed, status);
    }
    if (U_FAILURE(status)) decomposed = source;
    std::string out;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
      AppendFolded(decomposed.char32At(i), &out);
    }
    return out;
  }

 private:
  static void AppendFolded(UChar32 c, std::string* out) {
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
    } else if (u_charType(c) == U_NON_SPACING_MARK) {
      // a diacritic NFD split off its letter
    } else if (c == 0x2019 || c == 0x2018 || c == 0x02BC) {
      out->push_back('\'');
    } else if (const char* spelled = Spelled(c)) {
      out->append(spelled);
    } else {
      out->push_back(' ');
    }
  }

  static const char* Spelled(UChar32 c) {
    switch (c) {
      case 0x00DF: return "ss";
      case 0x00C6: case 0x00E6: return "ae";
      case 0x0152: case 0x0153: return "oe";
      case 0x00D8: case 0x00F8: return "o";
      case 0x0141: case 0x0142: return "l";
      case 0x0110: case 0x0111: return "d";
      case 0x00DE: case 0x00FE: return "th";
      default: return nullptr;
    }
  }
};

bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::string SlugOfAscii(std::string_view text) {
  std::string slug;
  bool pending_hyphen = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (IsAsciiAlnum(c)) {
      if (pending_hyphen && !slug.empty()) slug += '-';
      pending_hyphen = false;
      slug += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (c == '\'' && i > 0 && IsAsciiAlnum(text[i - 1]) && i + 1 < text.size() &&
               IsAsciiAlnum(text[i + 1])) {
      // an apostrophe inside a word joins it
    } else {
      pending_hyphen = true;
    }
  }
  return slug;
}

// Hands out ids, each once.
class IdRegistry {
 public:
  void Reserve(const std::string& id) { used_.insert(id); }
  std::string Claim(const std::string& base) {
    std::string id = base;
    for (int n = 2; used_.contains(id); ++n) id = base + "-" + std::to_string(n);
    used_.insert(id);
    return id;
  }

 private:
  std::set<std::string> used_;
};

void AssignHeadingIds(std::vector<model::Section>& sections, const std::string& division_id,
                      IdRegistry& ids, AsciiFolder& folder) {
  for (model::Section& section : sections) {
    if (section.has_heading && section.heading.division_title) {
      // Named after its division ("biography-title"): the title's slug would mostly repeat the
      // division's own id ("introduction-2").
      section.heading.id = ids.Claim(division_id + "-title");
    } else if (section.has_heading) {
      std::string slug = SlugOfAscii(folder.Fold(model::PlainText(section.heading.inlines)));
      section.heading.id = ids.Claim(slug.empty() ? "section" : slug);
    }
    AssignHeadingIds(section.subsections, division_id, ids, folder);
  }
}

}  // namespace

std::string Slug(std::string_view text) {
  AsciiFolder folder;
  return SlugOfAscii(folder.Fold(text));
}

void AssignAnchorIds(model::Document* document) {
  IdRegistry ids;
  for (std::string_view anchor : model::kGeneratedAnchors) ids.Reserve(std::string(anchor));
  for (const model::Block& note : document->notes) ids.Reserve(note.id);
  model::ForEachInline(*document, [&](const model::Inline& piece) {
    if (piece.kind == model::InlineKind::kPageStart) ids.Reserve(piece.page.id());
  });
  model::ForEachBlock(*document, [&](const model::Block& block) {
    if (block.kind == model::BlockKind::kPageStart) ids.Reserve(block.page.id());
  });
  AsciiFolder folder;
  for (model::Division& division : document->divisions) {
    division.id = ids.Claim(division.role.empty() ? model::ToString(division.kind)
                                                  : division.role);
    AssignHeadingIds(division.sections, division.id, ids, folder);
  }
}

}  // namespace galley::manuscript
