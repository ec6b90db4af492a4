#include "layout/pages/typeset_book.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>

#include "base/quoted_value.h"
#include "frames/page_spill.h"
#include "layout/pages/flow_pages.h"
#include "layout/pages/front_pages.h"
#include "layout/pages/page_furniture.h"
#include "layout/template/template_parameters.h"
#include "model/book_words.h"
#include "model/edition_date.h"
#include "model/front_matter_location.h"

namespace galley::layout {

namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A template value as the frames keep it: as written, but a file by its name only, so that
// the same template in another folder gives the same settings (the fonts' digests tell
// whether the files are the same).
std::string SettingText(const TemplateValue& value) {
  if (value.parameter->type != ParameterType::kFile) return value.text;
  size_t slash = value.text.find_last_of('/');
  return slash == std::string::npos ? value.text : value.text.substr(slash + 1);
}

using frames::PageKind;

// Whether the flow's title is a bookmark of its own: it has one and does not open with a
// heading (which is a bookmark already).
bool TitledInOutline(const Flow& flow) {
  return !flow.title.empty() &&
         (flow.entries.empty() || flow.entries.front().kind != EntryKind::kHeading);
}

struct PageInfo {
  PageKind kind = PageKind::kBlank;
  bool opening = false;
  bool closing = false;
  bool opens_with_heading = false;
  int flow = -1;  // index into the flows (the contents flow is -2)
  std::vector<HeadingOnPage> headings;
};

class BookMaker {
 public:
  // `pdf_date`: the creation date, from PdfDate.
  BookMaker(const model::Document& document, Typesetter& typesetter, std::string pdf_date,
            const TypesetOptions& options)
      : document_(document), setter_(typesetter), t_(typesetter.print_template()),
        pdf_date_(std::move(pdf_date)), on_page_(options.on_page),
        spill_pages_(options.spill_pages), composer_(typesetter, paragraph_numbers_) {}

  Result<TypesetBook> Run();

 private:
  int NewPage(PageKind kind);
  Status AddFlow(Flow* flow, int flow_index, std::vector<FlowPage>* pages, int* first_page);
  Status ComposeFlowPages(Flow* flow, const std::vector<FlowPage>& pages, int first_page);
  Status FinishPage(size_t index);
  Status AddFurniture(size_t index);
  void NoteOverfullLines(const frames::PageFrame& page);
  std::vector<frames::OutlineEntry> Outline() const;
  void CollectWarnings(TypesetBook* book);
  void DescribeBook(TypesetBook* book);

