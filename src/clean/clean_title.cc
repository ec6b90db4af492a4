#include "clean/clean_title.h"

#include "clean/blocks.h"
#include "clean/clean_rules.h"
#include "clean/corrections.h"
#include "clean/dropped_accents.h"
#include "clean/frequent_words.h"
#include "clean/heading_levels.h"
#include "clean/manuscript_writer.h"
#include "clean/metadata_file.h"
#include "clean/misplaced_hyphens.h"
#include "clean/paragraph_join.h"
#include "clean/run_together_words.h"
#include "clean/source_text.h"
#include "clean/spell_checker.h"
#include "clean/spelling_report.h"
#include "clean/structure.h"
#include "clean/text_passes.h"
#include "typography/dashes.h"
#include "typography/ellipses.h"
#include "typography/quotes.h"

namespace galley {
namespace {

// The editor's inputs, read and checked before anything is applied, so that a malformed line
// anywhere is reported first.
struct TitleInputs {
  std::vector<SourceLine> source;
  std::vector<Correction> corrections;
  std::vector<StructureDirective> structure;
  std::vector<MetadataEntry> metadata;
};

// corrections.tsv and structure.tsv may be absent (nothing to correct, no divisions).
Result<std::string> ReadOptional(const FileSystem& fs, const std::string& path) {
  if (!fs.Exists(path)) return std::string();
  return ReadNormalizedText(fs, path);
}

Result<TitleInputs> ReadInputs(const FileSystem& fs, const TitleFolder& title) {
  TitleInputs inputs;
  Result<std::string> source = ReadNormalizedText(fs, title.source);
  if (!source.ok()) return source.take_error();
  inputs.source = SplitLines(*source);

  Result<std::string> metadata_text = ReadNormalizedText(fs, title.metadata);
  if (!metadata_text.ok()) return metadata_text.take_error();
  Result<std::vector<MetadataEntry>> metadata = ParseMetadata(*metadata_text, title.metadata);
  if (!metadata.ok()) return metadata.take_error();
  inputs.metadata = std::move(*metadata);

  Result<std::string> corrections_text = ReadOptional(fs, title.corrections);
  if (!corrections_text.ok()) return corrections_text.take_error();
  auto corrections = ParseCorrections(*corrections_text, title.corrections);
  if (!corrections.ok()) return corrections.take_error();
  inputs.corrections = std::move(*corrections);

  Result<std::string> structure_text = ReadOptional(fs, title.structure);
  if (!structure_text.ok()) return structure_text.take_error();
  auto structure = ParseStructure(*structure_text, title.structure);
  if (!structure.ok()) return structure.take_error();
  inputs.structure = std::move(*structure);
  return inputs;
}

void RunDictionaryRules(const SpellChecker& dictionary, std::vector<Block>* blocks,
                        Review* review) {
  RunTextPass(rule::kRunTogether,
              [&](std::string_view text) { return SplitRunTogetherWords(text, dictionary); },
              blocks, review);
  RunTextPass(rule::kMisplacedHyphen,
              [&](std::string_view text) { return FixMisplacedHyphens(text, dictionary); },
              blocks, review);
  WordCounts counts;
  for (const Block& block : *blocks) CountWords(block.text.text, &counts);
  RunTextPass(rule::kFrequentWord,
              [&](std::string_view text) {
                return FixFrequentWordMisreadings(text, counts, dictionary);
              },
              blocks, review);
  RunTextPass(rule::kAccent, RestoreDroppedAccents, blocks, review);
}

void RunTypography(std::vector<Block>* blocks, Review* review) {
  RunTextPass(rule::kEllipsis, SetEllipses, blocks, review);
  RunTextPass(rule::kDash, SetDashes, blocks, review);
  RunTextPass(rule::kRange, SetRangeDashes, blocks, review);
  RunTextPass(rule::kQuotes, CurlQuotes, blocks, review);
}

}  // namespace

Result<CleanResult> CleanTitle(const FileSystem& fs, const TitleFolder& title,
                               const CleanOptions& options) {
  Result<TitleInputs> inputs = ReadInputs(fs, title);
  if (!inputs.ok()) return inputs.take_error();
  Result<SpellChecker> dictionary =
      SpellChecker::Open(options.dictionary_dir, MetadataValue(inputs->metadata, "language"));
  if (!dictionary.ok()) return dictionary.take_error();

  CleanResult result;
  Review& review = result.review;
  review.source = title.source;
  review.dictionary = dictionary->path();
  std::vector<SourceLine> lines = std::move(inputs->source);
  GALLEY_RETURN_IF_ERROR(
      ApplyCorrections(inputs->corrections, title.corrections, title.source, &lines, &review));
  std::vector<Block> blocks = BuildBlocks(lines, &review);
  GALLEY_RETURN_IF_ERROR(CheckFoliosUnique(blocks, title.source));
  JoinSplitParagraphs(&blocks, &review);
  NormaliseHeadingLevels(&blocks, &review);
  Result<std::vector<DivisionStart>> starts =
      ApplyStructure(inputs->structure, title.structure, &blocks, &review);
  if (!starts.ok()) return starts.take_error();
  RunDictionaryRules(*dictionary, &blocks, &review);
  RunTypography(&blocks, &review);
  review.unknown_words = FindUnknownWords(blocks, *dictionary);
  result.manuscript =
      WriteManuscript(inputs->metadata, SplitIntoDivisions(std::move(blocks), *starts));
  return result;
}

}  // namespace galley
