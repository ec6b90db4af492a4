#include "proof/html_spreads.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "base/base64.h"
#include "proof/html_report.h"
#include "proof/page_marks.h"

namespace galley::proof {

const char* const kSpreadStyle = R"(
div.spread { display: flex; flex-wrap: wrap; gap: 1.5em; margin: 0.5em 0 1.5em; }
div.side { display: flex; gap: 2px; background: #ccc; padding: 2px; }
div.side > p { margin: 0; }
figure.page { margin: 0; background: #fff; }
div.sheet { position: relative; }
figure.page img { display: block; width: 100%; height: auto; }
figure.page figcaption { font: 12px sans-serif; color: #555; background: #f4f4f4; padding: 2px 4px; }
figure.absent { background: #eee; }
div.mark { position: absolute; box-sizing: border-box; }
div.mark.line { border: 2px solid rgb(230, 0, 126); }
div.mark.word { background: rgba(255, 196, 0, 0.45); border-bottom: 2px solid rgb(230, 0, 126); }
p.shifted { font-family: sans-serif; color: #555; }
)";

namespace {

std::string Percent(double part, double whole) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f%%", whole > 0 ? part * 100 / whole : 0);
  return text;
}

// Physical pages whose text only shifted (page_comparison.h) and that changed nothing else.
std::set<int> ShiftOnlyPages(const Comparison& c) {
  std::set<std::string> labels;
  for (const PageChange& page : c.pages) {
    if (page.shift_only) labels.insert(page.after->label);
  }
  std::set<int> furniture;
  for (const FurnitureChange& change : c.book->furniture) furniture.insert(change.page);
  std::set<int> pages;
  for (const frames::PageFrame& page : c.after_frames->pages) {
    if (labels.count(page.label.text) && !furniture.count(page.number)) pages.insert(page.number);
  }
  return pages;
}

// "13–20" for a run of pages.
std::string Runs(const std::vector<int>& pages) {
  std::string out;
  for (size_t i = 0; i < pages.size();) {
    size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1) ++j;
    out += (out.empty() ? "" : ", ") + std::to_string(pages[i]) +
           (j > i ? "–" + std::to_string(pages[j]) : "");
    i = j + 1;
  }
  return out;
}

class SpreadWriter {
 public:
  SpreadWriter(const Comparison& c, PageImages& images, std::string* out)
      : c_(c), images_(images), out_(*out) {}

  Status Write() {
    std::set<int> shifted = ShiftOnlyPages(c_);
    std::set<int> spreads;  // spread k holds pages 2k and 2k + 1 (page 1 stands alone)
    std::vector<int> shifted_pages;
    for (int page : c_.book->printed_pages) {
      if (shifted.count(page)) {
        shifted_pages.push_back(page);
      } else {
        spreads.insert(page / 2);
      }
    }
    out_ += "<h2 id=\"spreads\">Changed spreads</h2>\n";
    if (spreads.empty()) out_ += "<p>No spread prints differently.</p>\n";
    if (!shifted_pages.empty()) {
      out_ += "<p class=\"shifted\">Pages " + Runs(shifted_pages) +
              " (physical): the same lines, only shifted; not drawn.</p>\n";
    }
    int drawn = 0;
    std::vector<int> undrawn;
    for (int spread : spreads) {
      if (drawn++ >= kSpreadsDrawn) {
        undrawn.push_back(spread);
        continue;
      }
      GALLEY_RETURN_IF_ERROR(Spread(spread));
    }
    if (!undrawn.empty()) {
      std::vector<int> pages;
      for (int spread : undrawn) pages.push_back(std::max(1, spread * 2));
      out_ += "<p class=\"shifted\">" + std::to_string(undrawn.size()) +
              " more changed spreads, not drawn (at most " + std::to_string(kSpreadsDrawn) +
              " are), beginning on pages " + Runs(pages) + ".</p>\n";
    }
    return Status::Ok();
  }

 private:
  Status Spread(int spread) {
    std::vector<int> pages = spread == 0 ? std::vector<int>{1}
                                         : std::vector<int>{spread * 2, spread * 2 + 1};
    out_ += "<div class=\"spread\">\n";
    for (bool after : {false, true}) {
      out_ += "<div class=\"side\">";
      for (int page : pages) GALLEY_RETURN_IF_ERROR(Page(after, page));
      out_ += "</div>\n";
    }
    out_ += "</div>\n";
    return Status::Ok();
  }

  Status Page(bool after, int number) {
    const frames::DocumentFrames& frames = after ? *c_.after_frames : *c_.before_frames;
    std::string side = after ? "after" : "before";
    if (number > static_cast<int>(frames.pages.size())) {
      out_ += "<figure class=\"page absent\" style=\"width:" + Width(frames) +
              "px\"><figcaption>" + side + ": no page " + std::to_string(number) +
              "</figcaption></figure>";
      return Status::Ok();
    }
    const frames::PageFrame& page = frames.pages[number - 1];
    Result<std::string> png = images_.Png(after, number);
    if (!png.ok()) return png.take_error();
    out_ += "<figure class=\"page\" style=\"width:" + Width(frames) +
            "px\"><div class=\"sheet\"><img alt=\"" + side +
            ", page " + EscapeHtml(page.label.text) + "\" src=\"data:image/png;base64," +
            EncodeBase64(*png) + "\">";
    for (const MarkBox& mark : ChangedMarks(c_, after, number)) {
      out_ += std::string("<div class=\"mark ") +
              (mark.kind == MarkBox::Kind::kLine ? "line" : "word") + "\" style=\"left:" +
              Percent(mark.x, page.width) + ";top:" + Percent(mark.y, page.height) +
              ";width:" + Percent(mark.width, page.width) +
              ";height:" + Percent(mark.height, page.height) + "\"></div>";
    }
    out_ += "</div><figcaption>" + side + ", page " + EscapeHtml(page.label.text) + " (" +
            std::to_string(number) + ")</figcaption></figure>";
    return Status::Ok();
  }

  // Pages are shown at one CSS pixel a point.
  static std::string Width(const frames::DocumentFrames& frames) {
    double width = frames.pages.empty() ? 420 : frames.pages.front().width;
    return std::to_string(static_cast<int>(width + 0.5));
  }

  const Comparison& c_;
  PageImages& images_;
  std::string& out_;
};

}  // namespace

Status AppendChangedSpreads(const Comparison& comparison, PageImages& images, std::string* out) {
  if (!comparison.book || !comparison.before_frames || !comparison.after_frames) {
    return Status::Ok();
  }
  return SpreadWriter(comparison, images, out).Write();
}

}  // namespace galley::proof
