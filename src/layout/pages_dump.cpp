#include "layout/pages_dump.hpp"

#include <fmt/format.h>

namespace gongwen::detail {

std::string dump_pages(const LayoutResult& layout) {
  std::string out = dump_records(layout.lines);
  for (const SealPlacement& s : layout.seals) {
    out += fmt::format("page {} seal       centre=({:.3f},{:.3f})mm d={:.3f}mm\n", s.page + 1,
                       to_mm(s.cx), to_mm(s.cy), to_mm(s.diameter));
  }
  return out;
}

}  // namespace gongwen::detail
