#include "layout/line_fit.hpp"

#include <fmt/format.h>

namespace gongwen::detail {

bool fits_on_line(const LayoutContext& ctx, std::string_view element, Length width,
                  Length available, SourceOffset at) {
  if (width <= available) return true;
  if (ctx.diags) {
    ctx.diags->error(msg("GW-E-LINE-OVERFLOW",
                         {{"element", msg("line-element", std::string(element))},
                          {"over", to_mm(width - available)}, {"needed", to_mm(width)},
                          {"width", to_mm(std::max<Length>(available, 0))}}),
                     at);
  }
  return false;
}

}  // namespace gongwen::detail