  const model::Document& document_;
  Typesetter& setter_;
  const PrintTemplate& t_;
  std::string pdf_date_;
  std::function<void(int)> on_page_;  // TypesetOptions::on_page
  bool spill_pages_;                  // TypesetOptions::spill_pages
  ParagraphNumbers paragraph_numbers_;
  PageComposer composer_;
  std::vector<Flow> flows_;
  Flow contents_;
  std::vector<frames::PageFrame> pages_;  // spilled: each page's items are in spill_
  std::vector<PageInfo> info_;
  std::unique_ptr<frames::PageSpill> spill_;
  // The running head's section as AddFurniture walks a flow's pages.
  int section_flow_ = -3;
  std::string section_;
  std::vector<std::pair<int, Error>> overfull_;  // by page number, in the order pages finish
  double compose_seconds_ = 0;                    // TypesetTimings::compose
};

int BookMaker::NewPage(PageKind kind) {
  frames::PageFrame frame;
  frame.width = t_.page_width;
  frame.height = t_.page_height;
  frame.number = static_cast<int>(pages_.size()) + 1;
  frame.label = frames::ArabicLabel(frame.number);
  pages_.push_back(std::move(frame));
  PageInfo info;
  info.kind = kind;
  info_.push_back(std::move(info));
  if (on_page_) on_page_(static_cast<int>(pages_.size()));
  return static_cast<int>(pages_.size());
}

// Paginates `flow` onto new pages (after a blank verso if it must start on a recto).
Status BookMaker::AddFlow(Flow* flow, int flow_index, std::vector<FlowPage>* pages,
                          int* first_page) {
  if (flow->start_recto && pages_.size() % 2 == 1) {
    GALLEY_RETURN_IF_ERROR(FinishPage(NewPage(PageKind::kBlank) - 1));  // nothing to compose
  }
  bool verso = pages_.size() % 2 == 1;  // the next page's number is even
  GALLEY_RETURN_IF_ERROR(BreakFlow(flow, setter_));
  Result<std::vector<FlowPage>> paginated = PaginateFlow(flow, setter_, verso);
  if (!paginated.ok()) return paginated.take_error();
  *pages = std::move(*paginated);
  *first_page = static_cast<int>(pages_.size()) + 1;
  for (const FlowPage& page : *pages) {
    int number = NewPage(flow_index == -2 ? PageKind::kContents : PageKind::kText);
    info_[number - 1].opening = page.opening;
    info_[number - 1].closing = &page == &pages->back();
    info_[number - 1].opens_with_heading = page.opens_with_heading;
    info_[number - 1].flow = flow_index;
  }
  return Status::Ok();
}

// Composes and finishes the flow's pages, then lets go of its entries: their lines are in the
// frames now, and what is left of them (the paragraphs' text and breaks) would otherwise stay
// until the whole book is made.
Status BookMaker::ComposeFlowPages(Flow* flow, const std::vector<FlowPage>& pages,
                                   int first_page) {
  Clock::time_point start = Clock::now();
  for (size_t i = 0; i < pages.size(); ++i) {
    int number = first_page + static_cast<int>(i);
    GALLEY_RETURN_IF_ERROR(composer_.Compose(flow, pages[i], number, &pages_[number - 1],
                                             &info_[number - 1].headings));
    GALLEY_RETURN_IF_ERROR(FinishPage(number - 1));
  }
  flow->titled = TitledInOutline(*flow);
  std::vector<FlowEntry>().swap(flow->entries);
  compose_seconds_ += SecondsSince(start);
  return Status::Ok();
}

// A page is finished once its text is composed: it gets its running head and folio, says what
// it is (its kind, whether it opens or closes a division, its text block), and, when the book is
// spilled, its items go to the spill.
Status BookMaker::FinishPage(size_t index) {
  GALLEY_RETURN_IF_ERROR(AddFurniture(index));
  frames::PageFrame& page = pages_[index];
  page.kind = info_[index].kind;
  page.opening = info_[index].opening;
  page.closing = info_[index].closing;
  page.block = PageGeometry::For(t_, page.number).Block(t_);
  NoteOverfullLines(page);
  if (spill_ == nullptr) {
    page.items.shrink_to_fit();  // grown item by item: half its room may be unused
    return Status::Ok();
  }
  GALLEY_RETURN_IF_ERROR(spill_->Put(index, page.items));
  std::vector<frames::FrameItem>().swap(page.items);
  return Status::Ok();
}

// Pages are finished a flow at a time, each flow's pages in order (the contents last), so the
// section a running head names is followed flow by flow.
Status BookMaker::AddFurniture(size_t index) {
  const PageInfo& info = info_[index];
  if (info.kind != PageKind::kText && info.kind != PageKind::kContents) return Status::Ok();
  if (info.flow != section_flow_) {
    section_flow_ = info.flow;
    section_ = info.flow >= 0 ? flows_[info.flow].title : contents_.title;
  }
  // The section the page's text begins in: the one in force at its head, or the heading
  // the page opens with. (LaTeX's \rightmark takes the first heading anywhere on the page,
  // which names a section that may only begin in its last lines.)
  std::string shown = section_;
  bool first = true;
  for (const HeadingOnPage& heading : info.headings) {
    if (heading.level > 2) continue;
    if (first && info.opens_with_heading) shown = heading.title;
    first = false;
    section_ = heading.title;
  }
  std::string author;
  if (!document_.metadata.creators.empty()) author = document_.metadata.creators.front().name;
  int number = static_cast<int>(index) + 1;
  std::string head = RunningHeadText(t_, number, document_.metadata.title, author, shown);
  return AddPageFurniture(setter_, number, head, true, info.opening, &pages_[index]);
}

void BookMaker::NoteOverfullLines(const frames::PageFrame& page) {
  for (const frames::FrameItem& item : page.items) {
    if (item.kind != frames::FrameItem::Kind::kText || !item.text.overfull) continue;
    const frames::TextLineItem& line = item.text;
    overfull_.emplace_back(
        page.number,
        InputError(SourceLocation{document_.source_path, {line.source.begin.line, 0}},
                   "line on page " + page.label.text + " is wider than the measure: \"" +
                       ClipForMessage(line.text) + "\"",
                   "a word is wider than the line; it is set overfull rather than lost. A "
                   "hyphenation exception (hyphenation.exceptions) or a narrower word would "
                   "fit it"));
  }
}

std::vector<frames::OutlineEntry> BookMaker::Outline() const {
  std::vector<frames::OutlineEntry> outline;
  auto add = [&outline](std::string title, int level, std::string destination) {
    // A bookmark may be at most one level below the one before it.
    int previous = outline.empty() ? 0 : outline.back().level;
    outline.push_back({std::move(title), std::min(level, previous + 1), std::move(destination)});
  };
  for (const PageInfo& info : info_) {
    if (info.kind != PageKind::kText && info.kind != PageKind::kContents) continue;
    if (info.opening) {
      const Flow& flow = info.flow >= 0 ? flows_[info.flow] : contents_;
      if (flow.titled) add(flow.title, 1, flow.id);
    }
    for (const HeadingOnPage& heading : info.headings) {
      if (!heading.id.empty()) add(heading.title, heading.level, heading.id);
    }
  }
  return outline;
}

// The typesetter's warnings, then the overfull lines in page order.
void BookMaker::CollectWarnings(TypesetBook* book) {
  for (const Error& warning : setter_.warnings()) book->warnings.push_back(warning);
  std::stable_sort(overfull_.begin(), overfull_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [page, warning] : overfull_) book->warnings.push_back(std::move(warning));
}

// What the frames say about the book as a whole: title, template, settings, fonts, metadata.
void BookMaker::DescribeBook(TypesetBook* book) {
  frames::DocumentFrames& frames = book->frames;
  frames.title = document_.metadata.title;
  frames.template_path = t_.path;
  for (const TemplateParameter& parameter : TemplateParameters()) {
    // The contents title as printed: the book's word when the template leaves it empty.
    std::string text = parameter.key == "contents.title" ? t_.contents_title
                                                         : SettingText(t_.values.Get(parameter.key));
    frames.settings.push_back({parameter.key, std::move(text)});
  }
  frames.fonts = setter_.styles().fonts().refs();
  book->faces = setter_.styles().fonts().faces();
}

Result<TypesetBook> BookMaker::Run() {
  TypesetBook book;
  if (spill_pages_) {
    Result<std::unique_ptr<frames::PageSpill>> spill = frames::PageSpill::Create();
    if (!spill.ok()) return spill.take_error();
    spill_ = std::move(*spill);
  }
  Clock::time_point start = Clock::now();
  Result<std::vector<Flow>> flows = BuildFlows(document_, setter_);
  if (!flows.ok()) return flows.take_error();
  flows_ = std::move(*flows);
  if (t_.contents) {
    Result<Flow> contents = BuildContentsFlow(flows_, setter_);
    if (!contents.ok()) return contents.take_error();
    contents_ = std::move(*contents);
  }
  book.timings.paragraphs = SecondsSince(start);

  start = Clock::now();
  if (t_.title_page) {
    int title = NewPage(PageKind::kTitle);
    GALLEY_RETURN_IF_ERROR(ComposeTitlePage(setter_, document_.metadata, paragraph_numbers_,
                                            &pages_[title - 1]));
    int imprint = NewPage(t_.imprint ? PageKind::kImprint : PageKind::kBlank);
    if (t_.imprint) {
      GALLEY_RETURN_IF_ERROR(ComposeImprintPage(setter_, document_.metadata, paragraph_numbers_,
                                                &pages_[imprint - 1]));
    }
    GALLEY_RETURN_IF_ERROR(FinishPage(title - 1));
    GALLEY_RETURN_IF_ERROR(FinishPage(imprint - 1));
  }
  std::vector<FlowPage> contents_pages;
  int contents_first = 0;
  if (!contents_.entries.empty()) {
    GALLEY_RETURN_IF_ERROR(AddFlow(&contents_, -2, &contents_pages, &contents_first));
  }
  // Each flow is composed as soon as it is paginated, so that only one flow's lines wait
  // between the two; the contents, which need every page number, wait for the last flow.
  std::map<std::string, int> numbers;
  for (size_t i = 0; i < flows_.size(); ++i) {
    std::vector<FlowPage> pages;
    int first_page = 0;
    GALLEY_RETURN_IF_ERROR(AddFlow(&flows_[i], static_cast<int>(i), &pages, &first_page));
    GALLEY_RETURN_IF_ERROR(ComposeFlowPages(&flows_[i], pages, first_page));
    numbers[flows_[i].id] = first_page;
  }
  for (size_t i = 0; i < info_.size(); ++i) {
    for (const HeadingOnPage& heading : info_[i].headings) {
      numbers.emplace(heading.id, static_cast<int>(i) + 1);
    }
  }
  if (!contents_pages.empty()) {
    composer_.SetContentsNumbers(&numbers);
    GALLEY_RETURN_IF_ERROR(ComposeFlowPages(&contents_, contents_pages, contents_first));
  }
  book.timings.compose = compose_seconds_;
  book.timings.pages = SecondsSince(start) - compose_seconds_;
  if (spill_ == nullptr) {
    RenumberParagraphs(&pages_);
  } else {
    spill_->NumberParagraphsInPageOrder();
  }

  const model::Metadata& metadata = document_.metadata;
  frames::PdfMetadata& pdf = book.frames.metadata;
  pdf.title = metadata.subtitle.empty() ? metadata.title : metadata.title + ": " + metadata.subtitle;
  for (const model::Contributor& creator : metadata.creators) {
    pdf.author += (pdf.author.empty() ? "" : ", ") + creator.name;
  }
  pdf.subject = metadata.description.empty() ? metadata.source : metadata.description;
  for (const std::string& subject : metadata.subjects) {
    pdf.keywords += (pdf.keywords.empty() ? "" : ", ") + subject;
  }
  pdf.creator = std::string("galley ") + GALLEY_VERSION;
  pdf.create_date = pdf.mod_date = pdf_date_;
  book.frames.language = metadata.language;
  book.frames.outline = Outline();
  book.frames.pages = std::move(pages_);
  book.frames.spill = std::move(spill_);
  DescribeBook(&book);
  CollectWarnings(&book);
  book.timings.shaped_words = setter_.word_cache().misses();
  book.timings.shape_cache_hits = setter_.word_cache().hits();
  return book;
}

}  // namespace

