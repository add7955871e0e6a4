#include "api/font_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "common/data_dir.hpp"

namespace gongwen::detail {

namespace {

namespace fs = std::filesystem;

bool has_fonts(const std::string& dir) {
  std::error_code ec;
  return !dir.empty() && fs::exists(fs::path(dir) / "FandolFang-Regular.otf", ec);
}

}  // namespace

std::string find_font_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  const std::string env = [] {
    const char* v = std::getenv("GONGWEN_FONT_DIR");
    return std::string(v ? v : "");
  }();
  std::vector<std::string> candidates;
  for (const std::string& data : installed_data_dirs()) {
    candidates.push_back(data.empty() ? data : (fs::path(data) / "fonts").string());
  }
  candidates.push_back(env);
  for (const std::string& dir : candidates) {
    if (has_fonts(dir)) return dir;
  }
  return !env.empty() ? env : candidates.front();
}

}  // namespace gongwen::detail
