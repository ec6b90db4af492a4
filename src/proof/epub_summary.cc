#include "proof/epub_summary.h"

#include "proof/summary_wording.h"
#include "proof/word_diff.h"

namespace galley::proof {

namespace {

// `text` followed by spaces to `width` bytes (labels are ASCII).
std::string Padded(std::string text, size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

std::string DescribeItem(const NavigationItem& item) {
  std::string out = Quoted(item.label);
  if (!item.type.empty()) out += " [" + item.type + "]";
  out += item.target.empty() ? " (no link)" : " → " + item.target;
  if (item.depth > 0) out += " (level " + std::to_string(item.depth + 1) + ")";
  return out;
}

// What differs between two versions of one navigation entry.
std::string DescribeItemChange(const NavigationItem& before, const NavigationItem& after) {
  std::string out = Quoted(after.label);
  if (before.label != after.label) out = Quoted(before.label) + " → " + Quoted(after.label);
  if (before.target != after.target) {
    out += ": " + (before.target.empty() ? "no link" : before.target) + " → " +
           (after.target.empty() ? "no link" : after.target);
  } else if (!after.target.empty()) {
    out += " (" + after.target + ")";
  }
  if (before.type != after.type) out += ", type " + before.type + " → " + after.type;
  if (before.depth != after.depth) {
    out += ", level " + std::to_string(before.depth + 1) + " → " + std::to_string(after.depth + 1);
  }
  return out;
}

std::string MetadataName(const MetadataItem& item) {
  return item.refines.empty() ? item.name : item.name + " of " + item.refines;
}

class EpubSummaryWriter {
 public:
  explicit EpubSummaryWriter(const EpubComparison& comparison) : c_(comparison) {}

  std::string Write() {
    Header();
    Counts();
    TextChanges();
    MarkupChanges();
    WholeDocuments(DocumentStatus::kAdded, "added");
    WholeDocuments(DocumentStatus::kRemoved, "removed");
    ReadingOrder();
    Navigation();
    Metadata();
    Files();
    out_ += '\n';
    out_ += Verdict();
    out_ += '\n';
    return out_;
  }

 private:
  void Header() {
    out_ += "galley proof (EPUB): " + c_.before.title;
    if (c_.after.title != c_.before.title) out_ += " → " + c_.after.title;
    out_ += "\nbefore: " + Source(c_.before) + "\nafter:  " + Source(c_.after) + "\n\n";
  }

  static std::string Source(const EpubBook& book) {
    return book.name + " (" + Plural(book.documents.size(), "content document", "content documents") +
           ")";
  }

  void Counts() {
    out_ += "documents    " + std::to_string(c_.Count(DocumentStatus::kTextChanged)) +
            " text changed, " + std::to_string(c_.Count(DocumentStatus::kMarkupChanged)) +
            " markup changed, " + std::to_string(c_.Count(DocumentStatus::kAdded)) + " added, " +
            std::to_string(c_.Count(DocumentStatus::kRemoved)) + " removed, " +
            std::to_string(c_.unchanged_documents) + " unchanged\n";
    out_ += "spine        " + (c_.reading_order_moved.empty()
                                   ? std::string("same reading order")
                                   : Plural(c_.reading_order_moved.size(), "document", "documents") +
                                         " moved") + "\n";
    out_ += "navigation   " + Plural(c_.navigation.size(), "change", "changes") +
            " (toc, page-list, landmarks)\n";
    out_ += "metadata     " + Plural(c_.metadata.size(), "change", "changes") + "\n";
    size_t counts[3] = {0, 0, 0};
    for (const FileChange& file : c_.files) ++counts[static_cast<int>(file.kind)];
    out_ += "other files  " + std::to_string(counts[0]) + " changed, " +
            std::to_string(counts[1]) + " added, " + std::to_string(counts[2]) + " removed\n";
  }

  static std::string Name(const DocumentChange& change) {
    std::string name = change.label;
    if (!change.label_before.empty()) name = change.label_before + " → " + change.label;
    return name + " (" + change.path + ")";
  }

  void Section(const char* title) { out_ += std::string("\n") + title + "\n"; }

  void TextChanges() {
    if (c_.Count(DocumentStatus::kTextChanged) == 0) return;
    Section("text changed");
    for (const DocumentChange& change : c_.documents) {
      if (change.status != DocumentStatus::kTextChanged) continue;
      out_ += "  " + Name(change) + ", " + Plural(change.hunks.size(), "change", "changes") + "\n";
      for (const TextHunk& hunk : change.hunks) {
        out_ += "    " + Place(change, hunk) + ": " +
                FormatWordChanges(hunk.words, kEpubDiffContext) + "\n";
      }
    }
  }

  // "page 7, under "COMRADE AGAINST COMRADE", paragraph 12"
  static std::string Place(const DocumentChange& change, const TextHunk& hunk) {
    std::string out;
    if (!hunk.page.empty()) out += "page " + hunk.page + ", ";
    if (!hunk.section.empty() && hunk.section != change.label) {
      out += "under " + Quoted(hunk.section) + ", ";
    }
    return out + "paragraph " + std::to_string(hunk.paragraph);
  }

  void MarkupChanges() {
    if (c_.Count(DocumentStatus::kMarkupChanged) == 0) return;
    Section("markup changed (the same words)");
    for (const DocumentChange& change : c_.documents) {
      if (change.status != DocumentStatus::kMarkupChanged) continue;
      out_ += "  " + Name(change) + ", " +
              Plural(change.markup.lines_changed, "line differs", "lines differ") +
              ", the first at line " + std::to_string(change.markup.line) + "\n";
      out_ += "    before: " + change.markup.before + "\n";
      out_ += "    after:  " + change.markup.after + "\n";
    }
  }

  void WholeDocuments(DocumentStatus status, const char* title) {
    if (c_.Count(status) == 0) return;
    Section(title);
    for (const DocumentChange& change : c_.documents) {
      if (change.status != status) continue;
      out_ += "  " + Name(change) + ", " + Plural(change.words, "word", "words") + ": " +
              Quoted(change.opening) + "\n";
    }
  }

  void ReadingOrder() {
    if (c_.reading_order_moved.empty()) return;
    Section("reading order (spine)");
    for (const std::string& path : c_.reading_order_moved) {
      out_ += "  moved to another place: " + path + "\n";
    }
  }

  void Navigation() {
    if (c_.navigation.empty()) return;
    Section("navigation");
    for (const NavigationChange& change : c_.navigation) {
      out_ += "  " + Padded(change.list, 11);
      if (change.before && change.after) {
        out_ += "changed  " + DescribeItemChange(*change.before, *change.after);
      } else if (change.after) {
        out_ += "added    " + DescribeItem(*change.after);
      } else {
        out_ += "removed  " + DescribeItem(*change.before);
      }
      out_ += "\n";
    }
  }

  void Metadata() {
    if (c_.metadata.empty()) return;
    Section("metadata");
    for (const MetadataChange& change : c_.metadata) {
      if (change.before && change.after) {
        out_ += "  changed  " + MetadataName(*change.after) + ": " + Quoted(change.before->value) +
                " → " + Quoted(change.after->value);
      } else {
        const MetadataItem& item = change.after ? *change.after : *change.before;
        out_ += std::string(change.after ? "  added    " : "  removed  ") + MetadataName(item) +
                ": " + Quoted(item.value);
      }
      out_ += "\n";
    }
  }

  void Files() {
    if (c_.files.empty()) return;
    Section("other files");
    constexpr const char* kKinds[] = {"changed  ", "added    ", "removed  "};
    for (const FileChange& file : c_.files) {
      out_ += std::string("  ") + kKinds[static_cast<int>(file.kind)] + file.path + "\n";
    }
  }

  std::string Verdict() const {
    if (!c_.Differs()) return "no changes: every file of the EPUB is as before.";
    ChangeList changed;
    changed.Add(c_.Count(DocumentStatus::kTextChanged), "document's text", "documents' text");
    changed.Add(c_.Count(DocumentStatus::kMarkupChanged), "document's markup", "documents' markup");
    changed.Add(c_.Count(DocumentStatus::kAdded), "document added", "documents added");
    changed.Add(c_.Count(DocumentStatus::kRemoved), "document removed", "documents removed");
    changed.Add(c_.reading_order_moved.size(), "document moved in the spine",
                "documents moved in the spine");
    changed.Add(c_.navigation.size(), "navigation entry", "navigation entries");
    changed.Add(c_.metadata.size(), "metadata entry", "metadata entries");
    changed.Add(c_.files.size(), "other file", "other files");
    return changed.Sentence();
  }

  const EpubComparison& c_;
  std::string out_;
};

}  // namespace

std::string FormatEpubSummary(const EpubComparison& comparison) {
  return EpubSummaryWriter(comparison).Write();
}

}  // namespace galley::proof
