#include "render/pdf_document_info.h"

#include <gtest/gtest.h>

namespace galley::render {
namespace {

TEST(PdfDocumentInfoTest, AcceptsTheIso8601FormsCairoReads) {
  EXPECT_TRUE(IsPdfMetadataDate("2026-11-25T00:00:00Z"));
  EXPECT_TRUE(IsPdfMetadataDate("2026-11-25T00:00:00"));
  EXPECT_TRUE(IsPdfMetadataDate("2026-11-25T10:30:00+01:00"));
  EXPECT_TRUE(IsPdfMetadataDate("2026-11-25T10:30:00-05:00"));
}

TEST(PdfDocumentInfoTest, RefusesOtherForms) {
  EXPECT_FALSE(IsPdfMetadataDate(""));
  EXPECT_FALSE(IsPdfMetadataDate("2026-11-25"));            // Cairo would drop the time silently
  EXPECT_FALSE(IsPdfMetadataDate("2026-11-25 00:00:00Z"));  // space instead of T
  EXPECT_FALSE(IsPdfMetadataDate("2026-11-25T00:00:00.123Z"));
  EXPECT_FALSE(IsPdfMetadataDate("2026-11-25T00:00:00+0100"));
  EXPECT_FALSE(IsPdfMetadataDate("25/11/2026"));
}

}  // namespace
}  // namespace galley::render
