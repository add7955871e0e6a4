// Checks that an element which must stay on one line fits the width the standard gives
// it (GB/T 9704 §7.2, §7.3.5, §7.4): if not, GW-E-LINE-OVERFLOW naming the element and
// by how much, instead of a line drawn past the 版心 (issue 8: "content lost, exit 0").
#pragma once

#include <string_view>

#include "layout/context.hpp"
#include "model/document.hpp"

namespace gongwen::detail {

// Records GW-E-LINE-OVERFLOW at `at` when `width` > `available`; true when it fits.
bool fits_on_line(const LayoutContext& ctx, std::string_view element, Length width,
                  Length available, SourceOffset at);

}  // namespace gongwen::detail
