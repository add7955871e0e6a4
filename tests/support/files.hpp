// Small file helpers for tests: read a file, a fresh temporary folder, run a command.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace gongwen::test {

inline std::string source_path(const std::string& relative) {
  return std::string(GONGWEN_SOURCE_DIR) + "/" + relative;
}

// The path in single quotes, for a shell command line.
inline std::string shell_quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::vector<unsigned char> read_bytes(const std::string& path) {
  std::string s = read_text(path);
  return {s.begin(), s.end()};
}

inline void write_text(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Every regular file below `dir`, relative to it; empty when `dir` does not exist.
inline std::set<std::string> files_below(const std::filesystem::path& dir) {
  std::set<std::string> out;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file()) out.insert(std::filesystem::relative(it->path(), dir).string());
  }
  return out;
}

// A temporary folder removed when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "gongwen-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Single-quoted for a shell command line.
inline std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

// The gongwen command-line tool built with the tests.
inline std::string cli() { return GONGWEN_CLI_PATH; }

struct CommandResult {
  int status = -1;   // exit status
  std::string out;   // stdout and stderr together
};

inline CommandResult run_command(const std::string& command) {
  CommandResult r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return r;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace gongwen::test
