#include "layout/line_fit.hpp"

#include <fmt/format.h>

namespace gongwen::detail {

bool fits_on_line(const LayoutContext& ctx, std::string_view element, Length width,
                  Length available, SourceOffset at) {
  if (width <= available) return true;
  if (ctx.diags) {
    ctx.diags->error("GW-E-LINE-OVERFLOW",
                     fmt::format("the {} must stay on one line but is {:.1f} mm too wide "
                                 "({:.1f} mm needed, {:.1f} mm available); shorten it",
                                 element, to_mm(width - available), to_mm(width),
                                 to_mm(std::max<Length>(available, 0))),
                     at);
  }
  return false;
}

}  // namespace gongwen::detail
