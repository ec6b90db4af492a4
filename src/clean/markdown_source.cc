#include "clean/markdown_source.h"

#include <algorithm>
#include <cctype>

#include "clean/manuscript_writer.h"
#include "clean/spelling_report.h"
#include "clean/tsv_fields.h"
#include "clean/typewriter_marks.h"

namespace galley {
namespace {

// `line` with each Galley tag (`<pb n="6"/>`, `<division …>`, `<cite>`, `</i>`) blanked out:
// a tag's name and attributes are not words of the text. An escaped `\<` is text.
std::string WithoutTags(const std::string& line) {
  std::string out = line;
  for (size_t i = 0; i < out.size(); ++i) {
    bool escaped = i > 0 && out[i - 1] == '\\';
    if (out[i] != '<' || escaped || i + 1 == out.size()) continue;
    char next = out[i + 1];
    if (!std::isalpha(static_cast<unsigned char>(next)) && next != '/') continue;
    size_t close = out.find('>', i);
    if (close == std::string::npos) break;
    std::fill(out.begin() + static_cast<long>(i), out.begin() + static_cast<long>(close) + 1, ' ');
    i = close;
  }
  return out;
}

// Each line as a block of text, for the spelling report and the word list's check: Markdown's
// punctuation and Galley's tags are not part of any word.
std::vector<Block> LineBlocks(const std::vector<SourceLine>& lines) {
  std::vector<Block> blocks;
  for (const SourceLine& line : lines) {
    Block block{BlockKind::kParagraph, line.number, line.text, 0, {}, {}};
    block.text.text = WithoutTags(line.text);
    block.text.AddMark({0, MarkKind::kLineStart, line.number, {}});
    blocks.push_back(std::move(block));
  }
  return blocks;
}

}  // namespace

Result<CleanResult> CleanMarkdownSource(const TitleFolder& title,
                                        const std::vector<MetadataEntry>& metadata,
                                        const std::vector<Correction>& corrections,
                                        const std::vector<StructureDirective>& structure,
                                        const TitleWords& words, std::vector<SourceLine> lines,
                                        const SpellChecker& dictionary) {
  if (!lines.empty() && lines[0].text == "---") {
    return InputErrorAt(title.markdown_source, 1, 1, lines[0].text,
                        "source.md has front matter of its own",
                        "move its lines into metadata.txt, or name the file manuscript.md: a "
                        "Markdown file with front matter is a manuscript already");
  }
  if (!structure.empty()) {
    return InputErrorAt(title.structure, structure[0].line, 1, structure[0].anchor.line_text,
                        "structure.tsv does not apply to a Markdown source",
                        "write divisions and headings in source.md itself (docs/manuscript.md)");
  }
  CleanResult result;
  Review& review = result.review;
  review.source = title.markdown_source;
  review.dictionary = dictionary.path();
  review.format = "markdown";
  GALLEY_RETURN_IF_ERROR(ApplyCorrections(corrections, title.corrections, title.markdown_source,
                                          &lines, &review, /*keep_emptied_lines=*/true));
  std::vector<Block> blocks = LineBlocks(lines);
  GALLEY_RETURN_IF_ERROR(words.CheckAllOccur(Vocabulary(blocks), title.markdown_source));
  review.unknown_words = FindUnknownWords(blocks, dictionary, words);
  ReportTypewriterMarks(lines, &review);
  std::string front_matter = WriteFrontMatter(metadata);
  result.manuscript = front_matter + "\n";
  for (const SourceLine& line : lines) result.manuscript += line.text + "\n";
  int front_lines = 1;  // the blank line after the front matter
  for (char c : front_matter) front_lines += c == '\n' ? 1 : 0;
  result.markdown_line_offset = front_lines;
  result.metadata = metadata;
  return result;
}

}  // namespace galley
