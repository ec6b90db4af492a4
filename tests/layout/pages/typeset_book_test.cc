// The whole layout stage on a small book written in the test: page makeup, navigation,
// structure, furniture, metadata and warnings, read back from the frames and the record.
#include "layout/pages/typeset_book.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "frames/record_writer.h"
#include "layout/layout_fixture.h"
#include "layout/pages/page_composer.h"
#include "quality/quality_report.h"

namespace galley::layout {

using Kind = frames::FrameItem::Kind;

namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using testing::Paragraph;
using testing::Prose;
using testing::Text;

model::Section Section(model::Block heading, std::vector<model::Block> blocks) {
  model::Section section;
  section.has_heading = true;
  section.heading = std::move(heading);
  section.blocks = std::move(blocks);
  return section;
}

model::Document SmallBook() {
  model::Document document;
  document.source_path = "book.md";
  model::Metadata& m = document.metadata;
  m.title = "Test Book";
  m.creators.push_back({"Ann Author", "Author, Ann", "aut"});
  m.language = "en-US";
  m.date = "2024-05";
  m.publisher = "Test Press";

  model::Division about;
  about.kind = model::DivisionKind::kFront;
  about.role = "biography";
  about.title = "About the Author";
  about.id = "biography";
  about.sections.push_back({});
  about.sections[0].blocks.push_back(Paragraph({Text(Prose(60, 1), 10)}, 10));
  document.divisions.push_back(about);

  model::Division body;
  body.kind = model::DivisionKind::kBody;
  body.id = "body";
  std::vector<model::Block> first;
  for (int i = 0; i < 12; ++i) first.push_back(Paragraph({Text(Prose(90, i), 20 + i)}, 20 + i));
  model::Block marker;
  marker.kind = model::BlockKind::kPageStart;
  marker.page = model::ClassifyPageStart("6");
  first.insert(first.begin() + 5, marker);
  model::Block scene;
  scene.kind = model::BlockKind::kSceneBreak;
  first.insert(first.begin() + 8, scene);
  model::Section part = Section(testing::Heading(1, "Part One", "part-one", 19), first);
  std::vector<model::Block> second;
  for (int i = 0; i < 10; ++i) {
    std::vector<model::Inline> inlines = {Text(Prose(70, 40 + i), 50 + i)};
    if (i == 4) {
      inlines.push_back(testing::Marker("7"));
      inlines.push_back(Text(" " + Prose(30, 3), 50 + i, 400));
    }
    second.push_back(Paragraph(inlines, 50 + i));
  }
  part.subsections.push_back(Section(testing::Heading(2, "A Chapter", "a-chapter", 49), second));
  body.sections.push_back(part);
  document.divisions.push_back(body);

  model::Division colophon;
  colophon.kind = model::DivisionKind::kBack;
  colophon.role = "colophon";
  colophon.title = "Colophon";
  colophon.id = "colophon";
  colophon.sections.push_back({});
  colophon.sections[0].blocks.push_back(Paragraph({Text("Set by a test.", 90)}, 90));
  document.divisions.push_back(colophon);
  return document;
}

class TypesetBookTest : public testing::TypesetterTest {
 protected:
  TypesetBook Typeset(const model::Document& document, const TypesetOptions& options = {}) {
    Result<TypesetBook> book = TypesetDocument(document, *template_, fonts_, options);
    EXPECT_TRUE(book.ok()) << (book.ok() ? "" : book.error().ToString());
    return std::move(*book);
  }
  void SetUp() override { SetUpTypesetter(); }
};

std::set<std::string> Destinations(const frames::DocumentFrames& frames) {
  std::set<std::string> names;
  for (const frames::PageFrame& page : frames.pages) {
    for (const frames::FrameItem& item : page.items) {
      if (item.kind == Kind::kDestination) names.insert(item.destination.name);
    }
  }
  return names;
}

// The text of the artifacts on a page (running heads, folios, margin numbers).
std::vector<std::string> Artifacts(const frames::PageFrame& page) {
  std::vector<std::string> texts;
  bool inside = false;
  for (const frames::FrameItem& item : page.items) {
    if (item.kind == Kind::kTagBegin) inside = item.tag_begin.name == "Artifact";
    if (item.kind == Kind::kText && inside) texts.push_back(item.text.text);
  }
  return texts;
}

// Every text line of the book with the number of the page it is on.
struct PlacedLine {
  int page = 0;
  const frames::TextLineItem* line = nullptr;
};
std::vector<PlacedLine> TextLines(const frames::DocumentFrames& frames) {
  std::vector<PlacedLine> lines;
  for (const frames::PageFrame& page : frames.pages) {
    for (const frames::FrameItem& item : page.items) {
      if (item.kind == Kind::kText) lines.push_back({page.number, &item.text});
    }
  }
  return lines;
}

TEST_F(TypesetBookTest, TagsAreBalancedOnEveryPage) {
  TypesetBook book = Typeset(SmallBook());
  for (const frames::PageFrame& page : book.frames.pages) {
    std::vector<std::string> open;
    for (const frames::FrameItem& item : page.items) {
      if (item.kind == Kind::kTagBegin) open.push_back(item.tag_begin.name);
      if (item.kind == Kind::kTagEnd) {
        ASSERT_FALSE(open.empty()) << "page " << page.number;
        EXPECT_EQ(open.back(), item.tag_end.name);
        open.pop_back();
      }
    }
    EXPECT_TRUE(open.empty()) << "page " << page.number;
    EXPECT_DOUBLE_EQ(page.width, template_->page_width);
  }
}

TEST_F(TypesetBookTest, EveryHeadingHasABookmarkAndEveryBookmarkAndLinkADestination) {
  TypesetBook book = Typeset(SmallBook());
  std::set<std::string> destinations = Destinations(book.frames);
  std::vector<std::string> titles;
  for (const frames::OutlineEntry& entry : book.frames.outline) {
    titles.push_back(entry.title + "/" + std::to_string(entry.level));
    EXPECT_TRUE(destinations.count(entry.destination)) << entry.destination;
  }
  EXPECT_THAT(titles, ::testing::ElementsAre("Contents/1", "About the Author/1", "Part One/1",
                                             "A Chapter/2", "Colophon/1"));
  EXPECT_TRUE(destinations.count("page-6"));
  EXPECT_TRUE(destinations.count("page-7"));
  int links = 0;
  for (const frames::PageFrame& page : book.frames.pages) {
    for (const frames::FrameItem& item : page.items) {
      if (item.kind != Kind::kLink) continue;
      ++links;
      EXPECT_TRUE(destinations.count(item.link.destination)) << item.link.destination;
    }
  }
  EXPECT_EQ(links, 4);  // the contents: About, Part One, A Chapter, Colophon
}

// Endnotes close the text: after the body, before the colophon that ends the book; each note
// is set with its number.
TEST_F(TypesetBookTest, NotesComeAfterTheTextAndBeforeTheColophon) {
  model::Document document = SmallBook();
  model::Inline reference;
  reference.kind = model::InlineKind::kNoteRef;
  reference.text = "first";
  reference.number = 1;
  document.divisions[1].sections[0].blocks[0].inlines.push_back(reference);
  model::Block note;
  note.kind = model::BlockKind::kNote;
  note.number = 1;
  note.label = "first";
  note.id = "note-1";
  note.children.push_back(Paragraph({Text("The note's own words.", 95)}, 95));
  document.notes.push_back(note);

  TypesetBook book = Typeset(document);
  std::vector<std::string> titles;
  for (const frames::OutlineEntry& entry : book.frames.outline) titles.push_back(entry.title);
  EXPECT_THAT(titles, ::testing::ElementsAre("Contents", "About the Author", "Part One",
                                             "A Chapter", "Notes", "Colophon"));
  bool found = false;
  for (const frames::PageFrame& page : book.frames.pages) {
    for (const frames::FrameItem& item : page.items) {
      found = found || (item.kind == Kind::kText &&
                        item.text.text.find("own words") != std::string::npos);
    }
  }
  EXPECT_TRUE(found) << "the note's text is set";
}

// A division whose title the parser made its heading (model::Block::division_title) prints it,
// and the contents and bookmarks go to that heading; division-title.hide leaves it unprinted
// and lists the division by its title at its first page, as before.
TEST_F(TypesetBookTest, ADivisionTitlePrintsAsItsHeadingUnlessTheTemplateHidesIt) {
  model::Document document = SmallBook();
  model::Block title = testing::Heading(1, "About the Author", "biography-title", 9);
  title.division_title = true;
  document.divisions[0].sections[0].has_heading = true;
  document.divisions[0].sections[0].heading = title;
  auto printed_headings = [](const TypesetBook& book) {
    std::vector<std::string> texts;
    for (const PlacedLine& placed : TextLines(book.frames)) {
      if (placed.line->role == frames::Role::kHeading) texts.push_back(placed.line->text);
    }
    return texts;
  };
  auto bookmark = [](const TypesetBook& book, const std::string& title) {
    for (const frames::OutlineEntry& entry : book.frames.outline) {
      if (entry.title == title) return entry.destination;
    }
    return std::string("none");
  };
  TypesetBook shown = Typeset(document);
  EXPECT_THAT(printed_headings(shown), Contains("About the Author"));
  EXPECT_EQ(bookmark(shown, "About the Author"), "biography-title");
  EXPECT_TRUE(Destinations(shown.frames).count("biography-title"));

  for (const char* hide : {"division-title.hide = biography colophon", "division-title.hide = all"}) {
    SetUpTypesetter({hide});
    TypesetBook hidden = Typeset(document);
    EXPECT_THAT(printed_headings(hidden), ::testing::Not(Contains("About the Author"))) << hide;
    EXPECT_EQ(bookmark(hidden, "About the Author"), "biography") << hide;
  }
}

// heading1.new-page: a second part starts on a page of its own, and its destination is made
// once (by the heading, not again by the new page).
TEST_F(TypesetBookTest, ANewPageHeadingStartsAPageAndNamesItOnce) {
  SetUpTypesetter({"heading1.new-page = yes"});
  model::Document document = SmallBook();
  model::Division& body = document.divisions[1];
  body.sections.push_back(Section(testing::Heading(1, "Part Two", "part-two", 70),
                                  {Paragraph({Text(Prose(40, 9), 71)}, 71)}));
  TypesetBook book = Typeset(document);
  int definitions = 0;
  int page_of_part_two = -1;
  for (size_t i = 0; i < book.frames.pages.size(); ++i) {
    for (const frames::FrameItem& item : book.frames.pages[i].items) {
      if (item.kind == Kind::kDestination && item.destination.name == "part-two") {
        ++definitions;
        page_of_part_two = static_cast<int>(i);
      }
    }
  }
  EXPECT_EQ(definitions, 1);
  ASSERT_GE(page_of_part_two, 0);
  // Nothing of Part One's text on Part Two's page: its first text is the heading.
  for (const PlacedLine& placed : TextLines(book.frames)) {
    if (placed.page == page_of_part_two + 1 && frames::IsFlowText(placed.line->role)) {
      EXPECT_GE(placed.line->source.begin.line, 70) << placed.line->text;
    }
  }
}

TEST_F(TypesetBookTest, RunningHeadsAndFoliosFollowTheTemplate) {
  TypesetBook book = Typeset(SmallBook());
  const auto& pages = book.frames.pages;
  // 1 title, 2 imprint, 3 contents, 4 blank, 5 about, 6 blank, 7 body opening, 8…
  ASSERT_GE(pages.size(), 10u);
  EXPECT_TRUE(Artifacts(pages[0]).empty());  // the title page
  EXPECT_TRUE(Artifacts(pages[3]).empty());  // a blank verso
  EXPECT_THAT(Artifacts(pages[6]), ::testing::ElementsAre("\u2013 7 \u2013"));  // opening: folio only
  EXPECT_THAT(Artifacts(pages[7]), Contains("Test Book"));  // verso: the book's title
  EXPECT_THAT(Artifacts(pages[7]), Contains("\u2013 8 \u2013"));
  // Recto: the section — the first heading that starts on the page, else the one in force.
  std::vector<std::string> recto = Artifacts(pages[8]);
  EXPECT_TRUE(std::count(recto.begin(), recto.end(), "Part One") +
                  std::count(recto.begin(), recto.end(), "A Chapter") == 1);
  for (size_t i = 0; i < pages.size(); ++i) {
    EXPECT_EQ(pages[i].label, frames::ArabicLabel(static_cast<int>(i) + 1));
  }
}

TEST_F(TypesetBookTest, OriginalPageNumbersStandInTheOuterMargin) {
  TypesetBook book = Typeset(SmallBook());
  int found = 0;
  for (size_t i = 0; i < book.frames.pages.size(); ++i) {
    PageGeometry g = PageGeometry::For(*template_, static_cast<int>(i) + 1);
    bool inside = false;
    for (const frames::FrameItem& item : book.frames.pages[i].items) {
      if (item.kind == Kind::kTagBegin) inside = item.tag_begin.name == "Artifact";
      if (item.kind != Kind::kText || !inside) continue;
      const frames::TextLineItem& run = item.text;
      if (run.text != "6" && run.text != "7") continue;
      EXPECT_EQ(run.role, frames::Role::kPageReference);
      ++found;
      if (g.recto) {
        EXPECT_GT(run.x, g.text_left + g.text_width);
      } else {
        EXPECT_LT(run.x, g.text_left);
      }
    }
  }
  EXPECT_EQ(found, 2);
}

TEST_F(TypesetBookTest, MetadataAndDatesAreExplicit) {
  TypesetBook book = Typeset(SmallBook());
  EXPECT_EQ(book.frames.metadata.title, "Test Book");
  EXPECT_EQ(book.frames.metadata.author, "Ann Author");
  EXPECT_THAT(book.frames.metadata.creator, ::testing::StartsWith("galley "));
  EXPECT_EQ(book.frames.metadata.create_date, "2024-05-01T00:00:00Z");
  EXPECT_EQ(book.frames.metadata.mod_date, "2024-05-01T00:00:00Z");
  EXPECT_EQ(book.frames.language, "en-US");
  TypesetOptions options;
  options.source_date_epoch = 1700000000;
  EXPECT_EQ(Typeset(SmallBook(), options).frames.metadata.create_date, "2023-11-14T22:13:20Z");
}

// Never the clock and never a made-up 1970: without a date or SOURCE_DATE_EPOCH the book is
// not made, and the message points at the front matter.
TEST_F(TypesetBookTest, ABookWithoutADateIsRefusedUnlessSourceDateEpochGivesOne) {
  model::Document document = SmallBook();
  document.metadata.date.clear();
  document.metadata.source_date = "1961";
  document.metadata.positions["title"] = {2, 8};
  Result<TypesetBook> book = TypesetDocument(document, *template_, fonts_, {});
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.error().where.ToString(), "book.md:2:8");
  EXPECT_THAT(book.error().message, HasSubstr("no `date`"));
  TypesetOptions options;
  options.source_date_epoch = 1700000000;
  EXPECT_EQ(Typeset(document, options).frames.metadata.create_date, "2023-11-14T22:13:20Z");
}

