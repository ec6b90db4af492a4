// Styled text → Knuth–Plass items, with the project's EB Garamond and Debian's en-US patterns.
#include "layout/paragraph/paragraph_items.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "layout/layout_fixture.h"

namespace galley::layout {
namespace {

using linebreak::Item;
using linebreak::ItemType;
using linebreak::kInfinity;
using ::testing::HasSubstr;

class ParagraphItemsTest : public testing::TypesetterTest {
 protected:
  void SetUp() override { SetUpTypesetter(); }

  StyledText Styled(const std::string& text, int line = 1, int column = 1) {
    return FlattenInlines({testing::Text(text, line, column)}, setter_->BodyStyler(),
                          &setter_->styles());
  }

  // The items of `text`, hyphenation points included.
  ParagraphItems Items(const std::string& text, ItemOptions options = {}) {
    ParItemsBuilder();
    options.hyphenate = true;
    Result<ParagraphItems> items = builder_->Build(text_ = Styled(text), options);
    EXPECT_TRUE(items.ok()) << (items.ok() ? "" : items.error().ToString());
    return std::move(*items);
  }

  // The builder for a book in `language` (BCP 47).
  void ParItemsBuilder(const std::string& language = "en-US") {
    if (builder_) return;
    Result<std::unique_ptr<LineBreakFinder>> finder = LineBreakFinder::Create(language);
    ASSERT_TRUE(finder.ok());
    finder_ = std::move(*finder);
    hyphen::HyphenationSettings settings;
    Result<std::unique_ptr<hyphen::Hyphenator>> hyphenator =
        hyphen::Hyphenator::ForLanguage(language, settings);
    ASSERT_TRUE(hyphenator.ok()) << hyphenator.error().ToString();
    // A passage's patterns: Debian's for its language, none (unhyphenated) when missing.
    auto passages = [](const std::string& tag,
                       SourcePos) -> Result<std::unique_ptr<hyphen::Hyphenator>> {
      auto loaded = hyphen::Hyphenator::ForLanguage(tag, {});
      if (!loaded.ok()) return std::unique_ptr<hyphen::Hyphenator>();
      return std::move(*loaded);
    };
    hyphenation_ =
        std::make_unique<HyphenationSet>(std::move(*hyphenator), language, passages);
    builder_ = std::make_unique<ItemBuilder>(&setter_->shaper(), finder_.get(),
                                             hyphenation_.get(), "test.md");
  }

  // The text of each box and the kind of each break, as one string: "[brother-]/[in-]/[law]"
  // where "/" is a flagged penalty, "~" a discretionary, "_" glue, "!" a forbidden break.
  std::string Sketch(const ParagraphItems& items) {
    std::string out;
    for (const Item& item : items.items) {
      switch (item.type) {
        case ItemType::kBox:
          if (item.tag >= 0) {
            const Fragment& f = items.fragments[item.tag];
            out.append("[").append(text_.text, f.begin, f.end - f.begin).append("]");
          }
          break;
        case ItemType::kGlue:
          if (item.stretch < linebreak::kFillStretch) out += "_";
          break;
        case ItemType::kPenalty:
          if (item.penalty >= kInfinity) {
            out += "!";
          } else if (item.tag == kDiscretionary) {
            out += "~";
          } else if (item.penalty > -kInfinity) {
            out += item.flagged ? "/" : "|";
          }
          break;
      }
    }
    // The finishing sequence's forbidden break before the fill is always there.
    if (out.size() >= 1 && out.back() == '!') out.pop_back();
    return out;
  }

