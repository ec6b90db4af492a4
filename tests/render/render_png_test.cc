#include "render/render_png.h"

#include <cairo.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "render_fixture.h"

namespace galley::render {
namespace {

using namespace galley::render::testing;

struct ReadState {
  const std::string* bytes;
  size_t offset = 0;
};

cairo_status_t ReadFromString(void* closure, unsigned char* data, unsigned int length) {
  auto* state = static_cast<ReadState*>(closure);
  if (state->offset + length > state->bytes->size()) return CAIRO_STATUS_READ_ERROR;
  std::copy_n(state->bytes->data() + state->offset, length, data);
  state->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

// The PNG decoded again: its size and how many pixels are darker than mid-grey.
struct Decoded {
  int width = 0, height = 0, dark_pixels = 0;
};

Decoded Decode(const std::string& png) {
  ReadState state{&png};
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(ReadFromString, &state);
  Decoded decoded;
  if (cairo_surface_status(image) == CAIRO_STATUS_SUCCESS) {
    decoded.width = cairo_image_surface_get_width(image);
    decoded.height = cairo_image_surface_get_height(image);
    const unsigned char* data = cairo_image_surface_get_data(image);
    int stride = cairo_image_surface_get_stride(image);
    for (int y = 0; y < decoded.height; ++y) {
      const auto* row = reinterpret_cast<const uint32_t*>(data + y * stride);
      for (int x = 0; x < decoded.width; ++x) {
        if ((row[x] & 0xFF) < 128) ++decoded.dark_pixels;  // blue channel of xRGB
      }
    }
  }
  cairo_surface_destroy(image);
  return decoded;
}

frames::PageFrame Cover() {
  return Page({Text("Kronstadt 21", 40, 200, 36), Text("Victor Serge", 40, 260, 18),
               Rule(40, 300, 380, 300, 2)});
}

TEST(RenderPngTest, ImageHasThePageSizeTimesThePixelsPerPoint) {
  Result<std::string> png = RenderPng(Cover(), TestFaces(), 2.0);
  ASSERT_TRUE(png.ok()) << png.error().ToString();
  EXPECT_EQ(png->substr(1, 3), "PNG");
  Decoded image = Decode(*png);
  EXPECT_EQ(image.width, 839);    // 419.528 × 2, rounded
  EXPECT_EQ(image.height, 1191);  // 595.276 × 2, rounded
}

TEST(RenderPngTest, TextAndRulesAreDrawnOnWhite) {
  Decoded cover = Decode(*RenderPng(Cover(), TestFaces(), 1.0));
  Decoded blank = Decode(*RenderPng(Page({}), TestFaces(), 1.0));
  EXPECT_EQ(blank.dark_pixels, 0);
  // The rule alone is 340 × 2 points; the title's letters add far more.
  EXPECT_GT(cover.dark_pixels, 680 + 500);
}

TEST(RenderPngTest, SameFrameGivesTheSameBytes) {
  EXPECT_EQ(*RenderPng(Cover(), TestFaces(), 1.5), *RenderPng(Cover(), TestFaces(), 1.5));
}

TEST(RenderPngTest, IgnoresStructureLinksAndDestinations) {
  frames::PageFrame page = Page({Begin("P"), Text("words", 40, 100), Link("elsewhere", 0, 0, 5, 5),
                                 Destination("here", 0, 0), End("P")});
  Result<std::string> png = RenderPng(page, TestFaces(), 1.0);
  ASSERT_TRUE(png.ok()) << png.error().ToString();
  EXPECT_GT(Decode(*png).dark_pixels, 0);
}

TEST(RenderPngTest, RefusesSizesCairoCannotDraw) {
  EXPECT_FALSE(RenderPng(Cover(), TestFaces(), 0).ok());
  EXPECT_FALSE(RenderPng(Cover(), TestFaces(), -1).ok());
  EXPECT_FALSE(RenderPng(Cover(), TestFaces(), 100).ok());  // 41953 pixels wide
}

}  // namespace
}  // namespace galley::render
