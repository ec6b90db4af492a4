// The manifest (EPUB 3.3 §5.6.3): it lists every publication resource exactly once, and every
// resource it lists is in the container. (Unique item ids are the ids check's business.)
#include <set>

#include "check/checks.h"

namespace galley::check {
namespace {

// Files of the container that are not publication resources and so are never in the manifest.
bool IsContainerFile(const Package& package, const ArchiveEntry& entry) {
  return entry.directory || entry.name == "mimetype" || entry.name.starts_with("META-INF/") ||
         entry.name == package.opf_path;
}

void CheckItems(const Package& package, Reporter* reporter) {
  const XmlFile& opf = *package.opf;
  std::set<std::string> paths;
  for (const ManifestItem& item : package.manifest) {
    if (item.id.empty() || item.href.empty() || item.media_type.empty()) {
      ReportAt(reporter, opf, item.node, "manifest item needs id, href and media-type");
      continue;
    }
    if (!paths.insert(item.path).second) {
      ReportAt(reporter, opf, item.node, "manifest lists " + item.path + " twice");
    }
    LinkTarget target = ResolveLink(package.opf_path, item.href);
    if (target.external) continue;  // a remote resource: allowed for audio, video, fonts
    if (target.escapes_root) {
      ReportAt(reporter, opf, item.node, "href \"" + item.href + "\" leaves the container");
    } else if (!package.archive.Contains(item.path)) {
      ReportAt(reporter, opf, item.node,
               "manifest item \"" + item.id + "\" names " + item.path +
                   ", which is not in the container",
               "add the file or remove the item");
    }
  }
}

void CheckUnlistedFiles(const Package& package, Reporter* reporter) {
  for (const ArchiveEntry& entry : package.archive.entries()) {
    if (IsContainerFile(package, entry) || package.ItemByPath(entry.name) != nullptr) continue;
    reporter->Report(entry.name, nullptr, -1, "file is in the container but not in the manifest",
                     "list it in the OPF manifest or leave it out of the EPUB");
  }
}

// Exactly one navigation document (EPUB 3.3 §5.6.4, "nav" property); at most one cover image.
void CheckItemProperties(const Package& package, Reporter* reporter) {
  const XmlFile& opf = *package.opf;
  int navs = 0;
  int covers = 0;
  for (const ManifestItem& item : package.manifest) {
    if (item.HasProperty("nav")) {
      ++navs;
      if (navs == 2) ReportAt(reporter, opf, item.node, "a second item has properties=\"nav\"");
      if (item.media_type != "application/xhtml+xml") {
        ReportAt(reporter, opf, item.node, "the nav document must be application/xhtml+xml");
      }
    }
    if (item.HasProperty("cover-image") && ++covers == 2) {
      ReportAt(reporter, opf, item.node, "a second item has properties=\"cover-image\"");
    }
  }
  if (navs == 0) {
    ReportAt(reporter, opf,
             package.manifest_node ? package.manifest_node : opf.doc.document_element(),
             "no manifest item has properties=\"nav\"",
             "an EPUB 3 package needs exactly one navigation document");
  }
}

}  // namespace

void CheckManifest(const Package& package, Reporter* reporter) {
  if (package.opf == nullptr) return;  // reported by the container check
  CheckItems(package, reporter);
  CheckUnlistedFiles(package, reporter);
  CheckItemProperties(package, reporter);
}

}  // namespace galley::check
