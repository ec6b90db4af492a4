#include "proof/epub_text.h"

#include <pugixml.hpp>

#include "base/utf8.h"
#include "check/xml_file.h"

namespace galley::proof {

namespace {

// Block-level elements of HTML (WHATWG HTML §3.2.5.2.1, flow content that is not phrasing):
// text in one of them never runs on into text in another.
constexpr std::string_view kBlockElements[] = {
    "address", "article", "aside",  "blockquote", "caption", "dd",      "details", "dialog",
    "div",     "dl",      "dt",     "fieldset",   "figcaption", "figure", "footer", "form",
    "h1",      "h2",      "h3",     "h4",         "h5",      "h6",      "header",  "hgroup",
    "hr",      "li",      "main",   "nav",        "ol",      "p",       "pre",     "section",
    "summary", "table",   "tbody",  "td",         "tfoot",   "th",      "thead",   "tr",
    "ul"};

enum Style : unsigned { kItalic = 1, kBold = 2, kSmallCaps = 4 };

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsBlock(std::string_view name) {
  for (std::string_view block : kBlockElements) {
    if (name == block) return true;
  }
  return false;
}

int HeadingLevel(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return name[1] - '0';
  return 0;
}

bool HasEpubType(pugi::xml_node element, std::string_view type) {
  return check::HasToken(
      check::NamespacedAttribute(element, check::kOpsNamespace, "type").value(), type);
}

bool HasRole(pugi::xml_node element, std::string_view role) {
  return check::HasToken(element.attribute("role").value(), role);
}

unsigned StyleOf(pugi::xml_node element, std::string_view name) {
  if (name == "em" || name == "i" || name == "cite" || name == "dfn" || name == "var") {
    return kItalic;
  }
  if (name == "strong" || name == "b") return kBold;
  std::string_view classes = element.attribute("class").value();
  if (check::HasToken(classes, "small-caps") || check::HasToken(classes, "lead-in")) {
    return kSmallCaps;
  }
  return 0;
}

// The markers that open a style, outermost first; CloseMarkers closes them in reverse.
std::string OpenMarkers(unsigned style) {
  std::string out;
  if (style & kSmallCaps) out += "<sc>";
  if (style & kBold) out += "**";
  if (style & kItalic) out += "*";
  return out;
}

std::string CloseMarkers(unsigned style) {
  std::string out;
  if (style & kItalic) out += "*";
  if (style & kBold) out += "**";
  if (style & kSmallCaps) out += "</sc>";
  return out;
}

// A page marker's label: aria-label as Galley writes it, else title, else its id's "page-…".
std::string PageLabel(pugi::xml_node marker) {
  for (const char* attribute : {"aria-label", "title"}) {
    if (std::string_view label = marker.attribute(attribute).value(); !label.empty()) {
      return std::string(label);
    }
  }
  std::string_view id = marker.attribute("id").value();
  if (id.starts_with("page-")) id.remove_prefix(5);
  return std::string(id);
}

class TextReader {
 public:
  explicit TextReader(const std::string& first_page) {
    text_.pages.push_back(first_page);
    text_.sections.emplace_back();
  }

  DocumentText Read(pugi::xml_node root) {
    pugi::xml_node node = root.first_child();
    while (node) {
      bool descend = Enter(node);
      if (descend && node.first_child()) {
        node = node.first_child();
        continue;
      }
      for (;;) {
        Leave(node);
        if (node.next_sibling()) {
          node = node.next_sibling();
          break;
        }
        node = node.parent();
        if (node == root) {
          node = {};
          break;
        }
      }
    }
    FinishWord();
    return std::move(text_);
  }

 private:
  struct Frame {
    unsigned style = 0;
    int quote_depth = 0;
    std::string opener;  // the block's start token; "" outside any block
  };

  const Frame& Top() const { return frames_.empty() ? outside_ : frames_.back(); }

  // Returns whether to read the node's children.
  bool Enter(pugi::xml_node node) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      AddText(node.value());
      return false;
    }
    if (node.type() != pugi::node_element) return false;
    std::string_view name = check::LocalName(node.name());
    Frame frame = Top();
    frame.style |= StyleOf(node, name);
    frames_.push_back(frame);
    if (name == "script" || name == "style") return false;
    if (HasEpubType(node, "pagebreak") || HasRole(node, "doc-pagebreak")) {
      PageMarker(node);
      return false;
    }
    if (HasEpubType(node, "noteref") || HasRole(node, "doc-noteref")) {
      pending_ += "[^" + check::CollapsedText(node) + "]";
      return false;
    }
    if (HasRole(node, "doc-backlink") || HasEpubType(node, "backlink")) {
      Token("[^" + check::CollapsedText(node) + "]:", false);
      return false;
    }
    if (IsBlock(name)) EnterBlock(node, name);
    if (name == "br") Token("<br/>", false);
    if (name == "hr") Token("* * *", false);
    if (name == "img") Token("![" + std::string(node.attribute("alt").value()) + "]", false);
    return true;
  }

