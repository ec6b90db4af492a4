#include "model/json_dump.h"

#include <gtest/gtest.h>

namespace galley::model {
namespace {

Inline Text(std::string text, SourceRange range) {
  Inline piece;
  piece.text = std::move(text);
  piece.range = range;
  return piece;
}

Document SmallDocument() {
  Document document;
  document.source_path = "a.md";
  document.metadata.title = "T";
  document.metadata.creators.push_back({"A", "", "aut"});
  document.metadata.language = "en";
  document.metadata.positions["title"] = {2, 8};
  Block paragraph;
  paragraph.range = {{6, 1}, {6, 9}};
  paragraph.inlines.push_back(Text("Hi ", {{6, 1}, {6, 4}}));
  Inline emphasis;
  emphasis.kind = InlineKind::kEmphasis;
  emphasis.range = {{6, 4}, {6, 9}};
  emphasis.children.push_back(Text("you", {{6, 5}, {6, 8}}));
  paragraph.inlines.push_back(emphasis);
  Section section;
  section.blocks.push_back(paragraph);
  section.range = paragraph.range;
  Division body;
  body.id = "body";
  body.range = paragraph.range;
  body.sections.push_back(section);
  document.divisions.push_back(body);
  return document;
}

TEST(JsonDumpTest, WritesTheTreeWithTypesAndRanges) {
  EXPECT_EQ(DumpJson(SmallDocument()),
            R"({
  "type": "document",
  "source": "a.md",
  "metadata": {
    "title": "T",
    "creators": [
      {"name": "A", "role": "aut"}
    ],
    "language": "en",
    "positions": {"title": "2:8"}
  },
  "divisions": [
    {
      "type": "division",
      "range": "6:1-6:9",
      "kind": "body",
      "id": "body",
      "sections": [
        {
          "type": "section",
          "range": "6:1-6:9",
          "blocks": [
            {
              "type": "paragraph",
              "range": "6:1-6:9",
              "inlines": [
                {"type": "text", "range": "6:1-6:4", "text": "Hi "},
                {
                  "type": "emphasis",
                  "range": "6:4-6:9",
                  "children": [
                    {"type": "text", "range": "6:5-6:8", "text": "you"}
                  ]
                }
              ]
            }
          ]
        }
      ]
    }
  ],
  "notes": []
}
)");
}

TEST(JsonDumpTest, EscapesQuotesBackslashesAndControlCharactersButKeepsUtf8) {
  Document document;
  document.metadata.title = "“Q” \"a\" \\ \n\t\x01 é";
  std::string json = DumpJson(document);
  EXPECT_NE(json.find(R"("title": "“Q” \"a\" \\ \n\t\u0001 é")"), std::string::npos) << json;
}

TEST(JsonDumpTest, KindSpecificFields) {
  Document document;
  Block list;
  list.kind = BlockKind::kList;
  list.ordered = true;
  list.start = 3;
  Block item;
  item.kind = BlockKind::kListItem;
  list.children.push_back(item);
  Block marker;
  marker.kind = BlockKind::kPageStart;
  marker.page = ClassifyPageStart("6");
  Block heading;
  heading.kind = BlockKind::kHeading;
  heading.level = 2;
  heading.id = "h";
  Inline ref;
  ref.kind = InlineKind::kNoteRef;
  ref.text = "a";
  ref.number = 1;
  heading.inlines.push_back(ref);
  Section section;
  section.has_heading = true;
  section.heading = heading;
  section.blocks = {list, marker};
  Division division;
  division.kind = DivisionKind::kBack;
  division.role = "colophon";
  division.sections.push_back(section);
  document.divisions.push_back(division);
  Block note;
  note.kind = BlockKind::kNote;
  note.label = "a";
  note.number = 1;
  note.id = "note-1";
  document.notes.push_back(note);
  std::string json = DumpJson(document);
  EXPECT_NE(json.find(R"("type": "list",)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("ordered": true,)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("start": 3,)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"({"type": "list-item", "range": "?"})"), std::string::npos) << json;
  EXPECT_NE(json.find(R"({"type": "page-marker", "range": "?", "label": "6"})"),
            std::string::npos);
  EXPECT_NE(json.find(R"("level": 2,)"), std::string::npos);
  EXPECT_NE(json.find(R"({"type": "note-ref", "range": "?", "label": "a", "number": 1})"),
            std::string::npos);
  EXPECT_NE(json.find(R"("kind": "back",)"), std::string::npos);
  EXPECT_NE(json.find(R"("role": "colophon",)"), std::string::npos);
  EXPECT_NE(
      json.find(R"({"type": "note", "range": "?", "label": "a", "number": 1, "id": "note-1"})"),
      std::string::npos)
      << json;
}

TEST(JsonDumpTest, IsDeterministic) {
  EXPECT_EQ(DumpJson(SmallDocument()), DumpJson(SmallDocument()));
}

TEST(JsonDumpTest, RangeFormat) {
  EXPECT_EQ(RangeToString({{1, 2}, {3, 4}}), "1:2-3:4");
  EXPECT_EQ(RangeToString({}), "?");
}

}  // namespace
}  // namespace galley::model
