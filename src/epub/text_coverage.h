// Which characters the book shows in which face, gathered while the XHTML is written, so that
// each embedded font is subset to exactly what a reader can see in it (and no text falls back
// to a reading system's own font mid-word).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace galley::epub {

// The faces the stylesheet uses: regular text, <em> (italic), <strong> (bold). Bold italic is
// counted in both the italic and the bold face, since a reading system synthesises it from one.
struct Face {
  bool italic = false;
  bool bold = false;
};

enum class FaceFile { kRegular, kItalic, kBold };

class TextCoverage {
 public:
  TextCoverage();

  // Counts the UTF-8 `text` as shown in `face`.
  void Add(Face face, std::string_view text);
  void Add(FaceFile file, std::string_view text);

  bool Uses(FaceFile file) const;
  // The code points shown in `file`, ascending.
  std::vector<char32_t> CodePoints(FaceFile file) const;

 private:
  static constexpr char32_t kCodeSpace = 0x110000;
  // One bit per code point and face file: 3 × 136 KiB, and a test-and-set per character.
  std::vector<uint64_t> bits_[3];
  bool used_[3] = {false, false, false};
};

}  // namespace galley::epub
