// A catalogue is a folder of title folders: content/ with kronstadt-21/, passamaquoddy-folk-lore/
// and so on. A title folder is one that holds a source or a manuscript.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "io/title_folder.h"

namespace galley {

// Whether `dir` is itself a title: it holds source.ocr.txt, source.md or manuscript.md.
bool IsTitleFolder(const std::string& dir);

// The titles directly inside `dir`, sorted by slug (byte order, so every machine agrees).
// Subfolders that are not titles are left out; an unreadable `dir` is an I/O error, and a
// folder with no title in it is an input error saying what a title folder holds.
Result<std::vector<TitleFolder>> FindCatalogueTitles(const std::string& dir);

}  // namespace galley
