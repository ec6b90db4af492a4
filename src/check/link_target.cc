#include "check/link_target.h"

#include <vector>

namespace galley::check {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
bool HasScheme(std::string_view href) {
  for (size_t i = 0; i < href.size(); ++i) {
    char c = href[i];
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == ':') return i > 0;
    if (i == 0 && !alpha) return false;
    if (!alpha && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

// Joins `directory` and a relative `path`, removing "." and ".." segments (RFC 3986 §5.2.4).
std::string JoinPath(std::string_view directory, std::string_view path, bool* escapes_root) {
  std::vector<std::string> segments;
  std::string joined = std::string(directory) + std::string(path);
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    std::string segment = joined.substr(start, slash - start);
    if (segment == "..") {
      if (segments.empty()) {
        *escapes_root = true;
      } else {
        segments.pop_back();
      }
    } else if (segment != "." && !segment.empty()) {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& segment : segments) {
    if (!out.empty()) out += '/';
    out += segment;
  }
  return out;
}

}  // namespace

std::string PercentDecode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
        HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string DirectoryOf(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash + 1));
}

LinkTarget ResolveLink(std::string_view from, std::string_view href) {
  LinkTarget target;
  if (HasScheme(href)) {
    target.external = true;
    return target;
  }
  size_t hash = href.find('#');
  if (hash != std::string_view::npos) target.fragment = PercentDecode(href.substr(hash + 1));
  std::string_view path = href.substr(0, hash);
  path = path.substr(0, path.find('?'));
  if (path.empty()) {
    target.path = std::string(from);
    return target;
  }
  if (path.front() == '/') {
    // An absolute path has no meaning inside the container; treat it as climbing out.
    target.escapes_root = true;
    target.path = JoinPath("", PercentDecode(path), &target.escapes_root);
    return target;
  }
  target.path = JoinPath(DirectoryOf(from), PercentDecode(path), &target.escapes_root);
  return target;
}

}  // namespace galley::check
