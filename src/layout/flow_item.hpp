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
  Keep keep = Keep::none;
  int blank_before = 0;  // grid lines left blank above it
  Length first_indent = 0, rest_indent = 0, width = 0;

  // Places the lines; those that land on a page the plan tightens to more characters a
  // line (§7.3.5.5) are broken again on that page's pitch.
  void place(GridFlow& flow) const;
};

// Breaks `text` on the body grid with the given indents (from the 版心's left edge).
FlowItem make_flow_item(LayoutContext& ctx, std::string what, StyledText text, Length first,
                        Length rest);

// 附件说明 (§7.3.4): 附件：名称, or 附件：1.名称 / 2.名称 with the numbers aligned and
// wrapped names aligned with their own first character.
std::vector<FlowItem> attachment_note(LayoutContext& ctx, const std::vector<Paragraph>& titles);

// 纪要 attendance (§10.3): 出席： in 黑体 then names in 仿宋, indented two, wrapped lines
// aligned after the colon; [gongwen] a two-character name is padded to three (马　帅).
FlowItem attendance_item(LayoutContext& ctx, std::u32string_view label, const Paragraph& names);

// Inserts U+3000 in the middle of every list item (between ，or 、) that is exactly two CJK
// characters, so personal names line up.
void pad_two_character_names(std::u32string& text, std::vector<SourceOffset>& src);

}  // namespace gongwen::detail
