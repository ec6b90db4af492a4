// Language, accessibility claims and package metadata, each rule broken alone.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check/test_epub.h"

namespace galley::check::testing {
namespace {

constexpr const char* kOpf = "EPUB/package.opf";

TEST(LanguageCheckTest, DocumentsMustBeInTheBooksLanguage) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch2.xhtml", R"(xml:lang="en-US" lang="en-US")",
               R"(xml:lang="fr" lang="fr")");
  EXPECT_ONE_FINDING(epub, "language", "\"fr\" is not the book's dc:language \"en-US\"");
}

TEST(LanguageCheckTest, LangAndXmlLangMustAgree) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch2.xhtml", R"(xml:lang="en-US" lang="en-US")",
               R"(xml:lang="en-US" lang="en-GB")");
  EXPECT_ONE_FINDING(epub, "language", "differ");
}

TEST(LanguageCheckTest, DocumentsMustDeclareALanguage) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch2.xhtml", R"( xml:lang="en-US" lang="en-US")", "");
  EXPECT_ONE_FINDING(epub, "language", "no lang or xml:lang");
}

TEST(LanguageCheckTest, CaseDoesNotMatterInLanguageTags) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch2.xhtml", R"(xml:lang="en-US" lang="en-US")",
               R"(xml:lang="en-us" lang="EN-us")");
  EXPECT_NO_FINDINGS(epub);
}

TEST(LanguageCheckTest, DcLanguageMustBeATag) {
  TestEpub epub;
  epub.Replace(kOpf, "<dc:language>en-US</dc:language>", "<dc:language>English</dc:language>");
  std::vector<Finding> findings = FindingsOf(epub);
  ASSERT_FALSE(findings.empty());
  EXPECT_THAT(findings[0].error.message, ::testing::HasSubstr("not a BCP 47 language tag"));
}

TEST(LanguageCheckTest, DcLanguageMustExist) {
  TestEpub epub;
  epub.Replace(kOpf, "<dc:language>en-US</dc:language>", "");
  std::vector<Finding> findings = FindingsOf(epub);
  ASSERT_EQ(findings.size(), 1u) << Describe(findings);
  EXPECT_THAT(findings[0].error.message, ::testing::HasSubstr("no dc:language"));
}

TEST(AccessibilityCheckTest, APageListMustBeClaimed) {
  TestEpub epub;
  epub.Replace(kOpf, R"(<meta property="schema:accessibilityFeature">pageBreakMarkers</meta>)", "");
  EXPECT_ONE_FINDING(epub, "accessibility", "no schema:accessibilityFeature claims it");
}

TEST(AccessibilityCheckTest, PageNavigationAlsoCountsAsTheClaim) {
  TestEpub epub;
  epub.Replace(kOpf, ">pageBreakMarkers<", ">pageNavigation<");
  EXPECT_NO_FINDINGS(epub);
}

TEST(AccessibilityCheckTest, TheDeprecatedPrintPageNumbersStillCounts) {
  TestEpub epub;  // a book made before schema.org renamed the term
  epub.Replace(kOpf, ">pageBreakMarkers<", ">printPageNumbers<");
  EXPECT_NO_FINDINGS(epub);
}

TEST(AccessibilityCheckTest, PageNumbersMustNotBeClaimedWithoutAPageList) {
  TestEpub epub;  // a book without print pages: no markers, no lists, but the claim stays
  std::string& nav = epub.File("EPUB/nav.xhtml");
  nav.erase(nav.find("<nav epub:type=\"page-list\""),
            nav.find("<nav epub:type=\"landmarks\"") - nav.find("<nav epub:type=\"page-list\""));
  std::string& ncx = epub.File("EPUB/toc.ncx");
  ncx.erase(ncx.find("  <pageList>"), ncx.find("</ncx>") - ncx.find("  <pageList>"));
  epub.Replace("EPUB/text/ch1.xhtml", R"(epub:type="pagebreak" role="doc-pagebreak" )", "");
  epub.Replace("EPUB/text/ch2.xhtml", R"(epub:type="pagebreak" role="doc-pagebreak" )", "");
  EXPECT_ONE_FINDING(epub, "accessibility",
                     "pageBreakMarkers is claimed but the nav has no page-list");
}

