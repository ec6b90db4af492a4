#include "layout/paragraph/hyphenation_set.h"

#include <cctype>

namespace galley::layout {

namespace {

bool SameTag(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = static_cast<char>(std::tolower(static_cast<unsigned char>(a[i])));
    char y = static_cast<char>(std::tolower(static_cast<unsigned char>(b[i])));
    if ((x == '_' ? '-' : x) != (y == '_' ? '-' : y)) return false;
  }
  return true;
}

}  // namespace

HyphenationSet::Language HyphenationSet::Make(std::unique_ptr<hyphen::Hyphenator> hyphenator) {
  Language language;
  language.hyphenator = std::move(hyphenator);
  if (language.hyphenator != nullptr) {
    language.cache = std::make_unique<HyphenationCache>(*language.hyphenator);
  }
  return language;
}

HyphenationSet::HyphenationSet(std::unique_ptr<hyphen::Hyphenator> book, std::string book_tag,
                               PassageLoader passages)
    : book_(Make(std::move(book))), book_tag_(std::move(book_tag)),
      load_(std::move(passages)) {}

Result<HyphenationCache*> HyphenationSet::For(std::string_view tag,
                                              const std::function<SourcePos()>& where) {
  if (tag.empty() || SameTag(tag, book_tag_)) return book_.cache.get();
  auto found = passages_.find(tag);
  if (found == passages_.end()) {
    std::unique_ptr<hyphen::Hyphenator> hyphenator;
    if (load_) {
      Result<std::unique_ptr<hyphen::Hyphenator>> loaded = load_(std::string(tag), where());
      if (!loaded.ok()) return loaded.take_error();
      hyphenator = std::move(*loaded);
    }
    found = passages_.emplace(std::string(tag), Make(std::move(hyphenator))).first;
  }
  return found->second.cache.get();
}

}  // namespace galley::layout
