#include "fonts/subsetter.h"

#include <hb-ot.h>
#include <hb-subset.h>

#include <memory>

namespace galley::fonts {

namespace {

// HarfBuzz objects released when the scope ends, whichever way it ends.
struct SubsetInputDeleter {
  void operator()(hb_subset_input_t* input) const { hb_subset_input_destroy(input); }
};
struct FaceDeleter {
  void operator()(hb_face_t* face) const { hb_face_destroy(face); }
};
struct BlobDeleter {
  void operator()(hb_blob_t* blob) const { hb_blob_destroy(blob); }
};

}  // namespace

const std::vector<hb_tag_t>& EmbeddedFeatures() {
  static const std::vector<hb_tag_t> features = {
      // Applied by default to horizontal Latin text (OpenType spec, "Registered features").
      HB_TAG('c', 'c', 'm', 'p'), HB_TAG('l', 'o', 'c', 'l'), HB_TAG('m', 'a', 'r', 'k'),
      HB_TAG('m', 'k', 'm', 'k'), HB_TAG('r', 'l', 'i', 'g'), HB_TAG('l', 'i', 'g', 'a'),
      HB_TAG('c', 'l', 'i', 'g'), HB_TAG('c', 'a', 'l', 't'), HB_TAG('k', 'e', 'r', 'n'),
      HB_TAG('r', 'c', 'l', 't'), HB_TAG('c', 'u', 'r', 's'), HB_TAG('d', 'i', 's', 't'),
      HB_TAG('r', 'v', 'r', 'n'),
      // Asked for by templates (shaping::FeatureSet).
      HB_TAG('s', 'm', 'c', 'p'), HB_TAG('c', '2', 's', 'c'), HB_TAG('o', 'n', 'u', 'm'),
      HB_TAG('l', 'n', 'u', 'm'), HB_TAG('p', 'n', 'u', 'm'), HB_TAG('t', 'n', 'u', 'm'),
  };
  return features;
}

Result<std::string> SubsetFont(const Font& font, const std::vector<char32_t>& code_points) {
  std::unique_ptr<hb_subset_input_t, SubsetInputDeleter> input(hb_subset_input_create_or_fail());
  if (input == nullptr) return InternalError("hb-subset could not allocate its input");

  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char32_t code_point : code_points) hb_set_add(unicodes, code_point);

  // The feature set starts as hb-subset's defaults; replace it with ours.
  hb_set_t* features = hb_subset_input_set(input.get(), HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
  hb_set_clear(features);
  for (hb_tag_t feature : EmbeddedFeatures()) hb_set_add(features, feature);

  // Name IDs 0–6 are kept by default. Add the licence description and URL (13, 14), so that
  // an embedded subset carries its OFL notice (OFL 1.1 condition 2) wherever it travels, and
  // the typographic family and style (16, 17), so that it names itself as the original does.
  hb_set_t* name_ids = hb_subset_input_set(input.get(), HB_SUBSET_SETS_NAME_ID);
  for (hb_ot_name_id_t id :
       {HB_OT_NAME_ID_LICENSE, HB_OT_NAME_ID_LICENSE_URL, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY,
        HB_OT_NAME_ID_TYPOGRAPHIC_SUBFAMILY}) {
    hb_set_add(name_ids, id);
  }

  std::unique_ptr<hb_face_t, FaceDeleter> subset(hb_subset_or_fail(font.hb_face(), input.get()));
  if (subset == nullptr) {
    return InternalError("hb-subset failed on " + font.path() + " (" +
                         std::to_string(code_points.size()) + " code points)");
  }
  std::unique_ptr<hb_blob_t, BlobDeleter> blob(hb_face_reference_blob(subset.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob.get(), &length);
  if (data == nullptr || length == 0) {
    return InternalError("hb-subset produced an empty font from " + font.path());
  }
  return std::string(data, length);
}

}  // namespace galley::fonts
