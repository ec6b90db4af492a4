// `galley proof OLD.epub NEW.epub` in-process: read both EPUBs (unzip, parse the package and
// every XHTML file), compare them and format the summary. The EPUBs are made here, before
// timing, from the pamphlet and the long book (bench/make-long-book.sh: 60 chapters, 2.3 MB of
// EPUB), and from the same manuscripts edited in memory:
// - one word: " the " → " a " once, in the middle of the book (one chapter changes);
// - every chapter: the first " the " of each "## " section edited (hundreds of changes, in
//   every chapter of the long book: a systematic correction);
// - identical: the same bytes twice (what an unchanged rebuild costs).
// Figures are in docs/proof.md ("Proofing an EPUB", Speed).
//
//   bench/make-long-book.sh && build/bench/epub_proof_bench   (run from the repository root)
#include <benchmark/benchmark.h>

#include <filesystem>
#include <functional>

#include "epub/epub_writer.h"
#include "io/file_system.h"
#include "manuscript/manuscript_parser.h"
#include "proof/epub_book.h"
#include "proof/epub_comparison.h"
#include "proof/epub_summary.h"

namespace {

using galley::Result;
namespace proof = galley::proof;

const char* const kPamphlet = "content/kronstadt-21/manuscript.md";
const char* const kLongBook = "out/long-book/manuscript.md";

// The real file system, except one file whose text is given.
class EditedFileSystem : public galley::RealFileSystem {
 public:
  EditedFileSystem(std::string path, std::string text)
      : path_(std::move(path)), text_(std::move(text)) {}
  Result<std::string> ReadFile(const std::string& path) const override {
    return path == path_ ? Result<std::string>(text_) : RealFileSystem::ReadFile(path);
  }

 private:
  std::string path_, text_;
};

std::string OneWordEdited(std::string text) {
  size_t at = text.find(" the ", text.size() / 2);
  if (at != std::string::npos) text.replace(at, 5, " a ");
  return text;
}

std::string EverySectionEdited(std::string text) {
  for (size_t at = text.find("\n## "); at != std::string::npos; at = text.find("\n## ", at + 1)) {
    size_t word = text.find(" the ", text.find('\n', at + 1));
    if (word != std::string::npos) text.replace(word, 5, " a ");
  }
  return text;
}

// The EPUB of `manuscript` with its text passed through `edit`, or "" with `error` set.
std::string MakeEpub(const char* manuscript, const std::function<std::string(std::string)>& edit,
                     std::string* error) {
  galley::RealFileSystem real;
  Result<std::string> text = real.ReadFile(manuscript);
  if (!text.ok()) {
    *error = std::string(manuscript) + " is missing: run from the repository root (and "
             "bench/make-long-book.sh for the long book)";
    return {};
  }
  EditedFileSystem fs(manuscript, edit(std::move(text).value()));
  Result<galley::model::Document> document = galley::manuscript::LoadManuscript(fs, manuscript);
  if (!document.ok()) {
    *error = document.error().ToString();
    return {};
  }
  galley::epub::EpubOptions options;
  options.source_date_epoch = 1700000000;
  options.cache_dir = "out/.galley-cache";
  std::filesystem::create_directories(options.cache_dir);
  Result<std::string> epub = galley::epub::WriteEpub(fs, *document, options);
  if (!epub.ok()) {
    *error = epub.error().ToString();
    return {};
  }
  return std::move(epub).value();
}

void ProofEpubs(benchmark::State& state, const char* manuscript,
                const std::function<std::string(std::string)>& edit) {
  std::string error;
  std::string before = MakeEpub(manuscript, [](std::string text) { return text; }, &error);
  std::string after = error.empty() ? MakeEpub(manuscript, edit, &error) : "";
  if (!error.empty()) {
    state.SkipWithError(error.c_str());
    return;
  }
  size_t changes = 0;
  for (auto _ : state) {
    Result<proof::EpubBook> old_book = proof::ReadEpubBook(before, "before.epub");
    Result<proof::EpubBook> new_book = proof::ReadEpubBook(after, "after.epub");
    if (!old_book.ok() || !new_book.ok()) {
      state.SkipWithError("an EPUB cannot be read");
      return;
    }
    Result<proof::EpubComparison> comparison =
        proof::CompareEpubs(std::move(old_book).value(), std::move(new_book).value());
    if (!comparison.ok()) {
      state.SkipWithError(comparison.error().ToString().c_str());
      return;
    }
    changes = 0;
    for (const proof::DocumentChange& document : comparison->documents) {
      changes += document.hunks.size();
    }
    std::string summary = proof::FormatEpubSummary(*comparison);
    benchmark::DoNotOptimize(summary);
  }
  state.counters["epub_kB"] = static_cast<double>(before.size()) / 1024;
  state.counters["changes"] = static_cast<double>(changes);
}

std::string Unchanged(std::string text) { return text; }

void BM_EpubProofPamphletOneWord(benchmark::State& state) {
  ProofEpubs(state, kPamphlet, OneWordEdited);
}
void BM_EpubProofLongBookIdentical(benchmark::State& state) {
  ProofEpubs(state, kLongBook, Unchanged);
}
void BM_EpubProofLongBookOneWord(benchmark::State& state) {
  ProofEpubs(state, kLongBook, OneWordEdited);
}
void BM_EpubProofLongBookEveryChapter(benchmark::State& state) {
  ProofEpubs(state, kLongBook, EverySectionEdited);
}

BENCHMARK(BM_EpubProofPamphletOneWord)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EpubProofLongBookIdentical)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EpubProofLongBookOneWord)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EpubProofLongBookEveryChapter)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
