// libhyphen's compiled form of a pattern dictionary (its HyphenDict state machine), made from
// the patterns' text or read back from bytes written earlier.
//
// libhyphen builds its state machine from the text on every load: about 5 ms for English and
// far longer for German's 1 MB of patterns, on every run of galley pdf. The machine is a plain C
// structure of malloc'd arrays, so it can be written out once and read back (pattern_cache.h
// keeps it between runs); what is read back is checked whole — lengths, state numbers in
// range — so that damaged bytes are refused, never followed.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

struct _HyphenDict;

namespace galley::hyphen {

struct HyphenDictFree {
  void operator()(_HyphenDict* dict) const;
};
using HyphenDictPtr = std::unique_ptr<_HyphenDict, HyphenDictFree>;

// libhyphen's machine for `utf8_text` (PatternTextAsUtf8's output). Error, naming `path`:
// libhyphen could not read it.
Result<HyphenDictPtr> CompilePatterns(const std::string& utf8_text, const std::string& path);

// The machine as bytes, and back: nullopt when `bytes` are not exactly what SerializePatterns
// wrote (truncated, altered, another format version).
std::string SerializePatterns(const _HyphenDict& dict);
std::optional<HyphenDictPtr> DeserializePatterns(std::string_view bytes);

}  // namespace galley::hyphen
