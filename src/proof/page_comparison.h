// Pages compared by folio: a page one record has and the other lacks, and pages whose line
// count, first line or last line differ. Pages are matched by a diff over the folios in
// reading order, so a book whose folios are not numbers (or that skips blank pages, which
// have no lines in a record) is handled the same way.
#pragma once

#include <vector>

#include "proof/comparison.h"

namespace galley::proof {

// The record's pages that have lines, in order.
std::vector<PageSpan> PagesOf(const Record& record);

std::vector<PageChange> ComparePages(const Record& before, const Record& after);

}  // namespace galley::proof
