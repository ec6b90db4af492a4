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

// Collects the elements of `type` under `node` (an element or the tree root) in pre-order.
Status CollectElements(const PdfObjects& objects, const PdfDictionary& node,
                       std::string_view type, int depth, std::vector<PdfObject>& found) {
  if (depth > 256) return InternalError("Cairo's structure tree is deeper than 256 levels");
  const std::string* kids = node.Find("K");
  if (kids == nullptr) return Status::Ok();
  for (const PdfReference& kid : KidReferences(*kids)) {
    Result<PdfObject> element = objects.Object(kid);
    if (!element.ok()) return element.take_error();
    const std::string* element_type = element->dictionary.Find("S");
    if (element_type == nullptr) continue;  // an object reference (/OBJR) or another non-element
    bool wanted = *element_type == type;
    PdfDictionary dictionary = element->dictionary;
    if (wanted) found.push_back(std::move(*element));
    GALLEY_RETURN_IF_ERROR(CollectElements(objects, dictionary, type, depth + 1, found));
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

Result<PdfObject> StructTreeRoot(const PdfObjects& objects) {
  Result<PdfObject> catalog = objects.TrailerObject("Root");
  if (!catalog.ok()) return catalog.take_error();
  const std::string* root_value = catalog->dictionary.Find("StructTreeRoot");
  std::optional<PdfReference> root_reference =
      root_value != nullptr ? ParsePdfReference(*root_value) : std::nullopt;
  if (!root_reference) return InternalError("Cairo's PDF has no structure tree");
  return objects.Object(*root_reference);
}

Result<std::vector<PdfObject>> StructElementsOfType(const PdfObjects& objects,
                                                    std::string_view type) {
  Result<PdfObject> root = StructTreeRoot(objects);
  if (!root.ok()) return root.take_error();
  std::vector<PdfObject> found;
  GALLEY_RETURN_IF_ERROR(CollectElements(objects, root->dictionary, type, 0, found));
  return found;
}

Status AddSpanLanguages(const PdfObjects& objects, const std::vector<std::string>& languages,
                        std::vector<PdfObject>& changed) {
  Result<std::vector<PdfObject>> found = StructElementsOfType(objects, "/Span");
  if (!found.ok()) return found.take_error();
  std::vector<PdfObject>& spans = *found;
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
