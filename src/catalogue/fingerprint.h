// A content fingerprint: a 128-bit hash of the bytes a build reads. A title whose fingerprint
// matches the last build's is not built again, and a shared cache can file books under it
// (docs/scale-out.md). FNV-1a is not cryptographic; it guards against change, not against an
// adversary, which is all a build cache asks of it.
#pragma once

#include <string>
#include <string_view>
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

// `fingerprint` with each file a title's last build read mixed in: `inputs_list` holds their
// absolute paths, one a line, as `galley build --inputs-list` writes them. Files inside a
// `covered` folder (absolute; the title folder, Galley's templates and fonts) are hashed
// already and skipped; what is left is what the title reads from elsewhere, such as a house
// template its print.template extends. A file that is gone or unreadable counts as a change.
Hash128 WithFilesRead(const Hash128& fingerprint, std::string_view inputs_list,
                      const std::vector<std::string>& covered);

// 32 lower-case hex digits.
std::string FingerprintHex(const Hash128& fingerprint);

}  // namespace galley
