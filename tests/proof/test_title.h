// A small generated title for end-to-end proof tests: three chapters of deterministic
// pseudo-text (so that line breaks, hyphens and pages are those of ordinary prose, not of one
// book), print page markers for margin references, and a copy of the default template whose
// keys a test can change. Nothing in it is tuned to any real title.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::proof {

class TestTitle {
 public:
  // Writes the title into `folder` (made if missing): manuscript.md with `chapters` chapters of
  // `paragraphs` paragraphs each.
  explicit TestTitle(std::string folder, int chapters = 3, int paragraphs = 9)
      : folder_(std::move(folder)) {
    std::filesystem::create_directories(folder_);
    manuscript_ = Build(chapters, paragraphs);
    Save();
  }

  const std::string& folder() const { return folder_; }
  const std::string& manuscript() const { return manuscript_; }

  // The text of chapter `chapter`'s paragraph `paragraph` (both from 0), as written.
  std::string Paragraph(int chapter, int paragraph) const {
    return Words(static_cast<uint32_t>(chapter * 1000 + paragraph), 60 + (paragraph * 37) % 70);
  }

  // Replaces the one occurrence of `from` in the manuscript; false when it is not there once.
  bool Replace(const std::string& from, const std::string& to) {
    size_t at = manuscript_.find(from);
    if (at == std::string::npos || manuscript_.find(from, at + 1) != std::string::npos) {
      return false;
    }
    manuscript_.replace(at, from.size(), to);
    Save();
    return true;
  }

  // A copy of the default template at `path`, fonts found in the source tree, with `key` set
  // to `value` for each pair (replaced where the template has the key, else appended).
  static void WriteTemplate(const std::string& path,
                            const std::vector<std::pair<std::string, std::string>>& keys) {
    std::string text = galley::testing::ReadFileOrEmpty(galley::testing::SourceDir() +
                                                        "/templates/print/default.template");
    const std::string relative = "../../fonts/";
    for (size_t at; (at = text.find(relative)) != std::string::npos;) {
      text.replace(at, relative.size(), galley::testing::SourceDir() + "/fonts/");
    }
    for (const auto& [key, value] : keys) {
      std::string line = key + " = " + value;
      size_t at = text.find("\n" + key + " =");
      if (at == std::string::npos) {
        text += "\n" + line + "\n";
      } else {
        size_t end = text.find('\n', at + 1);
        text.replace(at + 1, end - at - 1, line);
      }
    }
    galley::testing::WriteFileOrDie(path, text);
  }

 private:
  // Pseudo-words from a fixed syllable table, long and short, by a linear congruential
  // generator seeded with `seed`: the same text every run.
  static std::string Words(uint32_t seed, int count) {
    static const char* const kSyllables[] = {"ka", "lor", "mi", "sen", "tu", "va", "rel", "do",
                                             "nis", "pa", "que", "ber", "sto", "an", "gri", "el",
                                             "mon", "ta", "ver", "o"};
    uint32_t state = seed * 2654435761u + 12345u;
    auto next = [&state] {
      state = state * 1103515245u + 12345u;
      return (state >> 16) & 0x7fff;
    };
    std::string text;
    for (int i = 0; i < count; ++i) {
      if (i > 0) text += ' ';
      int syllables = 1 + static_cast<int>(next() % 4);
      for (int s = 0; s < syllables; ++s) text += kSyllables[next() % 20];
      if (next() % 11 == 0) text += ',';
    }
    return text + ".";
  }

  std::string Build(int chapters, int paragraphs) const {
    std::string text =
        "---\ntitle: Proof Sample\nauthor: Ada Tester\nlanguage: en-US\npublisher: Galley "
        "Tests\ndate: 2026-01-01\n---\n\n";
    int page = 2;
    for (int c = 0; c < chapters; ++c) {
      text += "# Chapter " + std::to_string(c + 1) + "\n\n";
      for (int p = 0; p < paragraphs; ++p) {
        if (p % 4 == 2) text += "<pb n=\"" + std::to_string(page++) + "\"/>\n\n";
        text += Paragraph(c, p) + "\n\n";
      }
    }
    return text;
  }

  void Save() const { galley::testing::WriteFileOrDie(folder_ + "/manuscript.md", manuscript_); }

  std::string folder_;
  std::string manuscript_;
};

}  // namespace galley::proof
