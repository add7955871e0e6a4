#include "common/data_dir.hpp"

#include <dlfcn.h>

#include <filesystem>

namespace gongwen::detail {

namespace {

namespace fs = std::filesystem;

// <prefix>/<libdir>/libgongwen.so → <prefix>/share/gongwen by the relative path CMake
// computed from the install folders (lib/x86_64-linux-gnu needs ../../).
std::string beside(const std::string& binary, const char* relative) {
  if (binary.empty()) return {};
  return (fs::path(binary).parent_path() / relative).lexically_normal().string();
}

// The file this code was loaded from: libgongwen.so, or the program it is linked into.
std::string library_path() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&installed_data_dirs), &info) != 0 && info.dli_fname) {
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

std::vector<std::string> installed_data_dirs() {
  const std::string library = library_path();
  const std::string program = executable_path();
  return {beside(library, GONGWEN_LIB_TO_DATA), beside(library, GONGWEN_BIN_TO_DATA),
          beside(program, GONGWEN_BIN_TO_DATA),
          // An uninstalled build: <build>/share/gongwen (CMakeLists.txt makes it).
          beside(library, "share/gongwen"), beside(program, "share/gongwen")};
}

}  // namespace gongwen::detail
