#include "proof/paragraphs.h"

#include "base/stable_hash.h"

namespace galley::proof {

namespace {

bool StartsParagraph(const RecordLine& previous, const RecordLine& line) {
  if (line.paragraph != 0 && previous.paragraph != 0) return line.paragraph != previous.paragraph;
  if (line.source_line != previous.source_line || line.kind != previous.kind) return true;
  return line.source_line == 0 && line.page != previous.page;
}

Paragraph Build(const Record& record, size_t first, size_t end) {
  Paragraph paragraph;
  paragraph.source_line = record.lines[first].source_line;
  paragraph.id = record.lines[first].paragraph;
  paragraph.kind = record.lines[first].kind;
  paragraph.first_line = first;
  paragraph.line_count = end - first;
  WordCollector collector;
  for (size_t i = first; i < end; ++i) {
    const RecordLine& line = record.lines[i];
    collector.AddLine(line.text, line.hyphenated, i + 1 < end);
  }
  paragraph.words = collector.Take();
  // Separators between the parts keep "ab c" and "a bc" apart.
  uint64_t key = Fnv1a64(paragraph.kind);
  for (const Word& word : paragraph.words) key = Fnv1a64("\n", Fnv1a64(word.bare, key));
  paragraph.key = key;
  return paragraph;
}

}  // namespace

std::vector<Paragraph> GroupParagraphs(const Record& record) {
  std::vector<Paragraph> paragraphs;
  size_t first = 0;
  for (size_t i = 1; i <= record.lines.size(); ++i) {
    if (i == record.lines.size() || StartsParagraph(record.lines[i - 1], record.lines[i])) {
      paragraphs.push_back(Build(record, first, i));
      first = i;
    }
  }
  return paragraphs;
}

bool SameText(const Paragraph& a, const Paragraph& b) {
  if (a.kind != b.kind || a.words.size() != b.words.size()) return false;
  for (size_t i = 0; i < a.words.size(); ++i) {
    if (!SameWord(a.words[i], b.words[i])) return false;
  }
  return true;
}

std::string OpeningWords(const Paragraph& paragraph, size_t count) {
  std::string out;
  for (size_t i = 0; i < paragraph.words.size() && i < count; ++i) {
    if (i > 0) out += ' ';
    out += paragraph.words[i].Display();
  }
  if (paragraph.words.size() > count) out += "…";
  return out;
}

}  // namespace galley::proof
