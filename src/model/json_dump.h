// The content model as JSON (`galley dump`): for people reviewing what a manuscript became,
// and for golden tests. Deterministic: the same document always gives the same bytes.
//
// Layout: 2-space indentation; an object or array that holds only numbers and strings stays on
// one line, so that each inline and each leaf block reads as one line in a diff. Every node
// has "type" (model::ToString of its kind, or "section"/"division") and "range"
// ("line:col-line:col", half-open, columns in code points), then the fields that belong to
// its kind (document.h lists them), in a fixed order; empty strings and lists are left out.
// A page marker's label and a note reference's label appear as "label".
// Strings are UTF-8 as in the model; `"`, `\` and control characters are escaped.
#pragma once

#include <string>

#include "model/document.h"

namespace galley::model {

std::string DumpJson(const Document& document);

// "12:1-14:33"; "?" for an unknown position.
std::string RangeToString(const SourceRange& range);

}  // namespace galley::model
