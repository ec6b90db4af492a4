#include "clean/clean_title.h"

#include "clean/blocks.h"
#include "clean/clean_rules.h"
#include "clean/clean_settings.h"
#include "clean/corrections.h"
#include "clean/gutenberg_frame.h"
#include "clean/heading_case.h"
#include "clean/heading_levels.h"
#include "clean/line_drops.h"
#include "clean/manuscript_writer.h"
#include "clean/markdown_source.h"
#include "clean/metadata_file.h"
#include "clean/notes.h"
#include "clean/paragraph_join.h"
#include "clean/rule_set.h"
#include "clean/source_text.h"
#include "clean/spell_checker.h"
#include "clean/spelling_report.h"
#include "clean/structure.h"
#include "clean/text_passes.h"
#include "clean/word_rules.h"
#include "clean/word_rule_set.h"
#include "typography/dashes.h"
#include "typography/dialogue_dashes.h"
#include "typography/ellipses.h"
#include "typography/quotes.h"

namespace galley {
namespace {

// The editor's inputs, read and checked before anything is applied, so that a malformed line
// anywhere is reported first.
struct TitleInputs {
  CleanSettings settings;
  std::vector<MetadataEntry> metadata;
  std::vector<Correction> corrections;
  std::vector<StructureDirective> structure;
  TitleWords words;
};

// corrections.tsv, structure.tsv and words.txt may be absent.
Result<std::string> ReadOptional(const FileSystem& fs, const std::string& path) {
  if (!fs.Exists(path)) return std::string();
  return ReadNormalizedText(fs, path);
}

Result<TitleInputs> ReadInputs(const FileSystem& fs, const TitleFolder& title) {
  TitleInputs inputs;
  Result<std::string> metadata_text = ReadNormalizedText(fs, title.metadata);
  if (!metadata_text.ok()) return metadata_text.take_error();
  Result<CleanSettings> settings = TakeCleanSettings(&*metadata_text, title.metadata);
  if (!settings.ok()) return settings.take_error();
  inputs.settings = std::move(*settings);
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

  Result<std::string> words_text = ReadOptional(fs, title.words);
  if (!words_text.ok()) return words_text.take_error();
  auto words = TitleWords::Parse(*words_text, title.words);
  if (!words.ok()) return words.take_error();
  inputs.words = std::move(*words);
  return inputs;
}

void RunTypography(const RuleSet& rules, const QuoteStyle& quotes, std::vector<Block>* blocks,
                   Review* review) {
  if (rules.Runs(rule::kEllipsis)) RunTextPass(rule::kEllipsis, SetEllipses, blocks, review);
  // Spanish dialogue's rayas first, so that the dash rule finds them set and keeps them.
  bool rayas = rules.Runs(rule::kDialogueDash);
  if (rayas) RunTextPass(rule::kDialogueDash, SetDialogueDashes, blocks, review);
  if (rules.Runs(rule::kDash)) {
    RunTextPass(rule::kDash, rayas ? SetDashesKeepingRayas : SetDashes, blocks, review);
  }
  if (rules.Runs(rule::kRange)) RunTextPass(rule::kRange, SetRangeDashes, blocks, review);
  if (rules.Runs(rule::kQuotes)) {
    auto curl = [&quotes](std::string_view text) { return CurlQuotesInStyle(text, quotes); };
    RunTextPass(rule::kQuotes, curl, blocks, review);
  }
}

// The source's lines as the rules see them: Project Gutenberg's frame left out, corrections
// applied, structure.tsv's drops left out.
Status PrepareLines(const TitleFolder& title, const TitleInputs& inputs, const RuleSet& rules,
                    std::vector<SourceLine>* lines, Review* review) {
  if (rules.format() == SourceFormat::kGutenberg && rules.Runs(rule::kGutenberg)) {
    RemoveGutenbergFrame(lines, title.source, review);
  }
  GALLEY_RETURN_IF_ERROR(
      ApplyCorrections(inputs.corrections, title.corrections, title.source, lines, review));
  return ApplyDrops(inputs.structure, title.structure, lines, review);
}

void StageDone(const CleanOptions& options, std::string_view stage) {
  if (options.stage_done) options.stage_done(stage);
}

Result<CleanResult> CleanText(const TitleFolder& title, TitleInputs inputs,
                              std::vector<SourceLine> lines, const RuleSet& rules,
                              const SpellChecker& dictionary, const CleanOptions& options) {
  CleanResult result;
  Review& review = result.review;
  review.source = title.source;
  review.dictionary = dictionary.path();
  review.format = std::string(SourceFormatName(rules.format()));
  review.not_run = rules.NotRun();
  GALLEY_RETURN_IF_ERROR(PrepareLines(title, inputs, rules, &lines, &review));
  StageDone(options, "lines");
  std::vector<Block> blocks = BuildBlocks(lines, rules, &review);
  GALLEY_RETURN_IF_ERROR(CheckFoliosUnique(blocks, title.source));
  StageDone(options, "blocks");
  if (rules.Runs(rule::kNote)) LinkNotes(&blocks, &review);
  if (rules.Runs(rule::kPageJoin)) JoinSplitParagraphs(&blocks, &review);
  if (rules.Runs(rule::kHeadingLevel)) NormaliseHeadingLevels(&blocks, &review);
  Result<std::vector<DivisionStart>> starts =
      ApplyStructure(inputs.structure, title.structure, &blocks, &review);
  if (!starts.ok()) return starts.take_error();
  StageDone(options, "structure");
  Vocabulary vocabulary(blocks);
  GALLEY_RETURN_IF_ERROR(inputs.words.CheckAllOccur(vocabulary, title.source));
  WordGate gate{dictionary, inputs.words, vocabulary, rules.GuessesApply()};
  RunGuessingRules(rules, gate, &blocks, &review);
  // After words.txt is checked against the text as typed (its "TOULIN" is the source's) and
  // after the guesses, which judge words as the source spells them.
  if (rules.Runs(rule::kHeadingCase)) {
    SetHeadingCase(MetadataValue(inputs.metadata, "language"), dictionary, &blocks, &review);
  }
  StageDone(options, "guesses");
  std::string_view language = MetadataValue(inputs.metadata, "language");
  const QuoteStyle& quotes = inputs.settings.quotes.empty()
                                 ? QuoteStyleForLanguage(language)
                                 : *FindQuoteStyle(inputs.settings.quotes);
  RunTypography(rules, quotes, &blocks, &review);
  StageDone(options, "typography");
  WriteProposalCorrections(lines, &review);
  review.unknown_words = FindUnknownWords(blocks, dictionary, inputs.words);
  StageDone(options, "report");
  result.manuscript =
      WriteManuscript(inputs.metadata, SplitIntoDivisions(std::move(blocks), *starts));
  StageDone(options, "write");
  return result;
}

}  // namespace

Result<CleanResult> CleanTitle(const FileSystem& fs, const TitleFolder& title,
                               const CleanOptions& options) {
  Result<TitleInputs> inputs = ReadInputs(fs, title);
  if (!inputs.ok()) return inputs.take_error();
  std::string_view language = MetadataValue(inputs->metadata, "language");
  bool markdown = fs.Exists(title.markdown_source);
  if (markdown && fs.Exists(title.source)) {
    return InputError({title.markdown_source, {}},
                      "the title has two sources, source.md and source.ocr.txt",
                      "keep the one the manuscript is made from");
  }
  std::string source_path = markdown ? title.markdown_source : title.source;
  Result<std::string> source =
      ReadSourceText(fs, source_path, inputs->settings.source_encoding);
  if (!source.ok()) return source.take_error();
  std::vector<SourceLine> lines = SplitLines(*source);
  SourceFormat format = markdown ? SourceFormat::kMarkdown
                                 : inputs->settings.source_format.value_or(
                                       HasGutenbergStart(lines) ? SourceFormat::kGutenberg
                                                                : SourceFormat::kOcr);
  Result<RuleSet> rules = RuleSet::Make(format, language, inputs->settings, title.metadata);
  if (!rules.ok()) return rules.take_error();
  StageDone(options, "read");
  Result<SpellChecker> dictionary = SpellChecker::Open(options.dictionary_dir, language);
  if (!dictionary.ok()) {
    Error error = dictionary.take_error();
    if (error.where.file.empty()) {
      error.where = MetadataLocation(inputs->metadata, "language", title.metadata);
    }
    return error;
  }
  StageDone(options, "dictionary");
  if (markdown) {
    return CleanMarkdownSource(title, inputs->metadata, inputs->corrections, inputs->structure,
                               inputs->words, std::move(lines), *dictionary);
  }
  return CleanText(title, std::move(*inputs), std::move(lines), *rules, *dictionary, options);
}

}  // namespace galley
