// What the end-to-end tests share: running the built galley binary as a user would (no shell,
// so paths need no quoting) and capturing what it says, and temporary folders.
#pragma once

#include <string>
#include <vector>

namespace galley::testing {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the built galley (GalleyBinary()) with `args` in `working_dir` (the repository root when
// empty), with optional extra environment entries ("NAME=value").
ProcessResult RunGalley(const std::vector<std::string>& args, const std::string& working_dir = "",
                        const std::vector<std::string>& env = {});

// A fresh empty directory under the system temp dir, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string ReadFileOrEmpty(const std::string& path);
void WriteFileOrDie(const std::string& path, const std::string& bytes);

}  // namespace galley::testing
