#include "render/render_png.h"

#include <cmath>
#include <memory>

#include "render/cairo_font_faces.h"
#include "render/frame_check.h"
#include "render/frame_painter.h"
#include "render/string_sink.h"

namespace galley::render {

namespace {

constexpr double kLargestImageSide = 32767;  // Cairo's image surface limit

struct SurfaceDestroyer {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDestroyer {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct FontOptionsDestroyer {
  void operator()(cairo_font_options_t* options) const { cairo_font_options_destroy(options); }
};

}  // namespace

Result<std::string> RenderPng(const frames::PageFrame& page, const frames::FontFaces& fonts,
                              double pixels_per_point) {
  double width = std::round(page.width * pixels_per_point);
  double height = std::round(page.height * pixels_per_point);
  if (!std::isfinite(pixels_per_point) || pixels_per_point <= 0 || !(width >= 1) ||
      !(height >= 1) || width > kLargestImageSide || height > kLargestImageSide) {
    return InternalError("cannot draw a " + std::to_string(page.width) + " x " +
                         std::to_string(page.height) + " point page at " +
                         std::to_string(pixels_per_point) +
                         " pixels per point: the image would be empty or over 32767 pixels");
  }
  GALLEY_RETURN_IF_ERROR(CheckPageFrame(page, 1, fonts));
  CairoFontFaces faces;
  std::unique_ptr<cairo_surface_t, SurfaceDestroyer> surface(cairo_image_surface_create(
      CAIRO_FORMAT_RGB24, static_cast<int>(width), static_cast<int>(height)));
  std::unique_ptr<cairo_t, ContextDestroyer> cr(cairo_create(surface.get()));
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());
  cairo_scale(cr.get(), pixels_per_point, pixels_per_point);

  // Outlines where layout put them: no hinting, no metric rounding; greyscale antialiasing so
  // the image looks the same on every screen.
  std::unique_ptr<cairo_font_options_t, FontOptionsDestroyer> font_options(
      cairo_font_options_create());
  cairo_font_options_set_hint_style(font_options.get(), CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(font_options.get(), CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(font_options.get(), CAIRO_ANTIALIAS_GRAY);
  cairo_set_font_options(cr.get(), font_options.get());

  FramePainter painter(cr.get(), fonts, faces, {.tagged = false, .annotations = false});
  GALLEY_RETURN_IF_ERROR(painter.Paint(page, 1, 0, 0));
  cr.reset();
  cairo_surface_flush(surface.get());

  std::string png;
  cairo_status_t status = cairo_surface_write_to_png_stream(surface.get(), AppendToString, &png);
  if (status != CAIRO_STATUS_SUCCESS) {
    return InternalError(std::string("Cairo failed writing the PNG: ") +
                         cairo_status_to_string(status));
  }
  return png;
}

}  // namespace galley::render