TEST(AccessibilityCheckTest, AlternativeTextNeedsAltOnEveryImage) {
  TestEpub epub;
  epub.Replace("EPUB/text/cover.xhtml", R"(alt="A Test Book, by Ann Author")", R"(alt=" ")");
  EXPECT_ONE_FINDING(epub, "accessibility", "img has no alt text");
}

TEST(AccessibilityCheckTest, APageListMustNameItsSource) {
  TestEpub epub;
  epub.Replace(kOpf, R"(<meta refines="#source" property="source-of">pagination</meta>)", "");
  EXPECT_ONE_FINDING(epub, "accessibility", "does not say which edition its pages come from");
}

TEST(AccessibilityCheckTest, PageBreakSourceNamesTheSource) {
  TestEpub epub;
  epub.Replace(kOpf, R"(<meta refines="#source" property="source-of">pagination</meta>)",
               R"(<meta property="pageBreakSource">The Printed Edition, 1961</meta>)");
  EXPECT_NO_FINDINGS(epub);
}

TEST(AccessibilityCheckTest, ThePrefixedFormIsNotEnough) {
  TestEpub epub;  // Ace 1.4.6 reads neither a11y:pageBreakSource nor an unrefined dc:source
  epub.Replace(kOpf, R"(<meta refines="#source" property="source-of">pagination</meta>)",
               R"(<meta property="a11y:pageBreakSource">The Printed Edition, 1961</meta>)");
  EXPECT_ONE_FINDING(epub, "accessibility", "does not say which edition its pages come from");
}

TEST(MetadataCheckTest, ModifiedMustBeAWellFormedDate) {
  TestEpub epub;
  epub.Replace(kOpf, "2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z");  // not a leap year
  EXPECT_ONE_FINDING(epub, "metadata", "not a date CCYY-MM-DDThh:mm:ssZ");
}

TEST(MetadataCheckTest, ModifiedMustBeInUtcWithSeconds) {
  TestEpub epub;
  epub.Replace(kOpf, "2024-02-29T12:00:00Z", "2024-02-29T12:00");
  EXPECT_ONE_FINDING(epub, "metadata", "not a date");
}

TEST(MetadataCheckTest, ModifiedMustExist) {
  TestEpub epub;
  epub.Replace(kOpf, R"(<meta property="dcterms:modified">2024-02-29T12:00:00Z</meta>)", "");
  EXPECT_ONE_FINDING(epub, "metadata", "no dcterms:modified");
}

TEST(MetadataCheckTest, UniqueIdentifierMustResolve) {
  TestEpub epub;
  epub.Replace(kOpf, R"(unique-identifier="uid")", R"(unique-identifier="bookid")");
  EXPECT_ONE_FINDING(epub, "metadata", "unique-identifier=\"bookid\" names no dc:identifier");
}

TEST(MetadataCheckTest, VersionMustBe3) {
  TestEpub epub;
  epub.Replace(kOpf, R"(version="3.0")", R"(version="2.0")");
  EXPECT_ONE_FINDING(epub, "metadata", "not \"3.0\"");
}

TEST(MetadataCheckTest, ValuesMustNotBeEmpty) {
  TestEpub epub;
  epub.Replace(kOpf, "<dc:title>A Test Book</dc:title>", "<dc:title> </dc:title>");
  EXPECT_ONE_FINDING(epub, "metadata", "dc:title is empty");
}

TEST(MetadataCheckTest, RefinesMustNameAnElement) {
  TestEpub epub;
  epub.Replace(kOpf, R"(refines="#creator")", R"(refines="#author")");
  EXPECT_ONE_FINDING(epub, "metadata", "refines=\"#author\"");
}

}  // namespace
}  // namespace galley::check::testing
