#include "epub/text_coverage.h"

#include "base/utf8.h"

namespace galley::epub {

TextCoverage::TextCoverage() {
  for (auto& bits : bits_) bits.assign(kCodeSpace / 64, 0);
}

void TextCoverage::Add(Face face, std::string_view text) {
  if (face.italic) Add(FaceFile::kItalic, text);
  if (face.bold) Add(FaceFile::kBold, text);
  if (!face.italic && !face.bold) Add(FaceFile::kRegular, text);
}

void TextCoverage::Add(FaceFile file, std::string_view text) {
  if (text.empty()) return;
  int index = static_cast<int>(file);
  used_[index] = true;
  std::vector<uint64_t>& bits = bits_[index];
  size_t offset = 0;
  while (offset < text.size()) {
    auto byte = static_cast<unsigned char>(text[offset]);
    char32_t c = byte < 0x80 ? (++offset, byte) : DecodeUtf8(text, &offset);
    if (c < kCodeSpace) bits[c >> 6] |= uint64_t{1} << (c & 63);
  }
}

bool TextCoverage::Uses(FaceFile file) const { return used_[static_cast<int>(file)]; }

std::vector<char32_t> TextCoverage::CodePoints(FaceFile file) const {
  std::vector<char32_t> code_points;
  const std::vector<uint64_t>& bits = bits_[static_cast<int>(file)];
  for (size_t word = 0; word < bits.size(); ++word) {
    if (bits[word] == 0) continue;
    for (int bit = 0; bit < 64; ++bit) {
      if (bits[word] & (uint64_t{1} << bit)) code_points.push_back(static_cast<char32_t>(word * 64 + bit));
    }
  }
  return code_points;
}

}  // namespace galley::epub
