#include "model/book_words.h"

#include <algorithm>
#include <cassert>

#include "model/document.h"

namespace galley::model {

namespace {

// Places a word's text may leave out (a singular that need not say "one"); every other place
// its English text holds must stay in an override, or the value would be lost.
bool MayLeaveOut(std::string_view name, std::string_view place) {
  return place == "count" && (name == "a11y.image" || name == "a11y.page");
}

// The `{place}` names in `text`, in order.
std::vector<std::string_view> PlacesIn(std::string_view text) {
  std::vector<std::string_view> places;
  for (size_t open = text.find('{'); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    places.push_back(text.substr(open + 1, close - open - 1));
  }
  return places;
}

std::string_view Trim(std::string_view text) {
  size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The column of the table for `language`'s primary subtag; English's when it has none.
size_t ColumnFor(std::string_view language) {
  std::string primary(language.substr(0, language.find('-')));
  for (char& c : primary) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  const std::vector<std::string_view>& languages = BookWordLanguages();
  for (size_t column = 0; column < languages.size(); ++column) {
    if (languages[column] == primary) return column;
  }
  return 0;
}

}  // namespace

const std::vector<std::string_view>& BookWordLanguages() {
  static const std::vector<std::string_view> languages = {"en", "de", "fr", "es", "it"};
  return languages;
}

const BookWordEntry* FindBookWord(std::string_view name) {
  for (const BookWordEntry& entry : BookWordTable()) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

std::string ParseBookWordLine(std::string_view value, BookWordLine* line, size_t* column) {
  size_t equals = value.find('=');
  *column = 0;
  if (equals == std::string_view::npos) {
    return "a book word is `NAME = TEXT`, this one has no `=`";
  }
  std::string_view name = Trim(value.substr(0, equals));
  const BookWordEntry* entry = FindBookWord(name);
  if (entry == nullptr) return "`" + std::string(name) + "` is not a book word";
  size_t text_start = value.find_first_not_of(" \t", equals + 1);
  *column = text_start == std::string_view::npos ? value.size() : text_start;
  std::string_view text = Trim(value.substr(equals + 1));
  if (text.empty()) return "the book word `" + std::string(name) + "` has no text";
  std::vector<std::string_view> known = PlacesIn(entry->texts.front());
  for (std::string_view place : PlacesIn(text)) {
    if (std::find(known.begin(), known.end(), place) == known.end()) {
      return "`{" + std::string(place) + "}` is not a place of the book word `" +
             std::string(name) + "`";
    }
  }
  std::vector<std::string_view> given = PlacesIn(text);
  for (std::string_view place : known) {
    if (!MayLeaveOut(name, place) && std::find(given.begin(), given.end(), place) == given.end()) {
      return "the book word `" + std::string(name) + "` needs `{" + std::string(place) +
             "}` where its value goes";
    }
  }
  line->name = std::string(name);
  line->text = std::string(text);
  return "";
}

BookWords::BookWords(std::string_view language, const std::vector<BookWordLine>& overrides) {
  size_t column = ColumnFor(language);
  for (const BookWordEntry& entry : BookWordTable()) {
    words_[std::string(entry.name)] = std::string(entry.texts[column]);
  }
  for (const BookWordLine& line : overrides) {
    assert(words_.contains(line.name) && "a book-word line not checked");
    words_[line.name] = line.text;
  }
}

BookWords BookWords::For(const Metadata& metadata) {
  return BookWords(metadata.language, metadata.book_words);
}

const std::string& BookWords::Get(std::string_view name) const& {
  auto found = words_.find(name);
  assert(found != words_.end() && "a book word missing from the table");
  return found->second;
}

std::string BookWords::Get(std::string_view name) const&& {
  const BookWords& words = *this;
  return words.Get(name);
}

std::string BookWords::Fill(
    std::string_view name,
    const std::vector<std::pair<std::string_view, std::string>>& values) const {
  std::string text = Get(name);
  for (const auto& [place, value] : values) {
    std::string marker = "{" + std::string(place) + "}";
    size_t at = text.find(marker);
    if (at != std::string::npos) text.replace(at, marker.size(), value);
  }
  return text;
}

std::pair<std::string, std::string> BookWords::Around(std::string_view name,
                                                      std::string_view place) const {
  const std::string& text = Get(name);
  std::string marker = "{" + std::string(place) + "}";
  size_t at = text.find(marker);
  if (at == std::string::npos) return {text, ""};
  return {text.substr(0, at), text.substr(at + marker.size())};
}

}  // namespace galley::model
