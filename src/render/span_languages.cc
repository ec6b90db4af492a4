#include "render/span_languages.h"

#include <cctype>
#include <optional>

namespace galley::render {

namespace {

bool IsInteger(std::string_view token) {
  if (token.empty()) return false;
  for (char c : token) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Collects the Span elements under `node` (an element or the tree root) in pre-order.
Status CollectSpans(const PdfObjects& objects, const PdfDictionary& node, int depth,
                    std::vector<PdfObject>& spans) {
  if (depth > 256) return InternalError("Cairo's structure tree is deeper than 256 levels");
  const std::string* kids = node.Find("K");
  if (kids == nullptr) return Status::Ok();
  for (const PdfReference& kid : KidReferences(*kids)) {
    Result<PdfObject> element = objects.Object(kid);
    if (!element.ok()) return element.take_error();
    const std::string* type = element->dictionary.Find("S");
    if (type == nullptr) continue;  // an object reference (/OBJR) or another non-element
    bool span = *type == "/Span";
    PdfDictionary dictionary = element->dictionary;
    if (span) spans.push_back(std::move(*element));
    GALLEY_RETURN_IF_ERROR(CollectSpans(objects, dictionary, depth + 1, spans));
  }
  return Status::Ok();
}

}  // namespace

std::vector<PdfReference> KidReferences(std::string_view value) {
  std::vector<PdfReference> references;
  std::vector<std::string_view> tokens;  // the last two tokens, outside nested dictionaries
  int depth = 0;
  size_t at = 0;
  while (at < value.size()) {
    char c = value[at];
    if (value.compare(at, 2, "<<") == 0) {
      ++depth;
      at += 2;
      continue;
    }
    if (value.compare(at, 2, ">>") == 0) {
      --depth;
      at += 2;
      tokens.clear();
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c)) || c == '[' || c == ']') {
      ++at;
      continue;
    }
    size_t end = at;
    while (end < value.size() && !std::isspace(static_cast<unsigned char>(value[end])) &&
           value[end] != '[' && value[end] != ']' && value[end] != '<' && value[end] != '>') {
      ++end;
    }
    if (end == at) end = at + 1;  // a lone '<' or '>': skip it
    std::string_view token = value.substr(at, end - at);
    at = end;
    if (depth > 0) continue;
    if (token == "R" && tokens.size() >= 2 && IsInteger(tokens[tokens.size() - 2]) &&
        IsInteger(tokens.back())) {
      references.push_back({std::stoi(std::string(tokens[tokens.size() - 2])),
                            std::stoi(std::string(tokens.back()))});
      tokens.clear();
      continue;
    }
    tokens.push_back(token);
    if (tokens.size() > 2) tokens.erase(tokens.begin());
  }
  return references;
}

Status AddSpanLanguages(const PdfObjects& objects, const std::vector<std::string>& languages,
                        std::vector<PdfObject>& changed) {
  Result<PdfObject> catalog = objects.TrailerObject("Root");
  if (!catalog.ok()) return catalog.take_error();
  const std::string* root_value = catalog->dictionary.Find("StructTreeRoot");
  std::optional<PdfReference> root_reference =
      root_value != nullptr ? ParsePdfReference(*root_value) : std::nullopt;
  if (!root_reference) return InternalError("Cairo's PDF has no structure tree to give /Lang");
  Result<PdfObject> root = objects.Object(*root_reference);
  if (!root.ok()) return root.take_error();
  std::vector<PdfObject> spans;
  GALLEY_RETURN_IF_ERROR(CollectSpans(objects, root->dictionary, 0, spans));
  if (spans.size() != languages.size()) {
    return InternalError("Cairo's structure tree has " + std::to_string(spans.size()) +
                         " Span elements, but " + std::to_string(languages.size()) +
                         " were begun");
  }
  for (size_t i = 0; i < spans.size(); ++i) {
    if (languages[i].empty()) continue;
    spans[i].dictionary.Set("Lang", PdfLiteralString(languages[i]));
    changed.push_back(std::move(spans[i]));
  }
  return Status::Ok();
}

}  // namespace galley::render