TEST_F(TypesetBookTest, TheFramesHaveEveryLineAndTheReportFindsNoWidowsOrOrphans) {
  TypesetBook book = Typeset(SmallBook());
  quality::QualityReport report = quality::MeasureQuality(book.frames);
  EXPECT_EQ(report.total.widows, 0);
  EXPECT_EQ(report.total.orphans, 0);
  EXPECT_EQ(report.total.overfull, 0);
  EXPECT_LE(report.total.longest_hyphen_run, 2);
  EXPECT_GT(report.total.lines, 100);
  std::string words;
  for (const PlacedLine& placed : TextLines(book.frames)) {
    const frames::TextLineItem& line = *placed.line;
    if (line.role == frames::Role::kBody) {
      EXPECT_GE(line.source.begin.line, 10);
      words += line.text + (line.hyphenated ? "" : " ");
    }
  }
  // Every paragraph's text, rejoined across line ends, is there.
  std::string rejoined;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == '-' && i + 1 < words.size() && words[i - 1] != ' ' &&
        std::islower(static_cast<unsigned char>(words[i + 1]))) {
      continue;
    }
    rejoined += words[i];
  }
  EXPECT_THAT(rejoined, HasSubstr(Prose(90, 7)));
  EXPECT_EQ(frames::FormatRecord(book.frames), frames::FormatRecord(Typeset(SmallBook()).frames));
}

