#include "proof/printed_pages.h"

#include <algorithm>
#include <string>

#include "base/stable_hash.h"
#include "frames/record_format.h"

namespace galley::proof {

namespace {

using frames::FrameItem;

// Written with three decimals in a record: hashing rounded values makes a book typeset now
// and its record read back the same.
std::string Fixed(double value) {
  std::string text;
  frames::record::AppendFixed(value, &text);
  return text;
}

class PageHasher {
 public:
  explicit PageHasher(const frames::DocumentFrames& frames) : frames_(frames) {}

  uint64_t Hash(const frames::PageFrame& page) {
    key_ = Fnv1a64("page");
    Add(page.label.text);
    Add(Fixed(page.width) + "x" + Fixed(page.height));
    for (const FrameItem& item : page.items) {
      if (item.kind == FrameItem::Kind::kText) AddLine(item.text);
      if (item.kind == FrameItem::Kind::kRule) AddRule(item.rule);
    }
    return key_;
  }

 private:
  void Add(const std::string& part) { key_ = Fnv1a64("\x1f", Fnv1a64(part, key_)); }

  void AddLine(const frames::TextLineItem& line) {
    Add(std::string("line ") + frames::ToString(line.role));
    Add(line.text);  // what the runs print; also for a frame whose runs were not read
    for (const frames::GlyphRunItem& run : line.runs) {
      Add(run.text);
      Add(run.font < frames_.fonts.size() ? frames_.fonts[run.font].digest : "?");
      Add(Fixed(run.size) + " " + std::to_string(static_cast<int>(run.style.face)) +
          (run.style.small_caps ? "s" : "-") + (run.style.underline ? "u" : "-") + " " +
          Fixed(run.style.tracking) + " " + Fixed(run.style.rise) + " " +
          Fixed(run.horizontal_scale) + " " + Fixed(run.x) + " " + Fixed(run.y) + " " +
          Fixed(run.color.r) + "," + Fixed(run.color.g) + "," + Fixed(run.color.b));
      Add(run.style.features);
    }
  }

  void AddRule(const frames::RuleItem& rule) {
    Add("rule " + Fixed(rule.x0) + " " + Fixed(rule.y0) + " " + Fixed(rule.x1) + " " +
        Fixed(rule.y1) + " " + Fixed(rule.thickness) + " " + Fixed(rule.color.r) + "," +
        Fixed(rule.color.g) + "," + Fixed(rule.color.b));
  }

  const frames::DocumentFrames& frames_;
  uint64_t key_ = 0;
};

}  // namespace

std::vector<uint64_t> PrintedPageKeys(const frames::DocumentFrames& frames) {
  PageHasher hasher(frames);
  std::vector<uint64_t> keys;
  keys.reserve(frames.pages.size());
  for (const frames::PageFrame& page : frames.pages) keys.push_back(hasher.Hash(page));
  return keys;
}

std::vector<int> DifferentPages(const frames::DocumentFrames& before,
                                const frames::DocumentFrames& after) {
  std::vector<uint64_t> old_keys = PrintedPageKeys(before), new_keys = PrintedPageKeys(after);
  std::vector<int> pages;
  for (size_t i = 0; i < std::max(old_keys.size(), new_keys.size()); ++i) {
    if (i >= old_keys.size() || i >= new_keys.size() || old_keys[i] != new_keys[i]) {
      pages.push_back(static_cast<int>(i) + 1);
    }
  }
  return pages;
}

}  // namespace galley::proof
