// galley build DIR, where DIR is a folder of titles: every title built by a process of its
// own, N at a time, skipping titles whose inputs have not changed since the last build into the
// same output folder, continuing past failures and listing them at the end.
#pragma once

#include <string>

#include "cli/command.h"

namespace galley::cli {

struct CatalogueRequest {
  std::string dir;
  std::string output_dir = "out";
  std::string template_path;
  std::string shard;  // "I/N", "auto" or empty (every title)
  int jobs = 0;       // 0: one per core
  bool force = false;
  bool lenient = false;
  bool allow_outside = false;  // passed on to each title's galley
  bool terminal = false;  // redraw one progress line instead of writing a line per title
};

int BuildCatalogue(CommandEnv& env, const CatalogueRequest& request);

}  // namespace galley::cli
