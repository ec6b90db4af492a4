// A book's page items kept in a temporary file instead of memory. The contents pages come
// before the body but are made after it (they need its page numbers), so every page of a book
// used to be held until the last was made: for a 50 MB manuscript, 2 GB of lines and glyphs.
// `galley pdf` puts each page's items here as soon as the page is finished and reads them back
// one page at a time to record and draw them (page_reader.h).
//
// The file is anonymous (made in $TMPDIR, else /tmp, with no name), so no run, however it
// ends, leaves it behind. Items go in and come out in item_codec.h's exact form.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "frames/paragraph_order.h"
#include "frames/page_frame.h"

namespace galley::frames {

class PageSpill {
 public:
  // Errors (IoError): no temporary file can be made.
  static Result<std::unique_ptr<PageSpill>> Create();
  ~PageSpill();
  PageSpill(const PageSpill&) = delete;
  PageSpill& operator=(const PageSpill&) = delete;

  // Writes `items` as those of page `index` (0-based). Each page is put once, in any order.
  // Errors (IoError): the file cannot be written (a full disk).
  Status Put(size_t index, const std::vector<FrameItem>& items);

  // Once every page is put: the pages' paragraphs are numbered 1, 2, 3… in the order first met
  // page by page (paragraph_order.h), and Get gives them so.
  void NumberParagraphsInPageOrder();

  // Page `index`'s items as put (renumbered once NumberParagraphsInPageOrder was called).
  // Errors: a page never put (kInternal), the file cannot be read (IoError).
  Result<std::vector<FrameItem>> Get(size_t index) const;
  // The same into `items`, reusing what they hold (item_codec.h, DecodeItemsInto); `buffer`
  // holds the bytes read, kept by the caller from page to page.
  Status GetInto(size_t index, std::string* buffer, std::vector<FrameItem>* items) const;

  size_t pages() const { return extents_.size(); }
  uint64_t bytes() const { return end_; }  // the file's size

 private:
  explicit PageSpill(std::FILE* file);

  struct Extent {
    uint64_t offset = 0, size = 0;
    bool put = false;
  };

  std::FILE* file_ = nullptr;  // an unnamed file's; closing it removes the file
  int fd_ = -1;
  uint64_t end_ = 0;
  std::vector<Extent> extents_;            // by page index
  std::vector<std::vector<int>> met_;      // by page index, ParagraphOrder::FirstMet
  ParagraphOrder order_;
  bool numbered_ = false;
  std::string buffer_;                     // reused by Put
};

}  // namespace galley::frames
