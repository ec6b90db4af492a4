#include "cli/command.h"

#include <ostream>

namespace galley::cli {

int Fail(CommandEnv& env, const Error& error) {
  env.err << error.ToString();
  env.err.flush();
  return kExitFailure;
}

void Progress(CommandEnv& env, const std::string& what) {
  if (env.quiet) return;
  env.err << "galley: " << what << "\n";
  env.err.flush();
}

}  // namespace galley::cli