  void Leave(pugi::xml_node node) {
    if (node.type() != pugi::node_element) return;
    bool block = IsBlock(check::LocalName(node.name()));
    if (block) FinishWord();  // while the block's frame still gives its opener
    frames_.pop_back();
    // Text after a nested block continues the enclosing one: a new start, if anything follows.
    if (block) opener_pending_ = !Top().opener.empty();
  }

  void EnterBlock(pugi::xml_node node, std::string_view name) {
    FinishWord();
    Frame& frame = frames_.back();
    if (name == "blockquote") ++frame.quote_depth;
    std::string opener;
    for (int i = 0; i < frame.quote_depth; ++i) opener += "> ";
    if (int level = HeadingLevel(name)) {
      opener += std::string(static_cast<size_t>(level), '#');
      text_.sections.push_back(check::CollapsedText(node));
      section_ = static_cast<uint32_t>(text_.sections.size() - 1);
    } else if (name == "li") {
      opener += check::LocalName(node.parent().name()) == "ol" ? "1." : "-";
    } else {
      opener += "¶";
    }
    frame.opener = std::move(opener);
    opener_pending_ = true;
  }

  void PageMarker(pugi::xml_node marker) {
    FinishWord();
    std::string label = PageLabel(marker);
    text_.pages.push_back(label);
    page_ = static_cast<uint32_t>(text_.pages.size() - 1);
    // A marker stands before the block it opens, so it does not start the block itself.
    Emit("<pb n=\"" + label + "\"/>");
  }

  void AddText(std::string_view text) {
    unsigned style = Top().style;
    for (char c : text) {
      if (IsXmlSpace(c)) {
        FinishWord();
        continue;
      }
      if (pending_.empty() || style != pending_style_) {
        pending_ += CloseMarkers(pending_style_) + OpenMarkers(style);
        pending_style_ = style;
      }
      pending_ += c;
      has_text_ = true;
    }
  }

  void FinishWord() {
    if (pending_.empty()) return;
    std::string word = std::move(pending_) + CloseMarkers(pending_style_);
    pending_.clear();
    pending_style_ = 0;
    Token(std::move(word), has_text_);
    has_text_ = false;
  }

  // A token of the block's content: ends the pending word, and starts the block first if it
  // has not started yet.
  void Token(std::string token, bool is_text) {
    FinishWord();
    if (opener_pending_) {
      opener_pending_ = false;
      ++paragraph_;
      Emit(Top().opener);
    }
    if (is_text) ++text_.text_words;
    Emit(std::move(token));
  }

  void Emit(std::string token) {
    text_.words.push_back(Word{std::move(token), {}, {}});
    text_.places.push_back(TextPlace{paragraph_, page_, section_});
  }

  DocumentText text_;
  std::vector<Frame> frames_;
  Frame outside_;
  std::string pending_;  // the word being read, style markers included
  unsigned pending_style_ = 0;
  bool has_text_ = false;  // the pending word has text (not only a note reference)
  bool opener_pending_ = false;
  uint32_t paragraph_ = 0, page_ = 0, section_ = 0;
};

pugi::xml_node BodyOf(const pugi::xml_document& doc) {
  pugi::xml_node root = doc.document_element();
  for (pugi::xml_node child : root.children()) {
    if (check::LocalName(child.name()) == "body") return child;
  }
  return root;
}

}  // namespace

Result<DocumentText> ReadDocumentText(std::string_view xhtml, const std::string& path,
                                      const std::string& first_page) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(xhtml.data(), xhtml.size(), pugi::parse_default | pugi::parse_ws_pcdata,
                      pugi::encoding_utf8);
  if (!parsed) {
    return InputError({path, PositionOfOffset(xhtml, static_cast<size_t>(parsed.offset))},
                      std::string("not well-formed XML: ") + parsed.description());
  }
  return TextReader(first_page).Read(BodyOf(doc));
}

}  // namespace galley::proof
