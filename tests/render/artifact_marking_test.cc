// Marking unmarked content as artifacts, on content streams written by hand in Cairo's form.
#include "render/artifact_marking.h"

#include <gtest/gtest.h>

#include "render/pdf_flate.h"

namespace galley::render {
namespace {

std::string Marked(const std::string& content, int expected_artifacts) {
  Result<MarkedContent> marked = MarkUnmarkedContentAsArtifacts(content);
  EXPECT_TRUE(marked.ok()) << marked.error().ToString();
  if (!marked.ok()) return "";
  EXPECT_EQ(marked->artifacts, expected_artifacts) << content;
  return marked->content;
}

TEST(ArtifactMarkingTest, TextOutsideEveryElementBecomesAnArtifact) {
  // A paragraph (an element's marked content) and a folio drawn after it, unmarked.
  std::string content =
      "q\n/P << /MCID 0 >> BDC\nBT\n10 0 0 -10 51 61 Tm\n/f-0-0 1 Tf\n[(text)]TJ\nET\nEMC\n"
      "BT\n9 0 0 -9 200 568 Tm\n(- 3 -)Tj\nET\nQ\n";
  EXPECT_EQ(Marked(content, 1),
            "q\n/P << /MCID 0 >> BDC\nBT\n10 0 0 -10 51 61 Tm\n/f-0-0 1 Tf\n[(text)]TJ\nET\nEMC\n"
            "/Artifact BMC\nBT\n9 0 0 -9 200 568 Tm\n(- 3 -)Tj\nET\nEMC\nQ\n");
}

TEST(ArtifactMarkingTest, PathsAreWrappedFromTheirFirstOperandToTheirPaintingOperator) {
  // Crop marks: two stroked lines, each one path object; the state before them stays outside.
  std::string content = "q\n0.25 w\n0 0 0 RG\n10 20 m\n10 30 l\nS\n40 20 m 50 20 l S\nQ\n";
  EXPECT_EQ(Marked(content, 2),
            "q\n0.25 w\n0 0 0 RG\n/Artifact BMC\n10 20 m\n10 30 l\nS\nEMC\n"
            "/Artifact BMC\n40 20 m 50 20 l S\nEMC\nQ\n");
}

TEST(ArtifactMarkingTest, ContentOfAnElementIsLeftAlone) {
  // Inside a structure element, nested sequences without /MCID (Cairo's /ActualText for a
  // ligature) and a rule drawn inside the element are the element's, not artifacts.
  std::string content =
      "/P << /MCID 3 >> BDC\nBT\n/Span << /ActualText (fi) >> BDC\n(\\(ET\\) fi)Tj\nEMC\nET\n"
      "1 2 3 4 re f\nEMC\n";
  EXPECT_EQ(Marked(content, 0), content);
}

TEST(ArtifactMarkingTest, AnUnmarkedLigatureSequenceIsWrappedWithItsTextObject) {
  // A folio whose glyphs Cairo wraps in /ActualText: the text object is the artifact, the
  // sequence without /MCID stays inside it.
  std::string content = "BT\n/Span << /ActualText <FEFF0066> >> BDC\n(f)Tj\nEMC\nET\n";
  EXPECT_EQ(Marked(content, 1), "/Artifact BMC\n" + content.substr(0, content.size() - 1) +
                                    "\nEMC\n");
}

TEST(ArtifactMarkingTest, XObjectsAndStringsWithOperatorsInThem) {
  std::string content = "q\n1 0 0 1 0 0 cm\n/x5 Do\nQ\nBT\n(BT) Tj [(ET)-20(EMC)] TJ\nET\n";
  EXPECT_EQ(Marked(content, 2),
            "q\n1 0 0 1 0 0 cm\n/Artifact BMC\n/x5 Do\nEMC\nQ\n"
            "/Artifact BMC\nBT\n(BT) Tj [(ET)-20(EMC)] TJ\nET\nEMC\n");
}

TEST(ArtifactMarkingTest, BrokenContentIsAnError) {
  EXPECT_FALSE(MarkUnmarkedContentAsArtifacts("BT (never closed Tj ET").ok());
  EXPECT_FALSE(MarkUnmarkedContentAsArtifacts("/P << /MCID 0 >> BDC EMC EMC").ok());
  EXPECT_FALSE(MarkUnmarkedContentAsArtifacts("[1 2 3 TJ").ok());
}

TEST(PdfFlateTest, RoundTripsAndRefusesWhatIsNotZlib) {
  std::string content = "BT\n(" + std::string(5000, 'x') + ")Tj\nET\n";
  std::string encoded = FlateEncode(content);
  EXPECT_LT(encoded.size(), content.size());
  Result<std::string> decoded = FlateDecode(encoded);
  ASSERT_TRUE(decoded.ok()) << decoded.error().ToString();
  EXPECT_EQ(*decoded, content);
  EXPECT_FALSE(FlateDecode("not zlib at all").ok());
  EXPECT_FALSE(FlateDecode(encoded.substr(0, encoded.size() / 2)).ok());  // cut short
  EXPECT_FALSE(FlateDecode(encoded, 100).ok());  // inflates past the limit
}

}  // namespace
}  // namespace galley::render
