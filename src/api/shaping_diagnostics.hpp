#pragma once

#include "common/diagnostics.hpp"
#include "model/shaped_text.hpp"

namespace gongwen::detail {

// Characters no font has: one error listing all of them (U+XXXX and place). Fallback
// fonts used: one warning per role and font, naming the characters.
void report_shaping(const ShapeReport& report, Diagnostics& diags);

}  // namespace gongwen::detail
