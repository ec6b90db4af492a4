// The checks `galley check` runs, each a small function over the parsed Package that reports
// the rules it owns to a Reporter. docs/checks.md states each one's promise.
#pragma once

#include <string_view>
#include <vector>

#include "check/finding.h"
#include "check/package.h"

namespace galley::check {

using CheckFunction = void (*)(const Package& package, Reporter* reporter);

struct Check {
  const char* name;     // short, used in messages and tests: "links"
  const char* promise;  // one line: what the book satisfies when the check is silent
  CheckFunction run;
};

// Every check, in the order they run (container first: later checks read what it vouches for).
const std::vector<Check>& AllChecks();

void CheckContainer(const Package& package, Reporter* reporter);
void CheckManifest(const Package& package, Reporter* reporter);
void CheckMediaTypes(const Package& package, Reporter* reporter);
void CheckSpine(const Package& package, Reporter* reporter);
void CheckLinks(const Package& package, Reporter* reporter);
void CheckIds(const Package& package, Reporter* reporter);
void CheckPageList(const Package& package, Reporter* reporter);
void CheckLanguage(const Package& package, Reporter* reporter);
void CheckAccessibilityClaims(const Package& package, Reporter* reporter);
void CheckMetadata(const Package& package, Reporter* reporter);

}  // namespace galley::check