  StyledText text_;
  std::unique_ptr<LineBreakFinder> finder_;
  std::unique_ptr<HyphenationSet> hyphenation_;
  std::unique_ptr<ItemBuilder> builder_;
};

TEST_F(ParagraphItemsTest, SpacesAreGlueWithTheTemplateProportions) {
  ParagraphItems items = Items("war ends");
  ASSERT_EQ(Sketch(items), "[war]_[ends]");
  const Item& glue = items.items[1];
  double space = setter_->WidthOf(" ", text_.spans[0].style);
  ItemOptions defaults;
  EXPECT_NEAR(glue.width, space * defaults.space_width, 1e-9);
  EXPECT_NEAR(glue.stretch, glue.width * defaults.space_stretch, 1e-9);
  EXPECT_NEAR(glue.shrink, glue.width * defaults.space_shrink, 1e-9);
  EXPECT_EQ(glue.tag, 3);  // the space's byte offset
}

TEST_F(ParagraphItemsTest, ASpacedDashNeverBeginsALine) {
  EXPECT_EQ(Sketch(Items("war \u2013 and life")), "[war]!_[\u2013]_[and]_[life]");
  EXPECT_EQ(Sketch(Items("lie \u2014 on")), "[lie]!_[\u2014]_[on]");
}

// Guillemets typed with plain spaces inside them: no line ends with « nor begins with ».
TEST_F(ParagraphItemsTest, SpacedGuillemetsStayWithTheirWords) {
  EXPECT_EQ(Sketch(Items("dit \u00ab un ami \u00bb ici")),
            "[dit]_[\u00ab]!_[un]_[ami]!_[\u00bb]_[ici]");
}

TEST_F(ParagraphItemsTest, RaggedTextKeepsItsUnbreakableSpacesUnbreakable) {
  // Ragged right: a breakable space is the paper's glue-penalty-glue ("_|_"); before a spaced
  // dash and at a no-break space it is one plain glue behind a forbidding penalty.
  ItemOptions ragged;
  ragged.justify = false;
  EXPECT_EQ(Sketch(Items("war \u2013 and", ragged)), "[war]!_[\u2013]_|_[and]");
  EXPECT_EQ(Sketch(Items("p.\u00a06 on", ragged)), "[p.]!_[6]_|_[on]");
}

TEST_F(ParagraphItemsTest, ANoBreakSpaceHolds) {
  EXPECT_EQ(Sketch(Items("p.\u00a06")), "[p.]!_[6]");
}

TEST_F(ParagraphItemsTest, RangesAreNotBrokenButHyphensBreakFlagged) {
  EXPECT_EQ(Sketch(Items("28\u201329")), "[28\u2013][29]");
  ParagraphItems in_law = Items("in-law");
  EXPECT_EQ(Sketch(in_law), "[in-]/[law]");
  EXPECT_EQ(in_law.items[1].width, 0);  // the hyphen is already in the text
}

// No runts: the last word is never broken, at a hyphenation point or at its own hyphen, since
// the piece after the break ("law") would be a last line of one fragment; tied, it stays on
// the line of the word before. Untied (the breaker's last resort), the space before it breaks.
TEST_F(ParagraphItemsTest, TheLastWordIsNeverBrokenAndTiedToTheOneBefore) {
  ItemOptions tied;
  tied.tie_last_words = true;
  EXPECT_EQ(Sketch(Items("our revolutionaries", tied)), "[our]!_[rev]![o]![lu]![tion]![ar]![ies]");
  EXPECT_EQ(Sketch(Items("my sister-in-law", tied)), "[my]!_[sis]![ter-]![in-]![law]");
  ItemOptions whole;
  whole.keep_last_word_whole = true;
  EXPECT_EQ(Sketch(Items("my sister-in-law", whole)), "[my]_[sis]![ter-]![in-]![law]");
  EXPECT_EQ(Sketch(Items("our revolutionaries", whole)), "[our]_[rev]![o]![lu]![tion]![ar]![ies]");
  // Only the last word: the one before may still be hyphenated.
  EXPECT_EQ(Sketch(Items("revolutionaries together", tied)),
            "[rev]~[o]~[lu]~[tion]~[ar]~[ies]!_[to]![gether]");
  // A paragraph of one word may still break: a fragment is better than a word sticking out.
  EXPECT_EQ(Sketch(Items("in-law", tied)), "[in-]/[law]");
}

// A passage in another language is hyphenated with that language's patterns (Debian's German,
// ISO8859-1); one in a language without patterns is left whole.
TEST_F(ParagraphItemsTest, APassageIsHyphenatedInItsOwnLanguage) {
  auto passage = [](const char* tag, const char* text) {
    model::Inline span = testing::Wrap(model::InlineKind::kLanguage, {testing::Text(text)});
    span.language = tag;
    return span;
  };
  ParItemsBuilder();
  auto sketch = [&](std::vector<model::Inline> inlines) {
    text_ = FlattenInlines(inlines, setter_->BodyStyler(), &setter_->styles());
    ItemOptions options;
    options.hyphenate = true;
    Result<ParagraphItems> items = builder_->Build(text_, options);
    EXPECT_TRUE(items.ok()) << (items.ok() ? "" : items.error().ToString());
    return items.ok() ? Sketch(*items) : std::string();
  };
  EXPECT_EQ(sketch({passage("de", "Silbentrennung")}), "[Sil]~[ben]~[tren]~[nung]");
  EXPECT_EQ(sketch({testing::Text("revolutionaries "), passage("la", "revolutionaries")}),
            "[rev]~[o]~[lu]~[tion]~[ar]~[ies]_[revolutionaries]");
  EXPECT_EQ(text_.LanguageAt(0), "");
  EXPECT_EQ(text_.LanguageAt(16), "la");
}

TEST_F(ParagraphItemsTest, HyphenatesOnlyLettersNeverNextToApostrophesOrBrackets) {
  EXPECT_EQ(Sketch(Items("revolutionaries")), "[rev]~[o]~[lu]~[tion]~[ar]~[ies]");
  // The letters inside brackets and before an apostrophe are hyphenated on their own; the
  // punctuation stays with its fragment.
  EXPECT_EQ(Sketch(Items("(revolutionaries)")), "[(rev]~[o]~[lu]~[tion]~[ar]~[ies)]");
  EXPECT_EQ(Sketch(Items("workers\u2019")), "[work]~[ers\u2019]");
  // Capitals (acronyms, text in capitals) and short words are left whole.
  EXPECT_EQ(Sketch(Items("REVOLUTIONARIES cat")), "[REVOLUTIONARIES]_[cat]");
}

TEST_F(ParagraphItemsTest, ProperNounsAndCompoundsAreLeftWholeWhenAsked) {
  ItemOptions careful;
  careful.proper_nouns = ProperNouns::kLeaveWhole;
  careful.hyphenate_compounds = false;
  const std::string broken = "[Rev]~[o]~[lu]~[tion]~[ar]~[ies]";
  // A capitalised word inside a sentence is taken for a name; at a sentence's start it is not.
  EXPECT_EQ(Sketch(Items("the Revolutionaries", careful)), "[the]_[Revolutionaries]");
  EXPECT_EQ(Sketch(Items("the \u2018Revolutionaries\u2019", careful)),
            "[the]_[\u2018Revolutionaries\u2019]");
  EXPECT_EQ(Sketch(Items("Revolutionaries", careful)), broken);
  EXPECT_EQ(Sketch(Items("war.\u201D Revolutionaries", careful)),
            "[war.\u201D]_" + broken);
  // A compound breaks after its own hyphen only.
  EXPECT_EQ(Sketch(Items("anti-revolutionaries", careful)), "[anti-]/[revolutionaries]");
  // Allowed, both are hyphenated like any word.
  EXPECT_EQ(Sketch(Items("the Revolutionaries")), "[the]_" + broken);
  EXPECT_EQ(Sketch(Items("anti-revolutionaries")), "[anti-]/[rev]~[o]~[lu]~[tion]~[ar]~[ies]");
}

// By language, a capitalised word inside a sentence is a name in English, and in an English
// book's French passage, but in German every noun is capitalised, so a German book's nouns and
// an English book's German passage are hyphenated.
TEST_F(ParagraphItemsTest, ProperNounsByLanguageLeaveNamesWholeButNotGermanNouns) {
  ItemOptions by_language;
  by_language.proper_nouns = ProperNouns::kByLanguage;
  EXPECT_EQ(Sketch(Items("the Revolutionaries", by_language)), "[the]_[Revolutionaries]");
  EXPECT_EQ(Sketch(Items("the revolutionaries", by_language)),
            "[the]_[rev]~[o]~[lu]~[tion]~[ar]~[ies]");
  auto passage = [](const char* tag, const char* text) {
    model::Inline span = testing::Wrap(model::InlineKind::kLanguage, {testing::Text(text)});
    span.language = tag;
    return span;
  };
  by_language.hyphenate = true;
  auto sketch = [&](std::vector<model::Inline> inlines) {
    text_ = FlattenInlines(inlines, setter_->BodyStyler(), &setter_->styles());
    Result<ParagraphItems> items = builder_->Build(text_, by_language);
    EXPECT_TRUE(items.ok()) << (items.ok() ? "" : items.error().ToString());
    return items.ok() ? Sketch(*items) : std::string();
  };
  EXPECT_EQ(sketch({testing::Text("the "), passage("de", "die Silbentrennung")}),
            "[the]_[die]_[Sil]~[ben]~[tren]~[nung]");
  EXPECT_EQ(sketch({testing::Text("the "), passage("fr", "les Montagnards montagnards")}),
            "[the]_[les]_[Montagnards]_[mon]~[ta]~[gnards]");
}

TEST_F(ParagraphItemsTest, AGermanBookHyphenatesItsNounsByLanguage) {
  ParItemsBuilder("de");
  ItemOptions by_language;
  by_language.proper_nouns = ProperNouns::kByLanguage;
  EXPECT_EQ(Sketch(Items("die Silbentrennung", by_language)), "[die]_[Sil]~[ben]~[tren]~[nung]");
  // Left whole only when asked for every capitalised word.
  ItemOptions careful;
  careful.proper_nouns = ProperNouns::kLeaveWhole;
  EXPECT_EQ(Sketch(Items("die Silbentrennung", careful)), "[die]_[Silbentrennung]");
}

TEST_F(ParagraphItemsTest, AHyphenatedFragmentIsMeasuredByReshapingItWithItsHyphen) {
  ParagraphItems items = Items("official");  // "of-fi-cial": the fi ligature is split
  ASSERT_EQ(Sketch(items), "[of]~[fi]~[cial]");
  StyleId style = text_.spans[0].style;
  const Item& first_box = items.items[0];
  const Item& discretionary = items.items[1];
  EXPECT_NEAR(first_box.width + discretionary.width, setter_->WidthOf("of-", style), 1e-6);
  double boxes = 0;
  for (const Item& item : items.items) {
    if (item.type == ItemType::kBox) boxes += item.width;
  }
  EXPECT_NEAR(boxes, setter_->WidthOf("official", style), 1e-6);
}

TEST_F(ParagraphItemsTest, TheBoxWhereAnOriginalPageBeginsIsMarked) {
  // "first second third": an original page begins inside "second" (offset 8) and, on a space,
  // before "third" (offset 12, the box after it): those boxes carry the margin page number.
  ParItemsBuilder();
  text_ = Styled("first second third");
  text_.page_starts.push_back({8, model::PageStart{}});
  text_.page_starts.push_back({12, model::PageStart{}});
  Result<ParagraphItems> items = builder_->Build(text_, ItemOptions{});
  ASSERT_TRUE(items.ok()) << items.error().ToString();
  std::vector<std::string> marked;
  for (size_t index : items->margin_note_items) {
    const linebreak::Item& item = items->items[index];
    ASSERT_EQ(item.type, ItemType::kBox);
    const Fragment& fragment = items->fragments[static_cast<size_t>(item.tag)];
    marked.push_back(text_.text.substr(fragment.begin, fragment.end - fragment.begin));
  }
  EXPECT_EQ(marked, (std::vector<std::string>{"second", "third"}));
}

TEST_F(ParagraphItemsTest, ACharacterNoFontHasIsAnErrorAtItsPosition) {
  ParItemsBuilder();
  ItemOptions options;
  Result<ParagraphItems> items = builder_->Build(Styled("The \u4e2d word", 7, 3), options);
  ASSERT_FALSE(items.ok());
  EXPECT_EQ(items.error().where.ToString(), "test.md:7:7");
  EXPECT_THAT(items.error().message, HasSubstr("U+4E2D"));
  EXPECT_THAT(items.error().message, HasSubstr("EB Garamond"));
}

}  // namespace
}  // namespace galley::layout
