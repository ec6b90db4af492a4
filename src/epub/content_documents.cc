#include "epub/content_documents.h"

#include <set>

#include "epub/package_layout.h"
#include "epub/text_writer.h"
#include "epub/xhtml_page.h"

namespace galley::epub {

namespace {

using model::Division;
using model::DivisionKind;
using model::Section;

// A division role's structural semantics: its epub:type (EPUB SSV 1.1) and the DPUB-ARIA role
// that Ace expects to match it. Roles without a vocabulary term ("biography") get a plain
// labelled <section>.
struct RoleSemantics {
  const char* role;
  const char* epub_type;
  const char* aria_role;
};

const RoleSemantics* FindRole(const std::string& role) {
  static const RoleSemantics kRoles[] = {
      {"foreword", "foreword", "doc-foreword"},
      {"preface", "preface", "doc-preface"},
      {"introduction", "introduction", "doc-introduction"},
      {"prologue", "prologue", "doc-prologue"},
      {"epigraph", "epigraph", "doc-epigraph"},
      {"dedication", "dedication", "doc-dedication"},
      {"acknowledgments", "acknowledgments", "doc-acknowledgments"},
      {"epilogue", "epilogue", "doc-epilogue"},
      {"afterword", "afterword", "doc-afterword"},
      {"appendix", "appendix", "doc-appendix"},
      {"notes", "endnotes", "doc-endnotes"},
      {"colophon", "colophon", "doc-colophon"},
  };
  for (const RoleSemantics& entry : kRoles) {
    if (role == entry.role) return &entry;
  }
  return nullptr;
}

const char* MatterType(DivisionKind kind) {
  switch (kind) {
    case DivisionKind::kFront: return "frontmatter";
    case DivisionKind::kBody: return "bodymatter";
    case DivisionKind::kBack: return "backmatter";
  }
  return "bodymatter";
}

// One planned content document: a whole front/back division, or one top-level body section.
struct FilePlan {
  const Division* division;
  const Section* section;  // body only; null for a whole division (or an empty body)
  std::string stem;
};

// A file name and manifest id: lower-case letters, digits and hyphens, starting with a letter
// (manifest ids are XML names).
std::string Stem(const std::string& wanted) {
  std::string stem;
  for (char c : wanted) {
    char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    if (keep) stem.push_back(lower);
    else if (!stem.empty() && stem.back() != '-') stem.push_back('-');
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  if (stem.empty() || !(stem[0] >= 'a' && stem[0] <= 'z')) stem = "part-" + stem;
  return stem;
}

std::string UniqueStem(const std::string& wanted, std::set<std::string>* taken) {
  std::string stem = Stem(wanted);
  std::string candidate = stem;
  for (int n = 2; taken->count(candidate) > 0; ++n) candidate = stem + "-" + std::to_string(n);
  taken->insert(candidate);
  return candidate;
}

std::vector<FilePlan> PlanFiles(const model::Document& document,
                                const std::vector<std::string>& reserved) {
  std::set<std::string> taken(reserved.begin(), reserved.end());
  std::vector<FilePlan> plans;
  for (const Division& division : document.divisions) {
    std::string division_name = !division.id.empty() ? division.id
                                : !division.role.empty() ? division.role
                                                         : model::ToString(division.kind);
    if (division.kind != DivisionKind::kBody || division.sections.empty()) {
      plans.push_back({&division, nullptr, UniqueStem(division_name, &taken)});
      continue;
    }
    for (const Section& section : division.sections) {
      // A body file is named after its heading, or after its division when that heading is
      // only the division's title.
      bool named = section.has_heading && !section.heading.id.empty() &&
                   !section.heading.division_title;
      std::string wanted = named ? section.heading.id : division_name;
      plans.push_back({&division, &section, UniqueStem(wanted, &taken)});
    }
  }
  return plans;
}

const Section* FirstHeadedSection(const std::vector<Section>& sections) {
  for (const Section& section : sections) {
    if (section.has_heading) return &section;
  }
  return nullptr;
}

std::string Capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// How navigation and the <title> name a file or division with no title of its own.
std::string DivisionLabel(const model::Document& document, const Division& division) {
  if (!division.title.empty()) return division.title;
  if (const Section* headed = FirstHeadedSection(division.sections)) {
    return model::PlainText(headed->heading.inlines);
  }
  if (!division.role.empty()) return Capitalised(division.role);
  return document.metadata.title;
}

std::string FileTitle(const model::Document& document, const FilePlan& plan) {
  if (plan.section != nullptr && plan.section->has_heading) {
    return model::PlainText(plan.section->heading.inlines);
  }
  return DivisionLabel(document, *plan.division);
}

// The outer <section>: what the file is, and its accessible name.
Status StartWrapper(pugi::xml_node wrapper, const FilePlan& plan, const std::string& title,
                    TextWriter* writer) {
  const Division& division = *plan.division;
  const Section* headed = plan.section != nullptr ? (plan.section->has_heading ? plan.section : nullptr)
                                                  : FirstHeadedSection(division.sections);
  if (plan.section == nullptr && !division.id.empty()) {
    GALLEY_RETURN_IF_ERROR(writer->RegisterId(division.id, division.range));
    wrapper.append_attribute("id") = division.id.c_str();
  }
  if (division.kind == DivisionKind::kBody) {
    wrapper.append_attribute("epub:type") = "chapter";
    wrapper.append_attribute("role") = "doc-chapter";
  } else if (const RoleSemantics* semantics = FindRole(division.role)) {
    wrapper.append_attribute("epub:type") = semantics->epub_type;
    wrapper.append_attribute("role") = semantics->aria_role;
  }
  // A title the parser made the division's heading names it as any heading does.
  bool named_by_title = plan.section == nullptr && !division.title.empty() &&
                        (headed == nullptr || !headed->heading.division_title);
  if (!named_by_title && headed != nullptr && !headed->heading.id.empty()) {
    wrapper.append_attribute("aria-labelledby") = headed->heading.id.c_str();
  } else {
    wrapper.append_attribute("aria-label") = title.c_str();
  }
  return Status::Ok();
}

Status WriteSection(TextWriter* writer, pugi::xml_node container, const Section& section) {
  if (section.has_heading) GALLEY_RETURN_IF_ERROR(writer->WriteBlock(container, section.heading));
  GALLEY_RETURN_IF_ERROR(writer->WriteBlocks(container, section.blocks));
  for (const Section& sub : section.subsections) {
    GALLEY_RETURN_IF_ERROR(WriteSection(writer, AppendBlock(container, "section"), sub));
  }
  return Status::Ok();
}

Status WriteFileText(TextWriter* writer, pugi::xml_node wrapper, const FilePlan& plan) {
  if (plan.section != nullptr) return WriteSection(writer, wrapper, *plan.section);
  for (const Section& section : plan.division->sections) {
    // A headed section of a front or back division nests inside the division's <section>; the
    // division's title made its heading heads the division's own.
    bool nested = section.has_heading && !section.heading.division_title;
    pugi::xml_node container = nested ? AppendBlock(wrapper, "section") : wrapper;
    GALLEY_RETURN_IF_ERROR(WriteSection(writer, container, section));
  }
  return Status::Ok();
}

std::vector<TocEntry> SectionEntries(const Section& section, const TextWriter& writer) {
  std::vector<TocEntry> children;
  for (const Section& sub : section.subsections) {
    for (TocEntry& entry : SectionEntries(sub, writer)) children.push_back(std::move(entry));
  }
  const TextWriter::Anchor* anchor =
      section.has_heading ? writer.FindAnchor(section.heading.id) : nullptr;
  if (anchor == nullptr) return children;
  TocEntry entry{model::PlainText(section.heading.inlines),
                 anchor->href + "#" + section.heading.id, anchor->order, std::move(children)};
  return {std::move(entry)};
}

// Table of contents entries: a division with a title is one entry holding its headings (when
// the title is its first heading, that heading's entry); one without lists its headings
// directly, or, having none, stands under a name of its own.
void AddDivisionEntries(const model::Document& document, const Division& division,
                        const ContentDocument& first_file, int first_order,
                        const TextWriter& writer, std::vector<TocEntry>* toc) {
  std::vector<TocEntry> entries;
  for (const Section& section : division.sections) {
    for (TocEntry& entry : SectionEntries(section, writer)) entries.push_back(std::move(entry));
  }
  const Section* headed = FirstHeadedSection(division.sections);
  bool title_is_heading = headed != nullptr && headed->heading.division_title;
  if ((!division.title.empty() && !title_is_heading) || entries.empty()) {
    toc->push_back({DivisionLabel(document, division), first_file.href, first_order, std::move(entries)});
    return;
  }
  for (TocEntry& entry : entries) toc->push_back(std::move(entry));
}

}  // namespace

Result<ContentBook> WriteContentDocuments(const model::Document& document,
                                          const std::vector<std::string>& reserved,
                                          TextCoverage* coverage) {
  ContentBook book;
  TextWriter writer(document, coverage);
  std::vector<FilePlan> plans = PlanFiles(document, reserved);
  std::vector<int> file_orders;
  for (size_t i = 0; i < plans.size(); ++i) {
    const FilePlan& plan = plans[i];
    ContentDocument file;
    file.href = std::string(kTextDir) + plan.stem + ".xhtml";
    file.manifest_id = plan.stem;
    file.title = FileTitle(document, plan);
    file.kind = plan.division->kind;
    file.role = plan.division->role;
    writer.BeginFile(file.href);
    file_orders.push_back(writer.file_order());

    pugi::xml_document page;
    pugi::xml_node body =
        StartXhtmlPage(page, {document.metadata.language, file.title, kStylesheetFromText});
    body.append_attribute("epub:type") = MatterType(file.kind);
    pugi::xml_node wrapper = AppendBlock(body, "section");
    GALLEY_RETURN_IF_ERROR(StartWrapper(wrapper, plan, file.title, &writer));
    GALLEY_RETURN_IF_ERROR(WriteFileText(&writer, wrapper, plan));
    bool last = i + 1 == plans.size();
    if (last) GALLEY_RETURN_IF_ERROR(writer.FlushPageMarkers(wrapper));
    GALLEY_RETURN_IF_ERROR(writer.WriteNotes(wrapper, last));
    wrapper.append_child(pugi::node_pcdata).set_value("\n");
    body.append_child(pugi::node_pcdata).set_value("\n");
    file.xhtml = SerializeXml(page);
    book.documents.push_back(std::move(file));
  }

  for (size_t i = 0; i < plans.size(); ++i) {
    // Each division once, at its first file.
    if (i > 0 && plans[i].division == plans[i - 1].division) continue;
    AddDivisionEntries(document, *plans[i].division, book.documents[i], file_orders[i], writer,
                       &book.toc);
  }
  book.pages = writer.pages();
  book.headings = writer.headings_written();
  book.notes = writer.notes_written();
  return book;
}

}  // namespace galley::epub
