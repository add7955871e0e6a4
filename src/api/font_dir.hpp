#pragma once

#include <string>

namespace gongwen::detail {

// Where the default fonts are: the explicit folder; else share/gongwen/fonts of the
// installation this code was loaded from (the shared library's own path via dladdr,
// then the running program's, each with the relative path from its install folder);
// else $GONGWEN_FONT_DIR (an uninstalled build, a moved library). The first that holds
// FandolFang-Regular.otf wins; if none does, $GONGWEN_FONT_DIR when set, else the
// library's share/gongwen/fonts, so the error names the place that was meant.
std::string find_font_dir(const std::string& explicit_dir);

}  // namespace gongwen::detail
