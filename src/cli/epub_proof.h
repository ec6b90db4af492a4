// `galley proof` when a side is an EPUB: the other side is an EPUB too, or a title whose EPUB
// is made in memory (nothing is written), and the two books are compared file by file
// (proof/epub_comparison.h; docs/proof.md, "Proofing an EPUB").
#pragma once

#include <string>

#include "cli/command.h"
#include "cli/proof_side.h"

namespace galley::cli {

struct EpubProofOptions {
  bool fail_on_change = false;
  bool lenient = false;  // for a title: allow headings that skip a level
};

// Prints the summary on env.out; returns the exit code: 0, 3 when the books differ and
// `fail_on_change` is set, 1 when a side cannot be read or made (a layout record among them).
int RunEpubProof(CommandEnv& env, ProofSide before, ProofSide after,
                 const EpubProofOptions& options);

}  // namespace galley::cli
