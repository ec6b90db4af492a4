#include "cli/epub_proof.h"

#include <ostream>

#include "cli/epub_command.h"
#include "proof/epub_book.h"
#include "proof/epub_comparison.h"
#include "proof/epub_summary.h"

namespace galley::cli {

namespace {

// Same as the print proof's: the books differ and --fail-on-change was given.
constexpr int kExitChanged = 3;

Error RecordAgainstEpub(const ProofSide& record) {
  return InputError({record.path, {}},
                    "a layout record describes the printed book and cannot be compared with an EPUB",
                    "proof an EPUB against an EPUB or a title, and a layout record against a "
                    "layout record or a title");
}

// An EPUB as it is, or a title's EPUB made now.
Result<proof::EpubBook> ReadEpubSide(CommandEnv& env, ProofSide side, bool lenient) {
  if (side.kind == ProofSideKind::kEpub) {
    return proof::ReadEpubBook(std::move(side.bytes), side.path);
  }
  EpubRequest request;
  request.title = side.path;
  request.lenient = lenient;
  Result<std::string> bytes = MakeEpubInMemory(env, request);
  if (!bytes.ok()) return bytes.take_error();
  return proof::ReadEpubBook(std::move(bytes).value(), side.path + ", made now");
}

}  // namespace

int RunEpubProof(CommandEnv& env, ProofSide before, ProofSide after,
                 const EpubProofOptions& options) {
  for (const ProofSide* side : {&before, &after}) {
    if (side->kind == ProofSideKind::kRecord) return Fail(env, RecordAgainstEpub(*side));
  }
  Result<proof::EpubBook> old_book = ReadEpubSide(env, std::move(before), options.lenient);
  if (!old_book.ok()) return Fail(env, old_book.error());
  Result<proof::EpubBook> new_book = ReadEpubSide(env, std::move(after), options.lenient);
  if (!new_book.ok()) return Fail(env, new_book.error());
  Result<proof::EpubComparison> comparison =
      proof::CompareEpubs(std::move(old_book).value(), std::move(new_book).value());
  if (!comparison.ok()) return Fail(env, comparison.error());
  env.out << proof::FormatEpubSummary(*comparison);
  env.out.flush();
  return options.fail_on_change && comparison->Differs() ? kExitChanged : kExitOk;
}

}  // namespace galley::cli
