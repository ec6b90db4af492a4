// Language (EPUB 3.3 §5.5.3.3 dc:language; HTML "The lang and xml:lang attributes"): the
// package names the book's language as a BCP 47 tag, and every XHTML document says it is in
// that language, so reading systems pick the right voice, hyphenation and quotes.
#include <vector>

#include "check/checks.h"

namespace galley::check {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(char c) { return IsAlpha(c) || (c >= '0' && c <= '9'); }

// The shape of a BCP 47 tag (RFC 5646 §2.1): a 2–3 letter primary language (or x-/i-) and
// subtags of 1–8 letters or digits. Not a registry lookup: "en-US", "fr", "x-klingon" pass.
bool LooksLikeLanguageTag(std::string_view tag) {
  size_t first = tag.find('-');
  std::string_view primary = tag.substr(0, first);
  bool primary_ok = primary == "x" || primary == "i" ||
                    ((primary.size() == 2 || primary.size() == 3) && IsAlpha(primary[0]) &&
                     IsAlpha(primary[1]) && (primary.size() == 2 || IsAlpha(primary[2])));
  if (!primary_ok) return false;
  if (first == std::string_view::npos) return primary != "x" && primary != "i";
  std::string_view rest = tag.substr(first + 1);
  while (true) {
    size_t dash = rest.find('-');
    std::string_view subtag = rest.substr(0, dash);
    if (subtag.empty() || subtag.size() > 8) return false;
    for (char c : subtag) {
      if (!IsAlnum(c)) return false;
    }
    if (dash == std::string_view::npos) return true;
    rest = rest.substr(dash + 1);
  }
}

bool EqualIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

void CheckDocument(const XmlFile& file, const std::vector<std::string>& languages,
                   Reporter* reporter) {
  pugi::xml_node html = file.doc.document_element();
  pugi::xml_attribute lang = html.attribute("lang");
  pugi::xml_attribute xml_lang = html.attribute("xml:lang");
  if (!lang && !xml_lang) {
    ReportAt(reporter, file, html, "<html> has no lang or xml:lang",
             "set xml:lang and lang to the book's dc:language");
    return;
  }
  if (lang && xml_lang && !EqualIgnoringCase(lang.value(), xml_lang.value())) {
    ReportAt(reporter, file, html,
             "lang=\"" + std::string(lang.value()) + "\" and xml:lang=\"" + xml_lang.value() +
                 "\" differ");
  }
  std::string_view value = xml_lang ? xml_lang.value() : lang.value();
  for (const std::string& language : languages) {
    if (EqualIgnoringCase(language, value)) return;
  }
  if (!languages.empty()) {
    ReportAt(reporter, file, html,
             "document language \"" + std::string(value) + "\" is not the book's dc:language \"" +
                 languages.front() + "\"");
  }
}

}  // namespace

void CheckLanguage(const Package& package, Reporter* reporter) {
  if (package.opf == nullptr) return;
  std::vector<std::string> languages;
  for (const MetadataEntry* entry : package.Meta("dc:language")) {
    if (!LooksLikeLanguageTag(entry->value)) {
      ReportAt(reporter, *package.opf, entry->node,
               "dc:language \"" + entry->value + "\" is not a BCP 47 language tag",
               "e.g. en-US, en-GB, fr");
    }
    languages.push_back(entry->value);
  }
  if (languages.empty()) {
    ReportAt(reporter, *package.opf, package.MetadataElement(), "the package has no dc:language");
  }
  for (const XmlFile* file : package.XhtmlDocuments()) CheckDocument(*file, languages, reporter);
}

}  // namespace galley::check
