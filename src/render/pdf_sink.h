// Where RenderPdf puts the PDF: Cairo's bytes as Cairo writes them, then — for the incremental
// update, which reads Cairo's cross-reference table and some of its objects — all of them read
// back, and the update appended. `galley pdf` hands it the PDF's temporary file, so that a long
// book's PDF is never whole in memory; RenderPdf's string form uses StringPdfSink.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace galley::render {

class PdfSink {
 public:
  virtual ~PdfSink() = default;
  // Appends `bytes`. An error stops the rendering and is returned by RenderPdfTo.
  virtual Status Append(std::string_view bytes) = 0;
  // Every byte appended so far, valid until the next Append.
  virtual Result<std::string_view> Written() = 0;
  // Sheet `drawn` of `sheets` is in the PDF (1-based): for a progress display on a long book.
  virtual void SheetDrawn(int /*drawn*/, int /*sheets*/) {}
};

class StringPdfSink : public PdfSink {
 public:
  Status Append(std::string_view bytes) override {
    bytes_.append(bytes);
    return Status::Ok();
  }
  Result<std::string_view> Written() override { return std::string_view(bytes_); }
  std::string Take() { return std::move(bytes_); }

 private:
  std::string bytes_;
};

}  // namespace galley::render
