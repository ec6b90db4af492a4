// The objects of a finished PDF that ends with a classic cross-reference table (ISO 32000-1
// §7.5.4) and trailer (§7.5.5) — the form Cairo 1.16 writes, every object uncompressed: where
// each object is, the trailer's entries, and the page tree (§7.7.3) in page order. Only what
// an incremental update needs is read: looking an object up reads one 20-byte table entry and
// that object's dictionary, nothing else.
//
// A file whose last section is a cross-reference stream, or a hybrid file (/XRefStm), may keep
// objects in object streams (§7.5.7, §7.5.8); such files are refused with an internal error
// rather than guessed at. So is a file whose trailer has /Prev (an earlier update): its table
// need not list every object.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "render/pdf_syntax.h"

namespace galley::render {

struct PdfObject {  // a dictionary object, "12 0 obj << … >> endobj"
  PdfReference reference;
  PdfDictionary dictionary;
  // A stream object's new data, as its /Filter encodes it (/Length must give its size);
  // nullopt for a plain dictionary.
  std::optional<std::string> stream;
};

struct PdfStream {  // a stream object, "12 0 obj << … >> stream … endstream endobj"
  PdfReference reference;
  PdfDictionary dictionary;
  std::string_view data;  // the stream's bytes, still encoded by its /Filter
};

class PdfObjects {
 public:
  // Reads the trailer and the table's layout. `pdf` must outlive the result.
  static Result<PdfObjects> Read(std::string_view pdf);

  const PdfDictionary& trailer() const { return trailer_; }
  // Where the cross-reference section begins (startxref): an update's /Prev.
  size_t xref_offset() const { return xref_offset_; }

  // The object the trailer's `key` ("Root", "Info") refers to.
  Result<PdfObject> TrailerObject(std::string_view key) const;
  // The dictionary object `reference`; a stream or any other kind of object is an error.
  Result<PdfObject> Object(PdfReference reference) const;
  // The stream object `reference`; its /Length may be an integer or refer to one.
  Result<PdfStream> Stream(PdfReference reference) const;
  // The page objects (/Type /Page) in page order, from the catalog's /Pages tree.
  Result<std::vector<PdfObject>> Pages() const;

 private:
  struct Subsection {  // "first count" and where its 20-byte entries begin
    long long first = 0, count = 0;
    size_t entries = 0;
  };

  explicit PdfObjects(std::string_view pdf) : pdf_(pdf) {}
  Status ReadTable();
  Result<size_t> OffsetOf(PdfReference reference) const;
  // Just past "N G obj" of `reference`.
  Result<size_t> BodyOf(PdfReference reference) const;
  // The dictionary that opens the body of `reference` (an object's or a stream's); `after` is
  // set just past it and the whitespace that follows, where "endobj" or "stream" should stand.
  Result<PdfDictionary> DictionaryOf(PdfReference reference, size_t& after) const;
  Status CollectPages(PdfReference node, int depth, std::vector<PdfObject>& pages) const;

  std::string_view pdf_;
  size_t xref_offset_ = 0;
  std::vector<Subsection> subsections_;
  PdfDictionary trailer_;
};

}  // namespace galley::render
