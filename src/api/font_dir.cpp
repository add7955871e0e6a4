#include "api/font_dir.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace gongwen::detail {

namespace {

namespace fs = std::filesystem;

// <prefix>/lib/libgongwen.so or <prefix>/bin/gongwen → <prefix>/share/gongwen/fonts, so an
// installed copy finds its fonts wherever the prefix was moved.
std::string relative_to(const fs::path& binary) {
  if (binary.empty()) return {};
  fs::path prefix = binary.parent_path().parent_path();
  return (prefix / GONGWEN_RELATIVE_FONT_DIR).string();
}

std::string library_path() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&find_font_dir), &info) != 0 && info.dli_fname) {
    std::error_code ec;
    fs::path p = fs::canonical(info.dli_fname, ec);
    if (!ec) return p.string();
  }
  return {};
}

std::string executable_path() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.string();
}

}  // namespace

std::string find_font_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  std::vector<std::string> candidates;
  if (const char* env = std::getenv("GONGWEN_FONT_DIR"); env && *env) candidates.push_back(env);
  candidates.push_back(relative_to(library_path()));
  candidates.push_back(relative_to(executable_path()));
  candidates.push_back(GONGWEN_INSTALL_FONT_DIR);
  candidates.push_back(GONGWEN_SOURCE_FONT_DIR);
  std::error_code ec;
  for (const std::string& dir : candidates) {
    if (!dir.empty() && fs::exists(fs::path(dir) / "FandolFang-Regular.otf", ec)) return dir;
  }
  return candidates.front().empty() ? std::string(GONGWEN_SOURCE_FONT_DIR) : candidates.front();
}

}  // namespace gongwen::detail
