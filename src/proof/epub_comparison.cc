#include "proof/epub_comparison.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "proof/epub_text.h"
#include "proof/epub_word_diff.h"
#include "proof/sequence_diff.h"

namespace galley::proof {

namespace {

// How much of a line of markup is shown around its first difference, in bytes.
constexpr size_t kMarkupBefore = 40, kMarkupAfter = 80;

// Words of an added or removed document shown as its opening.
constexpr size_t kOpeningWords = 8;

// ---- lists compared entry by entry (navigation, metadata) ----

std::string PathOf(const std::string& target) { return target.substr(0, target.find('#')); }

// Two lists diffed entry by entry. Between two runs of equal entries, a removed entry and an
// added one that `pairable` says are the same entry (the same link with a new label, the same
// property with a new value) are one change; the rest were removed or added.
template <typename T>
std::vector<std::pair<std::optional<T>, std::optional<T>>> DiffLists(
    const std::vector<T>& before, const std::vector<T>& after,
    const std::function<bool(const T&, const T&)>& pairable) {
  std::vector<std::pair<std::optional<T>, std::optional<T>>> changes;
  auto hunk = [&](size_t b0, size_t b1, size_t a0, size_t a1) {
    std::vector<bool> taken(a1 - a0, false);
    for (size_t b = b0; b < b1; ++b) {
      std::optional<T> partner;
      for (size_t a = a0; a < a1 && !partner; ++a) {
        if (!taken[a - a0] && pairable(before[b], after[a])) {
          taken[a - a0] = true;
          partner = after[a];
        }
      }
      changes.emplace_back(before[b], std::move(partner));
    }
    for (size_t a = a0; a < a1; ++a) {
      if (!taken[a - a0]) changes.emplace_back(std::nullopt, after[a]);
    }
  };
  std::vector<SequenceMatch> matches = MatchSequences(
      before.size(), after.size(), [&](size_t i, size_t j) { return before[i] == after[j]; });
  size_t b = 0, a = 0;
  for (const SequenceMatch& match : matches) {
    hunk(b, match.before, a, match.after);
    b = match.before + 1;
    a = match.after + 1;
  }
  hunk(b, before.size(), a, after.size());
  return changes;
}

std::vector<NavigationChange> CompareNavigation(const EpubBook& before, const EpubBook& after) {
  std::vector<NavigationChange> changes;
  for (const NavigationList& old_list : before.navigation) {
    for (const NavigationList& new_list : after.navigation) {
      if (new_list.name != old_list.name) continue;
      auto diff = DiffLists<NavigationItem>(
          old_list.items, new_list.items, [](const NavigationItem& x, const NavigationItem& y) {
            // The same link relabelled, the same label relinked, or a heading renamed (its
            // anchor is made from its text) at the same level of the same document.
            return x.target == y.target || x.label == y.label ||
                   (x.depth == y.depth && PathOf(x.target) == PathOf(y.target));
          });
      for (auto& [old_item, new_item] : diff) {
        changes.push_back({old_list.name, std::move(old_item), std::move(new_item)});
      }
    }
  }
  return changes;
}

std::vector<MetadataChange> CompareMetadata(const EpubBook& before, const EpubBook& after) {
  std::vector<MetadataChange> changes;
  auto diff = DiffLists<MetadataItem>(before.metadata, after.metadata,
                                      [](const MetadataItem& x, const MetadataItem& y) {
                                        return x.name == y.name && x.refines == y.refines;
                                      });
  for (auto& [old_item, new_item] : diff) changes.push_back({std::move(old_item), std::move(new_item)});
  return changes;
}

// ---- content documents ----

// `text` cut to about kMarkupBefore bytes before `at` and kMarkupAfter after it, at UTF-8
// character boundaries, with "…" where it was cut.
std::string Excerpt(std::string_view text, size_t at) {
  auto boundary = [&](size_t i) {
    while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return i;
  };
  size_t begin = boundary(at > kMarkupBefore ? at - kMarkupBefore : 0);
  size_t end = at + kMarkupAfter >= text.size() ? text.size() : boundary(at + kMarkupAfter);
  std::string out = begin > 0 ? "…" : "";
  out.append(text.substr(begin, end - begin));
  if (end < text.size()) out += "…";
  return out;
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

MarkupChange CompareMarkup(std::string_view before, std::string_view after) {
  std::vector<std::string_view> old_lines = Lines(before), new_lines = Lines(after);
  MarkupChange change;
  size_t first = 0;
  while (first < old_lines.size() && first < new_lines.size() &&
         old_lines[first] == new_lines[first]) {
    ++first;
  }
  std::string_view old_line = first < old_lines.size() ? old_lines[first] : "";
  std::string_view new_line = first < new_lines.size() ? new_lines[first] : "";
  size_t column = 0;
  while (column < old_line.size() && column < new_line.size() &&
         old_line[column] == new_line[column]) {
    ++column;
  }
  change.line = static_cast<int>(first + 1);
  change.before = Excerpt(old_line, column);
  change.after = Excerpt(new_line, column);
  std::vector<SequenceMatch> same =
      MatchSequences(old_lines.size(), new_lines.size(),
                     [&](size_t i, size_t j) { return old_lines[i] == new_lines[j]; });
  change.lines_changed = new_lines.size() - same.size();
  if (change.lines_changed == 0) change.lines_changed = old_lines.size() - same.size();
  return change;
}

// Splits a document's word diff into hunks: changes closer than twice the context share one.
std::vector<TextHunk> Hunks(const std::vector<WordChange>& words, const DocumentText& before,
                            const DocumentText& after) {
  std::vector<TextHunk> hunks;
  size_t i = 0, j = 0;  // positions in before's and after's words
  size_t k = 0;
  while (k < words.size()) {
    if (words[k].kind == WordChange::Kind::kSame) {
      ++i, ++j, ++k;
      continue;
    }
    // A hunk from change k: extend while the next change is within 2 × context.
    size_t start = k, end = k, gap = 0;
    // Placed in the document after, where the editor will look for it: at the first word
    // added, or for words removed, at the word now before them (else the one after them).
    size_t at = j;
    if (words[k].kind == WordChange::Kind::kRemoved && j > 0) at = j - 1;
    bool in_after = at < after.words.size();
    const DocumentText& side = in_after ? after : before;
    const TextPlace& place = in_after ? after.places[at] : before.places[i];
    for (; k < words.size(); ++k) {
      if (words[k].kind == WordChange::Kind::kSame) {
        if (++gap > 2 * kEpubDiffContext) break;
        ++i, ++j;
      } else {
        gap = 0;
        end = k + 1;
        (words[k].kind == WordChange::Kind::kAdded ? j : i)++;
      }
    }
    size_t from = start > kEpubDiffContext + 1 ? start - kEpubDiffContext - 1 : 0;
    size_t to = std::min(words.size(), end + kEpubDiffContext + 1);
    TextHunk hunk;
    hunk.words.assign(words.begin() + static_cast<ptrdiff_t>(from),
                      words.begin() + static_cast<ptrdiff_t>(to));
    hunk.paragraph = place.paragraph;
    hunk.page = side.pages[place.page];
    hunk.section = side.sections[place.section];
    hunks.push_back(std::move(hunk));
  }
  return hunks;
}

std::string Opening(const DocumentText& text) {
  std::string out;
  size_t shown = 0;
  for (const Word& word : text.words) {
    if (shown == kOpeningWords) return out + " …";
    if (!out.empty()) out += ' ';
    out += word.bare;
    ++shown;
  }
  return out;
}

std::string_view BytesOf(const ContentDocument& document) {
  return document.bytes != nullptr ? std::string_view(*document.bytes) : std::string_view();
}

class DocumentComparer {
 public:
  DocumentComparer(const EpubBook& before, const EpubBook& after) : old_(before), new_(after) {}

  Result<std::vector<DocumentChange>> Run(size_t* unchanged) {
    std::map<std::string, size_t> old_index;
    for (size_t i = 0; i < old_.documents.size(); ++i) old_index.emplace(old_.documents[i].path, i);
    std::set<std::string> new_paths;
    for (const ContentDocument& document : new_.documents) new_paths.insert(document.path);
    // Removed documents are listed before the first document after them that both have.
    size_t next_old = 0;
    for (size_t n = 0; n < new_.documents.size(); ++n) {
      auto found = old_index.find(new_.documents[n].path);
      if (found != old_index.end()) {
        for (; next_old < found->second; ++next_old) {
          GALLEY_RETURN_IF_ERROR(RemovedIfGone(next_old, new_paths));
        }
        next_old = std::max(next_old, found->second + 1);
        GALLEY_RETURN_IF_ERROR(Compare(found->second, n, unchanged));
      } else {
        GALLEY_RETURN_IF_ERROR(OnlyOneSide(new_, n, DocumentStatus::kAdded));
      }
    }
    for (; next_old < old_.documents.size(); ++next_old) {
      GALLEY_RETURN_IF_ERROR(RemovedIfGone(next_old, new_paths));
    }
    return std::move(changes_);
  }

 private:
  Result<DocumentText> TextOf(const EpubBook& book, size_t index) {
    const ContentDocument& document = book.documents[index];
    return ReadDocumentText(BytesOf(document), book.name + "/" + document.path,
                            book.PageBefore(index));
  }

  Status RemovedIfGone(size_t index, const std::set<std::string>& new_paths) {
    if (new_paths.count(old_.documents[index].path)) return Status::Ok();
    return OnlyOneSide(old_, index, DocumentStatus::kRemoved);
  }

  Status OnlyOneSide(const EpubBook& book, size_t index, DocumentStatus status) {
    Result<DocumentText> text = TextOf(book, index);
    if (!text.ok()) return text.take_error();
    DocumentChange change;
    change.status = status;
    change.path = book.documents[index].path;
    change.label = book.documents[index].label;
    change.words = text->text_words;
    change.opening = Opening(*text);
    changes_.push_back(std::move(change));
    return Status::Ok();
  }

  Status Compare(size_t old_at, size_t new_at, size_t* unchanged) {
    const ContentDocument& old_document = old_.documents[old_at];
    const ContentDocument& new_document = new_.documents[new_at];
    std::string_view old_bytes = BytesOf(old_document);
    std::string_view new_bytes = BytesOf(new_document);
    if (old_bytes == new_bytes && old_document.label == new_document.label) {
      ++*unchanged;
      return Status::Ok();
    }
    Result<DocumentText> old_text = TextOf(old_, old_at);
    if (!old_text.ok()) return old_text.take_error();
    Result<DocumentText> new_text = TextOf(new_, new_at);
    if (!new_text.ok()) return new_text.take_error();
    DocumentChange change;
    change.path = new_document.path;
    change.label = new_document.label;
    if (old_document.label != new_document.label) change.label_before = old_document.label;
    change.hunks = Hunks(DiffDocumentWords(*old_text, *new_text), *old_text, *new_text);
    if (!change.hunks.empty()) {
      change.status = DocumentStatus::kTextChanged;
    } else if (old_bytes != new_bytes) {
      change.status = DocumentStatus::kMarkupChanged;
      change.markup = CompareMarkup(old_bytes, new_bytes);
    } else {
      // Only its name changed (a toc label): the navigation part reports that.
      ++*unchanged;
      return Status::Ok();
    }
    changes_.push_back(std::move(change));
    return Status::Ok();
  }

  const EpubBook& old_;
  const EpubBook& new_;
  std::vector<DocumentChange> changes_;
};

// ---- the spine and the container's other files ----

std::vector<std::string> MovedInReadingOrder(const EpubBook& before, const EpubBook& after) {
  auto spine_paths = [](const EpubBook& book, const EpubBook& other) {
    std::set<std::string> in_other;
    for (const ContentDocument& document : other.documents) {
      if (document.in_spine) in_other.insert(document.path);
    }
    std::vector<std::string> paths;
    for (const ContentDocument& document : book.documents) {
      if (document.in_spine && in_other.count(document.path)) paths.push_back(document.path);
    }
    return paths;
  };
  std::vector<std::string> old_order = spine_paths(before, after);
  std::vector<std::string> new_order = spine_paths(after, before);
  std::vector<SequenceMatch> same = MatchSequences(
      old_order.size(), new_order.size(),
      [&](size_t i, size_t j) { return old_order[i] == new_order[j]; });
  std::vector<bool> kept(new_order.size(), false);
  for (const SequenceMatch& match : same) kept[match.after] = true;
  std::vector<std::string> moved;
  for (size_t i = 0; i < new_order.size(); ++i) {
    if (!kept[i]) moved.push_back(new_order[i]);
  }
  return moved;
}

std::vector<FileChange> CompareFiles(const EpubComparison& comparison) {
  const EpubBook& before = comparison.before;
  const EpubBook& after = comparison.after;
  std::set<std::string> paths, accounted;
  for (const EpubBook* book : {&before, &after}) {
    for (const check::ArchiveEntry& entry : book->package->archive.entries()) {
      if (!entry.directory) paths.insert(entry.name);
    }
    for (const ContentDocument& document : book->documents) accounted.insert(document.path);
  }
  std::vector<FileChange> changes;
  for (const std::string& path : paths) {
    const std::string* old_bytes = before.File(path);
    const std::string* new_bytes = after.File(path);
    if (old_bytes && new_bytes && *old_bytes == *new_bytes) continue;
    if (accounted.count(path)) continue;
    FileChange::Kind kind = !old_bytes   ? FileChange::Kind::kAdded
                            : !new_bytes ? FileChange::Kind::kRemoved
                                         : FileChange::Kind::kChanged;
    changes.push_back({kind, path});
  }
  // The package document holds the metadata and the spine, the navigation document and the NCX
  // the lists: a change there reported above needs no second line here, nor does the manifest
  // entry of a file listed as added or removed.
  bool package_explained = !comparison.metadata.empty() ||
                           !comparison.reading_order_moved.empty() ||
                           comparison.Count(DocumentStatus::kAdded) > 0 ||
                           comparison.Count(DocumentStatus::kRemoved) > 0;
  for (const FileChange& change : changes) {
    if (change.kind != FileChange::Kind::kChanged) package_explained = true;
  }
  bool navigation_explained = !comparison.navigation.empty();
  std::erase_if(changes, [&](const FileChange& change) {
    if (change.kind != FileChange::Kind::kChanged) return false;
    if (change.path == after.package->opf_path) return package_explained;
    if (change.path == after.nav_path || change.path == after.ncx_path) return navigation_explained;
    return false;
  });
  return changes;
}

}  // namespace

size_t EpubComparison::Count(DocumentStatus status) const {
  return static_cast<size_t>(std::count_if(
      documents.begin(), documents.end(),
      [status](const DocumentChange& change) { return change.status == status; }));
}

bool EpubComparison::Differs() const {
  return !documents.empty() || !navigation.empty() || !metadata.empty() ||
         !reading_order_moved.empty() || !files.empty();
}

Result<EpubComparison> CompareEpubs(EpubBook before, EpubBook after) {
  EpubComparison comparison;
  comparison.before = std::move(before);
  comparison.after = std::move(after);
  Result<std::vector<DocumentChange>> documents =
      DocumentComparer(comparison.before, comparison.after).Run(&comparison.unchanged_documents);
  if (!documents.ok()) return documents.take_error();
  comparison.documents = std::move(documents).value();
  comparison.navigation = CompareNavigation(comparison.before, comparison.after);
  comparison.metadata = CompareMetadata(comparison.before, comparison.after);
  comparison.reading_order_moved = MovedInReadingOrder(comparison.before, comparison.after);
  comparison.files = CompareFiles(comparison);
  return comparison;
}

}  // namespace galley::proof