// galley pdf keeps each finished page in a temporary file: the book it reads back is the same
// book, page for page, with the same warnings (overfull lines in page order).
TEST_F(TypesetBookTest, ASpilledBookIsTheSameBook) {
  SetUpTypesetter({"margin.inner = 60mm", "margin.outer = 60mm"});
  model::Document document = SmallBook();
  const std::string wide = "12345678901234567890123456789012345";
  document.divisions[1].sections[0].blocks[0] =
      Paragraph({Text("The number " + wide + " is long.", 33)}, 33);
  TypesetBook in_memory = Typeset(document);
  TypesetOptions options;
  options.spill_pages = true;
  TypesetBook spilled = Typeset(document, options);
  ASSERT_NE(spilled.frames.spill, nullptr);
  EXPECT_EQ(in_memory.frames.spill, nullptr);
  for (const frames::PageFrame& page : spilled.frames.pages) EXPECT_TRUE(page.items.empty());
  std::string record;
  Status written = frames::WriteRecord(spilled.frames, [&record](std::string_view text) {
    record += text;
    return Status::Ok();
  });
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(record, frames::FormatRecord(in_memory.frames));
  ASSERT_EQ(spilled.warnings.size(), in_memory.warnings.size());
  for (size_t i = 0; i < spilled.warnings.size(); ++i) {
    EXPECT_EQ(spilled.warnings[i].ToString(), in_memory.warnings[i].ToString());
  }
}

