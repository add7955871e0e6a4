#include "text/library_versions.hpp"

#include <fmt/format.h>
#include <hb.h>
#include <unicode/uversion.h>

#include "text/ft_library.hpp"

namespace gongwen::detail {

std::string harfbuzz_version() { return hb_version_string(); }

std::string freetype_version() {
  // FT_Library_Version needs a library instance; a throwaway one costs microseconds.
  FtLibrary ft;
  if (FT_Init_FreeType(&ft.lib) != 0) return "unknown";
  FT_Int major = 0, minor = 0, patch = 0;
  FT_Library_Version(ft.lib, &major, &minor, &patch);
  return fmt::format("{}.{}.{}", major, minor, patch);
}

std::string icu_version() {
  UVersionInfo info;
  u_getVersion(info);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(info, text);
  return text;
}

}  // namespace gongwen::detail
