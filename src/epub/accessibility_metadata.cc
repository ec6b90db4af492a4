#include "epub/accessibility_metadata.h"

namespace galley::epub {

namespace {

bool AllImagesDescribed(const BookFacts& facts) { return facts.images_with_alt == facts.images; }

std::string Count(int n, const char* one, const char* many) {
  static const char* kWords[] = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  std::string number = n < 10 ? kWords[n] : std::to_string(n);
  return number + " " + (n == 1 ? one : many);
}

}  // namespace

std::vector<MetaProperty> AccessibilityMetadata(const BookFacts& facts, const std::string& certifier) {
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
    add("schema:accessibilityFeature", "printPageNumbers");
    add("schema:accessibilityFeature", "pageNavigation");
  }
  if (facts.images > 0 && AllImagesDescribed(facts)) {
    add("schema:accessibilityFeature", "alternativeText");
  }
  add("schema:accessibilityHazard", "none");
  add("schema:accessibilitySummary", AccessibilitySummary(facts));
  return properties;
}

std::string AccessibilitySummary(const BookFacts& facts) {
  std::string summary;
  if (AllImagesDescribed(facts)) {
    summary += "This publication meets EPUB Accessibility 1.1 at WCAG 2.1 Level AA. ";
  }
  summary += "It has a table of contents";
  if (facts.headings > 0) summary += " and headings that mark its structure";
  summary += ", and its text follows a single reading order that can be resized and restyled.";
  if (facts.notes == 1) summary += " Its note is linked from the text and back to it.";
  if (facts.notes > 1) {
    summary += " Each of its " + Count(facts.notes, "note", "notes") +
               " is linked from the text and back to it.";
  }
  if (facts.page_targets > 0) {
    summary += " Page-break markers and a page list give the " +
               Count(facts.page_targets, "page number", "page numbers") + " of the print edition";
    if (!facts.page_source.empty()) summary += ", " + facts.page_source;
    summary += ".";
  }
  if (facts.images == 0) {
    summary += " It contains no images.";
  } else if (AllImagesDescribed(facts)) {
    summary += " It contains " + Count(facts.images, "image", "images") +
               (facts.images == 1 ? ", which has" : ", each with") + " a text description.";
  } else {
    summary += " Some of its images have no text description.";
  }
  summary += " It has no known hazards.";
  return summary;
}

}  // namespace galley::epub
