// A FreeType library instance owned by RAII, for the text stage's own files (font loading
// and the version report). One per use: FreeType libraries are not shared between threads.
#pragma once

#include <ft2build.h>
#include FT_FREETYPE_H

namespace gongwen::detail {

struct FtLibrary {
  FT_Library lib = nullptr;
  FtLibrary() = default;
  FtLibrary(const FtLibrary&) = delete;
  FtLibrary& operator=(const FtLibrary&) = delete;
  ~FtLibrary() {
    if (lib) FT_Done_FreeType(lib);
  }
};

}  // namespace gongwen::detail
