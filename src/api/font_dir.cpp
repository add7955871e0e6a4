#include "api/font_dir.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace gongwen::detail {

namespace {

namespace fs = std::filesystem;

// <prefix>/<libdir>/libgongwen.so → <prefix>/share/gongwen/fonts by the relative path
// CMake computed from the install folders (lib/x86_64-linux-gnu needs ../../), so an
// installed copy finds its fonts wherever the prefix was moved. No absolute path is
// compiled in (issue 14 point 7).
std::string beside(const std::string& binary, const char* relative) {
  if (binary.empty()) return {};
  return (fs::path(binary).parent_path() / relative).lexically_normal().string();
}

// The file this code was loaded from: libgongwen.so, or the program it is linked into.
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

bool has_fonts(const std::string& dir) {
  std::error_code ec;
  return !dir.empty() && fs::exists(fs::path(dir) / "FandolFang-Regular.otf", ec);
}

}  // namespace

std::string find_font_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  const std::string library = library_path();
  const std::string env = [] {
    const char* v = std::getenv("GONGWEN_FONT_DIR");
    return std::string(v ? v : "");
  }();
  const std::vector<std::string> candidates = {
      beside(library, GONGWEN_LIB_TO_FONTS), beside(library, GONGWEN_BIN_TO_FONTS),
      beside(executable_path(), GONGWEN_BIN_TO_FONTS),
      // An uninstalled build: <build>/share/gongwen/fonts (CMakeLists.txt makes the link).
      beside(library, "share/gongwen/fonts"), beside(executable_path(), "share/gongwen/fonts"),
      env};
  for (const std::string& dir : candidates) {
    if (has_fonts(dir)) return dir;
  }
  return !env.empty() ? env : candidates.front();
}

}  // namespace gongwen::detail
