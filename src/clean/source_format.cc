#include "clean/source_format.h"

namespace galley {

std::string_view SourceFormatName(SourceFormat format) {
  switch (format) {
    case SourceFormat::kOcr: return "ocr";
    case SourceFormat::kGutenberg: return "gutenberg";
    case SourceFormat::kMarkdown: return "markdown";
  }
  return "ocr";
}

std::optional<SourceFormat> ParseSourceFormat(std::string_view name) {
  if (name == "ocr") return SourceFormat::kOcr;
  if (name == "gutenberg") return SourceFormat::kGutenberg;
  return std::nullopt;
}

}  // namespace galley