TEST_F(TypesetBookTest, AWordWiderThanTheMeasureIsSetOverfullAndReported) {
  SetUpTypesetter({"margin.inner = 60mm", "margin.outer = 60mm"});
  model::Document document = SmallBook();
  // Digits are never hyphenated: this number cannot be broken at all.
  const std::string wide = "12345678901234567890123456789012345";
  document.divisions[1].sections[0].blocks[0] =
      Paragraph({Text("The number " + wide + " is long.", 33)}, 33);
  TypesetBook book = Typeset(document);
  const Error* warning = nullptr;
  for (const Error& w : book.warnings) {
    if (w.where.pos.line == 33) warning = &w;
  }
  ASSERT_NE(warning, nullptr);
  EXPECT_EQ(warning->where.ToString(), "book.md:33");
  EXPECT_THAT(warning->message, HasSubstr("wider than the measure"));
  EXPECT_THAT(warning->message, HasSubstr(wide));
  bool kept = false;
  for (const PlacedLine& placed : TextLines(book.frames)) {
    kept = kept || (placed.line->overfull && placed.line->text.find(wide) != std::string::npos);
  }
  EXPECT_TRUE(kept);
}

TEST_F(TypesetBookTest, ACharacterNoFontHasStopsTypesettingWithItsPosition) {
  model::Document document = SmallBook();
  document.divisions[1].sections[0].blocks[2] = Paragraph({Text("Tofu \u4e2d here.", 44, 5)}, 44);
  Result<TypesetBook> book = TypesetDocument(document, *template_, fonts_, {});
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.error().where.ToString(), "book.md:44:10");
}

