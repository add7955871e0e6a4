// A paragraph ready to flow: its text, shapes and lines, broken once and placed in
// every planning run.
#pragma once

#include <string>
#include <vector>

#include "layout/context.hpp"
#include "layout/grid_flow.hpp"

namespace gongwen::detail {

struct FlowItem {
  std::string what;
  StyledText text;
  ShapedText shaped;
  std::vector<Line> lines;
  bool keep_with_next = false;
  int blank_before = 0;  // grid lines left blank above it

  void place(GridFlow& flow) const {
    flow.skip(blank_before);
    flow.place(what, text, shaped, lines, keep_with_next);
  }
};

// Breaks `text` on the body grid with the given indents (from the 版心's left edge).
FlowItem make_flow_item(LayoutContext& ctx, std::string what, StyledText text, Length first,
                        Length rest);

// 附件说明 (§7.3.4): 附件：名称, or 附件：1.名称 / 2.名称 with the numbers aligned and
// wrapped names aligned with their own first character.
std::vector<FlowItem> attachment_note(LayoutContext& ctx, const std::vector<Paragraph>& titles);

}  // namespace gongwen::detail
