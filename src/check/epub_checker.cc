#include "check/epub_checker.h"

#include "check/checks.h"
#include "check/epub_archive.h"
#include "check/package.h"

namespace galley::check {

const std::vector<Check>& AllChecks() {
  static const std::vector<Check> checks = {
      {"container", "mimetype first, stored, exact, no extra field; container.xml names the OPF",
       CheckContainer},
      {"manifest", "every manifest item is in the ZIP and every file in the manifest, once",
       CheckManifest},
      {"media-types", "each item's media type fits its name and its bytes", CheckMediaTypes},
      {"spine", "spine items exist, are content documents, and non-linear ones are linked",
       CheckSpine},
      {"links", "every href/src/url() and fragment in XHTML, nav, NCX, CSS resolves", CheckLinks},
      {"ids", "ids are unique within each document", CheckIds},
      {"page-list", "page-list targets are page breaks with unique ids, in reading order",
       CheckPageList},
      {"language", "dc:language is set and every document's lang agrees with it", CheckLanguage},
      {"accessibility", "accessibility claims match the content (page-list, alt text)",
       CheckAccessibilityClaims},
      {"metadata", "title, identifier, language, modified present and well-formed", CheckMetadata},
  };
  return checks;
}

Result<CheckReport> CheckEpubBytes(std::string bytes, const std::string& name) {
  Result<EpubArchive> archive = EpubArchive::Open(std::move(bytes), name);
  if (!archive.ok()) return archive.take_error();
  CheckReport report;
  std::unique_ptr<Package> package = LoadPackage(std::move(*archive), &report.findings);
  for (const Check& check : AllChecks()) {
    Reporter reporter(check.name, name, &report.findings);
    check.run(*package, &reporter);
  }
  return report;
}

Result<CheckReport> CheckEpubFile(const FileSystem& fs, const std::string& path) {
  Result<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) return bytes.take_error();
  return CheckEpubBytes(std::move(*bytes), path);
}

}  // namespace galley::check
