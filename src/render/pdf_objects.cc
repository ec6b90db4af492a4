#include "render/pdf_objects.h"

#include <algorithm>
#include <string>

namespace galley::render {

namespace {

// A cross-reference entry is exactly 20 bytes: "nnnnnnnnnn ggggg n" and a two-byte end of
// line (§7.5.4).
constexpr size_t kEntrySize = 20;
// startxref and %%EOF sit in the file's last bytes; readers look for them in the last 1024
// (Annex C.1 in spirit; Cairo writes them as the last 30 or so).
constexpr size_t kTailSearched = 1024;
// The page tree of a real file is a few levels deep; deeper means a cycle.
constexpr int kDeepestPageTree = 64;

Error NotReadable(const std::string& what) {
  return InternalError("cannot add the incremental update to Cairo's PDF: " + what);
}

std::string Name(PdfReference reference) {
  return "object " + std::to_string(reference.number) + " " +
         std::to_string(reference.generation);
}

bool Follows(std::string_view text, size_t at, std::string_view word) {
  return text.substr(std::min(at, text.size()), word.size()) == word;
}

}  // namespace

Result<PdfObjects> PdfObjects::Read(std::string_view pdf) {
  PdfObjects objects(pdf);
  GALLEY_RETURN_IF_ERROR(objects.ReadTable());
  return objects;
}

Status PdfObjects::ReadTable() {
  size_t tail = pdf_.size() > kTailSearched ? pdf_.size() - kTailSearched : 0;
  size_t startxref = pdf_.rfind("startxref");
  if (startxref == std::string_view::npos || startxref < tail) {
    return NotReadable("no startxref near the end of the file");
  }
  size_t at = startxref + 9;
  SkipPdfWhitespace(pdf_, at);
  std::optional<long long> offset = ReadPdfInteger(pdf_, at);
  if (!offset || static_cast<size_t>(*offset) >= startxref) {
    return NotReadable("startxref gives no usable offset");
  }
  xref_offset_ = static_cast<size_t>(*offset);
  at = xref_offset_;
  if (!Follows(pdf_, at, "xref")) {
    return NotReadable("the cross-reference section is not a table (a cross-reference stream, "
                       "whose objects may be in object streams, is not supported)");
  }
  at += 4;
  for (;;) {  // subsections "first count", each followed by its entries
    SkipPdfWhitespace(pdf_, at);
    if (Follows(pdf_, at, "trailer")) break;
    std::optional<long long> first = ReadPdfInteger(pdf_, at);
    SkipPdfWhitespace(pdf_, at);
    std::optional<long long> count = first ? ReadPdfInteger(pdf_, at) : std::nullopt;
    SkipPdfWhitespace(pdf_, at);  // the header's end of line; the entries begin with digits
    if (!count || at > pdf_.size() ||
        *count > static_cast<long long>((pdf_.size() - at) / kEntrySize)) {
      return NotReadable("a malformed cross-reference subsection at byte " + std::to_string(at));
    }
    subsections_.push_back({*first, *count, at});
    at += *count * kEntrySize;
  }
  at += 7;
  Result<PdfDictionary> trailer = ReadPdfDictionary(pdf_, at);
  if (!trailer.ok()) return NotReadable("the trailer: " + trailer.error().message);
  trailer_ = std::move(*trailer);
  if (trailer_.Find("XRefStm") != nullptr) {
    return NotReadable("a hybrid file (/XRefStm) may keep objects in object streams");
  }
  if (trailer_.Find("Prev") != nullptr) {
    return NotReadable("the file already has an incremental update");
  }
  return Status::Ok();
}

Result<size_t> PdfObjects::OffsetOf(PdfReference reference) const {
  for (const Subsection& subsection : subsections_) {
    if (reference.number < subsection.first ||
        reference.number >= subsection.first + subsection.count) {
      continue;
    }
    std::string_view entry = pdf_.substr(
        subsection.entries + (reference.number - subsection.first) * kEntrySize, kEntrySize);
    size_t at = 0;
    std::optional<long long> offset = ReadPdfInteger(entry, at);
    ++at;
    std::optional<long long> generation = offset ? ReadPdfInteger(entry, at) : std::nullopt;
    if (!generation || at != 16 || entry[10] != ' ' || entry[16] != ' ') {
      return NotReadable("a malformed cross-reference entry for " + Name(reference));
    }
    if (entry[17] != 'n' || *generation != reference.generation) {
      return NotReadable(Name(reference) + " is not in use");
    }
    return static_cast<size_t>(*offset);
  }
  return NotReadable(Name(reference) + " is not in the cross-reference table");
}

Result<size_t> PdfObjects::BodyOf(PdfReference reference) const {
  Result<size_t> offset = OffsetOf(reference);
  if (!offset.ok()) return offset.take_error();
  size_t at = *offset;
  std::optional<long long> number = ReadPdfInteger(pdf_, at);
  SkipPdfWhitespace(pdf_, at);
  std::optional<long long> generation = number ? ReadPdfInteger(pdf_, at) : std::nullopt;
  SkipPdfWhitespace(pdf_, at);
  if (!generation || *number != reference.number || *generation != reference.generation ||
      !Follows(pdf_, at, "obj")) {
    return NotReadable("the table points at byte " + std::to_string(*offset) + " for " +
                       Name(reference) + ", which does not begin there");
  }
  return at + 3;
}

Result<PdfDictionary> PdfObjects::DictionaryOf(PdfReference reference, size_t& after) const {
  Result<size_t> body = BodyOf(reference);
  if (!body.ok()) return body.take_error();
  size_t at = *body;
  Result<PdfDictionary> dictionary = ReadPdfDictionary(pdf_, at);
  if (!dictionary.ok()) return NotReadable(Name(reference) + ": " + dictionary.error().message);
  SkipPdfWhitespace(pdf_, at);
  after = at;
  return dictionary;
}

Result<PdfObject> PdfObjects::Object(PdfReference reference) const {
  size_t at = 0;
  Result<PdfDictionary> dictionary = DictionaryOf(reference, at);
  if (!dictionary.ok()) return dictionary.take_error();
  if (!Follows(pdf_, at, "endobj")) {
    return NotReadable(Name(reference) + " is not a plain dictionary (a stream?)");
  }
  return PdfObject{reference, std::move(*dictionary), std::nullopt};
}

Result<PdfStream> PdfObjects::Stream(PdfReference reference) const {
  size_t at = 0;
  Result<PdfDictionary> dictionary = DictionaryOf(reference, at);
  if (!dictionary.ok()) return dictionary.take_error();
  if (!Follows(pdf_, at, "stream")) return NotReadable(Name(reference) + " is not a stream");
  at += 6;
  if (Follows(pdf_, at, "\r\n")) {  // the keyword ends with CR LF or LF (§7.3.8.1)
    at += 2;
  } else if (Follows(pdf_, at, "\n")) {
    at += 1;
  } else {
    return NotReadable(Name(reference) + ": no end of line after \"stream\"");
  }
  const std::string* length_value = dictionary->Find("Length");
  std::optional<long long> length;
  if (length_value != nullptr) {
    size_t from = 0;
    std::optional<PdfReference> indirect = ParsePdfReference(*length_value);
    if (indirect) {  // Cairo writes the length after the stream, as an object of its own
      Result<size_t> length_body = BodyOf(*indirect);
      if (!length_body.ok()) return length_body.take_error();
      from = *length_body;
      SkipPdfWhitespace(pdf_, from);
      length = ReadPdfInteger(pdf_, from);
    } else {
      length = ReadPdfInteger(*length_value, from);
    }
  }
  if (!length || at + static_cast<size_t>(*length) > pdf_.size()) {
    return NotReadable(Name(reference) + " has no usable /Length");
  }
  return PdfStream{reference, std::move(*dictionary), pdf_.substr(at, static_cast<size_t>(*length))};
}

Result<PdfObject> PdfObjects::TrailerObject(std::string_view key) const {
  const std::string* value = trailer_.Find(key);
  std::optional<PdfReference> reference = value ? ParsePdfReference(*value) : std::nullopt;
  if (!reference) return NotReadable("the trailer has no /" + std::string(key) + " reference");
  return Object(*reference);
}

Result<std::vector<PdfObject>> PdfObjects::Pages() const {
  Result<PdfObject> catalog = TrailerObject("Root");
  if (!catalog.ok()) return catalog.take_error();
  const std::string* root = catalog->dictionary.Find("Pages");
  std::optional<PdfReference> reference = root ? ParsePdfReference(*root) : std::nullopt;
  if (!reference) return NotReadable("the catalog has no /Pages reference");
  std::vector<PdfObject> pages;
  GALLEY_RETURN_IF_ERROR(CollectPages(*reference, 0, pages));
  return pages;
}

// §7.7.3.2: an intermediate node (/Type /Pages) lists its children in /Kids, in page order;
// a leaf is a page (/Type /Page).
Status PdfObjects::CollectPages(PdfReference node, int depth,
                                std::vector<PdfObject>& pages) const {
  if (depth > kDeepestPageTree) return NotReadable("the page tree is too deep (a cycle?)");
  Result<PdfObject> object = Object(node);
  if (!object.ok()) return object.take_error();
  const std::string* type = object->dictionary.Find("Type");
  if (type != nullptr && *type == "/Page") {
    pages.push_back(std::move(*object));
    return Status::Ok();
  }
  const std::string* kids = object->dictionary.Find("Kids");
  std::optional<std::vector<PdfReference>> children =
      kids ? ParsePdfReferenceArray(*kids) : std::nullopt;
  if (type == nullptr || *type != "/Pages" || !children) {
    return NotReadable(Name(node) + " in the page tree is neither a page nor a node with /Kids");
  }
  pages.reserve(pages.size() + children->size());
  for (PdfReference child : *children) {
    GALLEY_RETURN_IF_ERROR(CollectPages(child, depth + 1, pages));
  }
  return Status::Ok();
}

}  // namespace galley::render
