#include "model/metadata_keys.h"

namespace galley::model {

const std::vector<MetadataKey>& MetadataKeys() {
  static const std::vector<MetadataKey> keys = {
      {"title", true, false, "title: Kronstadt 21"},
      {"subtitle", false, false, "subtitle: A Memoir"},
      {"author", true, true, "author: Victor Serge"},
      {"author-file-as", false, true, "author-file-as: Serge, Victor"},
      {"translator", false, true, "translator: Jane Doe"},
      {"language", true, false, "language: en-US"},
      {"publisher", false, false, "publisher: Solidarity"},
      {"source", false, false, "source: Solidarity pamphlet"},
      {"source-date", false, false, "source-date: 1961"},
      {"date", false, false, "date: 2024-05-01"},
      {"rights", false, false, "rights: Public domain"},
      {"identifier", false, false, "identifier: urn:isbn:9780000000000"},
      {"description", false, false, "description: One paragraph about the book."},
      {"subject", false, true, "subject: History"},
      {"book-word", false, true, "book-word: contents = Table des matières"},
  };
  return keys;
}

const MetadataKey* FindMetadataKey(std::string_view name) {
  for (const MetadataKey& key : MetadataKeys()) {
    if (key.name == name) return &key;
  }
  return nullptr;
}

}  // namespace galley::model
