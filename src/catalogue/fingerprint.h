// A content fingerprint: a 128-bit hash of the bytes a build reads. A title whose fingerprint
// matches the last build's is not built again, and a shared cache can file books under it
// (docs/scale-out.md). FNV-1a is not cryptographic; it guards against change, not against an
// adversary, which is all a build cache asks of it.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "base/stable_hash.h"
#include "io/title_folder.h"

namespace galley {

// Every regular file under each of `paths` (a file or a folder, followed recursively), in
// byte order of their paths relative to the folder given, each hashed with that relative path
// and its length, so a renamed or moved file changes the fingerprint too. `settings` (the
// Galley version, options that change the books) are hashed first.
Result<Hash128> TreeFingerprint(const std::vector<std::string>& paths,
                                const std::vector<std::string>& settings = {});

// A title's fingerprint: every file in its folder on top of `shared` (what all titles are
// built with: Galley itself, the shipped templates and fonts, the options).
Result<Hash128> TitleFingerprint(const TitleFolder& title, const Hash128& shared);

// 32 lower-case hex digits.
std::string FingerprintHex(const Hash128& fingerprint);

}  // namespace galley
