// Templates that inherit (docs/templates.md, "Starting from another template"): a template file
// starts from the shipped default, or from the template its `extends` line names, and replaces
// only the keys it sets. Each value remembers the file that wrote it, so a relative path (a
// font, a protrusion table) resolves against that file's folder and an error points at it.
#pragma once

#include <string>

#include "base/result.h"
#include "io/file_system.h"
#include "layout/template/template_parser.h"

namespace galley::layout {

// The values of the template at `path` after following its `extends` chain. A file without an
// `extends` line starts from `default_path` (the shipped default.template); `extends = none`,
// the default template itself, or an empty `default_path` start from the parameter table.
// A missing parent, a cycle or a chain deeper than 16 is an error at the `extends` line.
Result<TemplateValues> LoadTemplateValues(const FileSystem& fs, const std::string& path,
                                          const std::string& default_path);

// The folder of a template file, against which the paths it writes resolve ("." for a bare
// file name).
std::string TemplateFolder(const std::string& path);

}  // namespace galley::layout
