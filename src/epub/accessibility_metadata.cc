#include "epub/accessibility_metadata.h"

#include <utility>

namespace galley::epub {

namespace {

bool AllImagesDescribed(const BookFacts& facts) { return facts.images_with_alt == facts.images; }

// `n` as the book's words say it: a word for zero to nine when its `numbers` lists them
// (English: "no one two …"), else figures.
std::string NumberOf(int n, const model::BookWords& words) {
  std::vector<std::string> names;
  const std::string& list = words.Get("numbers");
  for (size_t start = 0; start < list.size();) {
    size_t space = list.find(' ', start);
    if (space == std::string::npos) space = list.size();
    if (space > start) names.push_back(list.substr(start, space - start));
    start = space + 1;
  }
  return n >= 0 && n < static_cast<int>(names.size()) ? names[n] : std::to_string(n);
}

}  // namespace

std::vector<MetaProperty> AccessibilityMetadata(const BookFacts& facts, const std::string& certifier,
                                                const model::BookWords& words) {
  std::vector<MetaProperty> properties;
  auto add = [&](const char* property, const std::string& value) {
    properties.push_back({property, value});
  };
  // WCAG 2.1 AA needs text alternatives for every image (SC 1.1.1): no claim without them.
  if (AllImagesDescribed(facts)) {
    add("dcterms:conformsTo", kConformsTo);
    if (!certifier.empty()) add("a11y:certifiedBy", certifier);
  }

  add("schema:accessMode", "textual");
  if (facts.images > 0) add("schema:accessMode", "visual");
  // Text alone conveys everything when every image is described; else sight is needed too.
  add("schema:accessModeSufficient", AllImagesDescribed(facts) ? "textual" : "textual,visual");

  add("schema:accessibilityFeature", "tableOfContents");
  add("schema:accessibilityFeature", "readingOrder");
  add("schema:accessibilityFeature", "displayTransformability");
  if (facts.headings > 0) add("schema:accessibilityFeature", "structuralNavigation");
  if (facts.page_targets > 0) {
    // pageBreakMarkers: the schema.org term that replaced the deprecated printPageNumbers.
    add("schema:accessibilityFeature", "pageBreakMarkers");
    add("schema:accessibilityFeature", "pageNavigation");
  }
  if (facts.images > 0 && AllImagesDescribed(facts)) {
    add("schema:accessibilityFeature", "alternativeText");
  }
  add("schema:accessibilityHazard", "none");
  add("schema:accessibilitySummary", AccessibilitySummary(facts, words));
  return properties;
}

std::string AccessibilitySummary(const BookFacts& facts, const model::BookWords& words) {
  std::vector<std::string> sentences;
  auto count = [&](int n) {
    return std::pair<std::string_view, std::string>("count", NumberOf(n, words));
  };
  if (AllImagesDescribed(facts)) sentences.push_back(words.Get("a11y.conforms"));
  sentences.push_back(words.Get(facts.headings > 0 ? "a11y.reading-headings" : "a11y.reading"));
  if (facts.notes == 1) sentences.push_back(words.Get("a11y.note"));
  if (facts.notes > 1) sentences.push_back(words.Fill("a11y.notes", {count(facts.notes)}));
  if (facts.page_targets > 0) {
    std::string source = facts.page_source.empty() ? "" : ", " + facts.page_source;
    sentences.push_back(words.Fill(facts.page_targets == 1 ? "a11y.page" : "a11y.pages",
                                   {count(facts.page_targets), {"source", source}}));
  }
  if (facts.images == 0) {
    sentences.push_back(words.Get("a11y.no-images"));
  } else if (AllImagesDescribed(facts)) {
    sentences.push_back(
        words.Fill(facts.images == 1 ? "a11y.image" : "a11y.images", {count(facts.images)}));
  } else {
    sentences.push_back(words.Get("a11y.undescribed"));
  }
  sentences.push_back(words.Get("a11y.no-hazards"));
  std::string summary;
  for (const std::string& sentence : sentences) summary += (summary.empty() ? "" : " ") + sentence;
  return summary;
}

}  // namespace galley::epub
