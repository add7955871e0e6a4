#include "parse/seal_file.hpp"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace gongwen::detail {

std::string check_png_file(const std::string& src, const std::string& base_dir) {
  std::filesystem::path p(src);
  if (p.is_relative() && !base_dir.empty()) p = std::filesystem::path(base_dir) / p;
  const std::string shown = p.string();
  std::error_code ec;
  if (std::filesystem::is_directory(p, ec)) return shown + " is a folder, not a PNG file";
  std::FILE* f = std::fopen(shown.c_str(), "rb");
  if (f == nullptr) return shown + " cannot be read (missing, or no permission)";
  unsigned char sig[8] = {};
  const bool png = std::fread(sig, 1, sizeof sig, f) == sizeof sig &&
                   std::memcmp(sig, "\x89PNG\r\n\x1a\n", sizeof sig) == 0;
  std::fclose(f);
  if (!png) return shown + " is not a PNG image";
  return {};
}

}  // namespace gongwen::detail
