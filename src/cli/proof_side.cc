#include "cli/proof_side.h"

#include <filesystem>
#include <optional>

#include "io/title_folder.h"
#include "proof/file_signature.h"

namespace galley::cli {

namespace {

constexpr const char* kWhatToGive =
    "give a layout record (galley pdf writes BOOK.lines.txt beside BOOK.pdf), a title folder "
    "or manuscript (.md), or an EPUB";

// A manuscript (.md), or a folder holding one, is a title.
bool IsTitle(const FileSystem& fs, const std::string& path) {
  return path.ends_with(".md") || fs.Exists(LocateTitle(path).manuscript);
}

Error NeitherRecordTitleNorEpub(const std::string& path, const std::string& kind) {
  std::string hint = kWhatToGive;
  if (kind == "a PDF") {
    std::filesystem::path record(path);
    record.replace_extension(".lines.txt");
    hint = "proof the PDF's layout record instead (galley pdf writes it beside the PDF: " +
           record.string() + "), or the title itself";
  }
  return InputError({path, {}}, "not a layout record, a title or an EPUB: this is " + kind,
                    std::move(hint));
}

}  // namespace

Result<ProofSide> ClassifyProofSide(const FileSystem& fs, const std::string& path) {
  if (IsTitle(fs, path)) return ProofSide{path, ProofSideKind::kTitle, {}};
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return InputError({path, {}}, "a folder, but not a title: it has no manuscript.md",
                      "make the manuscript with `galley clean " + path + "`, or " + kWhatToGive);
  }
  Result<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) return bytes.take_error();
  if (proof::IsZipArchive(*bytes)) {
    return ProofSide{path, ProofSideKind::kEpub, std::move(bytes).value()};
  }
  if (std::optional<std::string> kind = proof::BinaryKind(*bytes)) {
    return NeitherRecordTitleNorEpub(path, *kind);
  }
  return ProofSide{path, ProofSideKind::kRecord, {}};
}

}  // namespace galley::cli
