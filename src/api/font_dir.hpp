#pragma once

#include <string>

namespace gongwen::detail {

// Where the default fonts are: the explicit folder, else $GONGWEN_FONT_DIR, else the
// installed share/gongwen/fonts, else the source tree's fonts/fandol. The first that
// holds FandolFang-Regular.otf wins; if none does, the explicit/first candidate is
// returned so the error names a sensible place.
std::string find_font_dir(const std::string& explicit_dir);

}  // namespace gongwen::detail
