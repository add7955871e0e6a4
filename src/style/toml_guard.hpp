// A pre-scan of style TOML that keeps toml++ 3.3.0 (Debian 12) away from a known bug:
// is_non_ascii_horizontal_whitespace() reaches TOML_UNREACHABLE (undefined behaviour)
// for some non-ASCII code points where the parser expects whitespace — between tokens
// (found by fuzz_style) and after a line-ending backslash in a """ string
// (marzer/tomlplusplus#190, fixed upstream by PR #305). TOML allows non-ASCII only in
// strings and comments, so refusing it elsewhere rejects no valid file.
#pragma once

#include <string>
#include <string_view>

#include "common/diagnostics.hpp"

namespace gongwen::detail {

// False, with GW-E-STYLE at the character's line:column, if `text` has a non-ASCII
// character outside strings and comments, or right after a backslash in a """ string.
bool toml_non_ascii_is_safe(std::string_view text, const std::string& file, Diagnostics& diags);

}  // namespace gongwen::detail
