// `galley proof` in-process on the long book (bench/make-long-book.sh: 742 pages, about 23 000
// typeset lines): read and parse both records, compare them, format the summary and the HTML
// report. Target (docs/proof.md): well under a second. Two cases:
// - a correction: the long book's record against itself with one word edited in the middle
//   (one paragraph changed; the diff's D is tiny, so Myers runs in about linear time);
// - a new type size: against the record of the same book set at 10.2 pt, where every page
//   changes and most paragraphs re-break (D is large; the worst realistic case).
//
//   bench/make-long-book.sh
//   build/galley -q pdf out/long-book -o /tmp/long.pdf --record out/long-book.lines.txt
//   sed -e 's/^font.size = 10pt/font.size = 10.2pt/' -e "s#\.\./\.\./fonts/#$PWD/fonts/#"
//       templates/print/default.template > out/larger.template
//   build/galley -q pdf out/long-book -o /tmp/long2.pdf --template out/larger.template
//       --record out/long-book-larger.lines.txt
//   build/bench/proof_bench            (run from the repository root; the lines that wrap
//   above are one command each)
#include <benchmark/benchmark.h>

#include <string>

#include "io/file_system.h"
#include "proof/comparison.h"
#include "proof/html_report.h"
#include "proof/record.h"
#include "proof/summary.h"

namespace {

using galley::RealFileSystem;
using galley::Result;
namespace proof = galley::proof;

const char* const kRecord = "out/long-book.lines.txt";
const char* const kLargerRecord = "out/long-book-larger.lines.txt";

// The record's text with one word of a line near the middle replaced.
std::string WithOneWordEdited(std::string text) {
  size_t at = text.find(" the ", text.size() / 2);
  if (at != std::string::npos) text.replace(at, 5, " a ");
  return text;
}

void Compare(benchmark::State& state, const std::string& before_text,
             const std::string& after_text) {
  size_t lines = 0, html_bytes = 0;
  for (auto _ : state) {
    Result<proof::Record> before = proof::ParseRecord(before_text, "before.lines.txt");
    Result<proof::Record> after = proof::ParseRecord(after_text, "after.lines.txt");
    if (!before.ok() || !after.ok()) {
      state.SkipWithError((before.ok() ? after : before).error().ToString().c_str());
      return;
    }
    lines = before->lines.size();
    proof::Comparison comparison =
        proof::CompareRecords(std::move(before).value(), std::move(after).value());
    std::string summary = proof::FormatSummary(comparison);
    std::string html = proof::FormatHtmlReport(comparison);
    html_bytes = html.size();
    benchmark::DoNotOptimize(summary);
  }
  state.counters["lines"] = static_cast<double>(lines);
  state.counters["html_kb"] = static_cast<double>(html_bytes) / 1024;
}

bool ReadOrSkip(benchmark::State& state, const char* path, std::string* text) {
  RealFileSystem fs;
  Result<std::string> read = galley::ReadTextFile(fs, path);
  if (!read.ok()) {
    state.SkipWithError((std::string(path) + " is missing: make it as this file's comment says, "
                         "from the repository root")
                            .c_str());
    return false;
  }
  *text = std::move(read).value();
  return true;
}

void BM_ProofLongBookOneWordEdited(benchmark::State& state) {
  std::string before;
  if (!ReadOrSkip(state, kRecord, &before)) return;
  Compare(state, before, WithOneWordEdited(before));
}

void BM_ProofLongBookLargerType(benchmark::State& state) {
  std::string before, after;
  if (!ReadOrSkip(state, kRecord, &before) || !ReadOrSkip(state, kLargerRecord, &after)) return;
  Compare(state, before, after);
}

BENCHMARK(BM_ProofLongBookOneWordEdited)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProofLongBookLargerType)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