// Text the book makes from the front matter (title page, imprint) is reported where the
// front matter has it.
TEST_F(TypesetBookTest, ACharacterNoFontHasInTheFrontMatterIsReportedThere) {
  model::Document document = SmallBook();
  document.metadata.title = "Test \u4e2d Book";
  document.metadata.positions["title"] = {2, 8};
  Result<TypesetBook> book = TypesetDocument(document, *template_, fonts_, {});
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.error().where.ToString(), "book.md:2:13");

  document = SmallBook();
  document.metadata.source = "A \u4e2d pamphlet";
  document.metadata.positions["source"] = {7, 9};
  book = TypesetDocument(document, *template_, fonts_, {});
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.error().where.ToString(), "book.md:7:11");
}

// The horizontal scales of the glyph runs in `frames`, body text and artifacts apart.
struct Scales {
  std::set<double> body, artifacts;
};
Scales ScalesOf(const frames::DocumentFrames& frames) {
  Scales scales;
  for (const frames::PageFrame& page : frames.pages) {
    bool artifact = false;
    for (const frames::FrameItem& item : page.items) {
      if (item.kind == Kind::kTagBegin) artifact = item.tag_begin.name == "Artifact";
      if (item.kind != Kind::kText) continue;
      for (const frames::GlyphRunItem& run : item.text.runs) {
        (artifact ? scales.artifacts : scales.body).insert(run.horizontal_scale);
      }
    }
  }
  return scales;
}

