// The parameter table written out for people: plain text for `galley pdf --help-template`, and
// the Markdown table that docs/templates.md holds between its PARAMETERS markers (a test checks
// the two are the same, so the documentation cannot fall behind the code).
#pragma once

#include <string>

namespace galley::layout {

std::string TemplateReferenceText();
std::string TemplateReferenceMarkdown();

}  // namespace galley::layout
