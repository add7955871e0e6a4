// The run-time versions of the libraries the text stage uses (HarfBuzz, FreeType, ICU),
// as they report themselves: the shared libraries loaded may be newer than the headers.
#pragma once

#include <string>

namespace gongwen::detail {

std::string harfbuzz_version();
std::string freetype_version();  // "unknown" if FreeType cannot start
std::string icu_version();

}  // namespace gongwen::detail