TEST_F(TypesetBookTest, JustifiedLinesReachTheFramesExpandedAndFurnitureDoesNot) {
  Scales scales = ScalesOf(Typeset(SmallBook()).frames);
  EXPECT_GT(scales.body.size(), 3u);  // lines differ
  EXPECT_GE(*scales.body.begin(), 1 - template_->expansion - 1e-9);
  EXPECT_LE(*scales.body.rbegin(), 1 + template_->expansion + 1e-9);
  EXPECT_EQ(scales.artifacts, std::set<double>{1});  // running heads, folios, margin numbers
}

TEST_F(TypesetBookTest, TheTypescriptTemplateSetsRaggedUnderlinedText) {
  SetUpTypesetter({}, "typescript.template");
  model::Document document = SmallBook();
  document.divisions[1].sections[0].blocks[0] = Paragraph(
      {Text(Prose(40, 2), 30), testing::Wrap(model::InlineKind::kEmphasis, {Text("in practice")}),
       Text(" " + Prose(40, 3), 30)},
      30);
  TypesetBook book = Typeset(document);
  EXPECT_NEAR(book.frames.pages[0].width, 595.28, 0.01);  // A4
  int underlines = 0;
  for (const frames::PageFrame& page : book.frames.pages) {
    for (const frames::FrameItem& item : page.items) underlines += item.kind == Kind::kRule;
  }
  EXPECT_EQ(underlines, 1);  // "in practice", one stroke under both words and the space
  for (const PlacedLine& placed : TextLines(book.frames)) {
    EXPECT_FALSE(placed.line->justified);
    EXPECT_FALSE(placed.line->hyphenated);
  }
  EXPECT_EQ(ScalesOf(book.frames).body, std::set<double>{1});  // ragged: nothing to expand
}

// A poem's stanzas (paragraphs of lines broken by hand) are set apart by a blank line; the
// lines of one stanza, and prose paragraphs, follow one another at the leading.
TEST_F(TypesetBookTest, StanzasAreSetApartByABlankLine) {
  auto stanza = [](const std::string& first, const std::string& second, int line) {
    model::Inline hard_break;
    hard_break.kind = model::InlineKind::kLineBreak;
    return Paragraph({Text(first, line), hard_break, Text(second, line + 1)}, line);
  };
  model::Document document = SmallBook();
  std::vector<model::Block>& blocks = document.divisions[1].sections[0].blocks;
  blocks.insert(blocks.begin(), {stanza("Hier an der Bergeshalde", "Verstummet ganz der Wind;", 5),
                                 stanza("Sie sitzt im Thymiane,", "Sie sitzt in lauter Duft;", 8)});
  TypesetBook book = Typeset(document);
  std::map<std::string, double> y;
  for (const PlacedLine& placed : TextLines(book.frames)) y[placed.line->text] = placed.line->y;
  ASSERT_TRUE(y.count("Verstummet ganz der Wind;") && y.count("Sie sitzt im Thymiane,"));
  double leading = y["Verstummet ganz der Wind;"] - y["Hier an der Bergeshalde"];
  EXPECT_GT(leading, 0);
  EXPECT_NEAR(y["Sie sitzt im Thymiane,"] - y["Verstummet ganz der Wind;"], 2 * leading, 1e-6);
  EXPECT_NEAR(y["Sie sitzt in lauter Duft;"] - y["Sie sitzt im Thymiane,"], leading, 1e-6);
}

}  // namespace
}  // namespace galley::layout
