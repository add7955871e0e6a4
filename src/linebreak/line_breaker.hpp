// The line-breaking stage's entry point: shaped paragraph in, lines with every cluster's
// x position out (justified, on the character grid, 禁则 applied).
#pragma once

#include <cstdint>
#include <vector>

#include "common/length.hpp"
#include "model/lines.hpp"
#include "model/shaped_text.hpp"

namespace gongwen::detail {

struct BreakOptions {
  Length pitch = 0;     // grid cell for full-width characters (版心 / 28); 0 = own advances
  bool justify = true;  // fill every line but a paragraph's last to both edges
  int max_push_in_cells = 1;  // a line may take this many extra cells by compressing marks
  std::uint32_t start_cluster = 0;  // break from here (re-breaking the rest of a paragraph)
};

std::vector<Line> break_lines(const StyledText& text, const ShapedText& shaped,
                              const LineWidthProvider& widths, const BreakOptions& options);

}  // namespace gongwen::detail