Result<std::string> PdfDate(const TypesetOptions& options, const model::Document& document) {
  if (options.source_date_epoch) {
    std::time_t seconds = static_cast<std::time_t>(*options.source_date_epoch);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return std::string(buffer);
  }
  std::string date = document.metadata.date;
  if (date.empty()) {
    return InputError(model::FrontMatterLocation(document, "title"),
                      "the PDF needs a creation date, and the front matter has no `date`",
                      "add `date: YYYY-MM-DD` to the front matter, or set SOURCE_DATE_EPOCH");
  }
  std::optional<model::EditionDate> parsed = model::ParseEditionDate(date);
  if (!parsed) {
    return InputError(model::FrontMatterLocation(document, "date"), "`" + date + "` is not a date",
                      "write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. `date: 2024-03-18`");
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT00:00:00Z", parsed->year,
                std::max(parsed->month, 1), std::max(parsed->day, 1));
  return std::string(buffer);
}

Result<TypesetBook> TypesetDocument(const model::Document& document,
                                    const PrintTemplate& print_template, const FontSet& fonts,
                                    const TypesetOptions& options) {
  Clock::time_point start = Clock::now();
  Result<std::string> date = PdfDate(options, document);  // first: a missing date fails fast
  if (!date.ok()) return date.take_error();
  BookLanguage language;
  language.tag = document.metadata.language.empty() ? "en" : document.metadata.language;
  language.written_at = model::FrontMatterLocation(document, "language");
  // An empty contents.title is the book's own word for the contents (model/book_words.h).
  PrintTemplate worded = print_template;
  if (worded.contents_title.empty()) {
    worded.contents_title = model::BookWords::For(document.metadata).Get("contents");
  }
  Result<std::unique_ptr<Typesetter>> setter = Typesetter::Create(
      worded, fonts, language, document.source_path, options.patterns);
  if (!setter.ok()) return setter.take_error();
  double setup = SecondsSince(start);
  Result<TypesetBook> book = BookMaker(document, **setter, *date, options).Run();
  if (book.ok()) book->timings.setup = setup;
  return book;
}

}  // namespace galley::layout
