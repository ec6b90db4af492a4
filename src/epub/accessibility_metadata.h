// The package's accessibility metadata (EPUB Accessibility 1.1 §2 and §5; schema.org's
// accessibility properties; DAISY Knowledge Base, "Schema.org accessibility metadata"),
// derived from what this book contains rather than written as a fixed block: a page list is
// claimed only when there is one, alternative text only when every image has it, a visual
// access mode only when there is an image.
#pragma once

#include <string>
#include <vector>

#include "model/book_words.h"

namespace galley::epub {

// What the finished book holds, counted by the writer.
struct BookFacts {
  int headings = 0;
  int notes = 0;
  int page_targets = 0;       // entries of the page-list
  std::string page_source;    // the print edition the page markers come from
  int images = 0;
  int images_with_alt = 0;
};

struct MetaProperty {
  std::string property;  // "schema:accessMode"
  std::string value;
};

// The conformance claim EPUB Accessibility 1.1 §2.3 asks for, exactly as Ace reads it.
inline constexpr const char* kConformsTo = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

// In package order: conformsTo (and certifiedBy when `certifier` is known), access modes,
// features, hazard and summary. The page-break source is the package's dc:source
// (package_document.h).
// The summary is in the book's words (`words`, model/book_words.h).
std::vector<MetaProperty> AccessibilityMetadata(const BookFacts& facts, const std::string& certifier,
                                                const model::BookWords& words = {});

// A sentence or three a person reads in a store: what the book offers, composed from `facts`
// in the book's language.
std::string AccessibilitySummary(const BookFacts& facts, const model::BookWords& words = {});

}  // namespace galley::epub
