#include "manuscript/anchor_ids.h"

#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include <cctype>
#include <memory>
#include <set>

#include "model/reading_order.h"

namespace galley::manuscript {

namespace {

struct TransliteratorCloser {
  void operator()(UTransliterator* t) const { utrans_close(t); }
};

// Folds text to ASCII. Opening ICU's transliterator costs about 10 ms, so it is opened only
// when a heading has a non-ASCII character, and once per book.
class AsciiFolder {
 public:
  std::string Fold(std::string_view text) {
    bool ascii = true;
    for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) return std::string(text);
    if (!transliterator_ && !Open()) return std::string(text);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
    // Folding may lengthen text ("ß" → "ss", "Œ" → "OE"): room for three units per unit.
    std::u16string buffer(static_cast<size_t>(length) * 3 + 16, u'\0');
    status = U_ZERO_ERROR;
    u_strFromUTF8(buffer.data(), length, &length, text.data(),
                  static_cast<int32_t>(text.size()), &status);
    int32_t limit = length;
    utrans_transUChars(transliterator_.get(), buffer.data(), &length,
                       static_cast<int32_t>(buffer.size()), 0, &limit, &status);
    if (U_FAILURE(status)) return std::string(text);
    std::string out(static_cast<size_t>(length) * 3 + 1, '\0');
    int32_t out_length = 0;
    u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &out_length, buffer.data(), length,
                &status);
    out.resize(U_SUCCESS(status) ? static_cast<size_t>(out_length) : 0);
    return out;
  }

 private:
  bool Open() {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[] = u"Latin-ASCII";
    transliterator_.reset(utrans_openU(id, -1, UTRANS_FORWARD, nullptr, 0, nullptr, &status));
    if (U_FAILURE(status)) transliterator_.reset();
    return transliterator_ != nullptr;
  }

  std::unique_ptr<UTransliterator, TransliteratorCloser> transliterator_;
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

void AssignHeadingIds(std::vector<model::Section>& sections, IdRegistry& ids,
                      AsciiFolder& folder) {
  for (model::Section& section : sections) {
    if (section.has_heading) {
      std::string slug = SlugOfAscii(folder.Fold(model::PlainText(section.heading.inlines)));
      section.heading.id = ids.Claim(slug.empty() ? "section" : slug);
    }
    AssignHeadingIds(section.subsections, ids, folder);
  }
}

}  // namespace

std::string Slug(std::string_view text) {
  AsciiFolder folder;
  return SlugOfAscii(folder.Fold(text));
}

void AssignAnchorIds(model::Document* document) {
  IdRegistry ids;
  for (const model::Block& note : document->notes) ids.Reserve(note.id);
  model::ForEachInline(*document, [&](const model::Inline& piece) {
    if (piece.kind == model::InlineKind::kPageMarker) ids.Reserve(model::PageMarkerId(piece.text));
  });
  model::ForEachBlock(*document, [&](const model::Block& block) {
    if (block.kind == model::BlockKind::kPageMarker) ids.Reserve(model::PageMarkerId(block.label));
  });
  AsciiFolder folder;
  for (model::Division& division : document->divisions) {
    division.id = ids.Claim(division.role.empty() ? model::ToString(division.kind)
                                                  : division.role);
    AssignHeadingIds(division.sections, ids, folder);
  }
}

}  // namespace galley::manuscript
