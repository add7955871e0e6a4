// Turns the model's inline content into styled text for shaping: fonts by role,
// heading numbers, run-in headings.
#pragma once

#include <string>
#include <vector>

#include "model/document.hpp"
#include "style/style.hpp"
#include "model/shaped_text.hpp"

namespace gongwen::detail {

// One paragraph of the flowing 正文 (or attachment content).
struct FlowParagraph {
  StyledText text;
  bool heading = false;  // a heading on its own line: kept with the line after it
  int depth = 0;         // heading depth (1..4), 0 for plain paragraphs
};

// Appends a model paragraph; <strong> spans take `strong`, others `base`.
void append_paragraph(StyledText& out, const Paragraph& p, const TextStyle& base,
                      const TextStyle& strong);
StyledText styled_paragraph(const Paragraph& p, const TextStyle& base, const TextStyle& strong);

// Heading font by depth (§7.3.3): 1 黑体, 2 楷体, 3 and 4 仿宋.
Role heading_role(int depth);

// Flattens <p>/<section> blocks into paragraphs, numbering headings 一、（一）1.（1）
// per parent. Depth beyond 4 is rejected by the parser.
void flatten_blocks(const std::vector<Block>& blocks, const Style& style,
                    std::vector<FlowParagraph>& out);

// Plain text of a paragraph (for metadata); forced breaks dropped.
std::u32string plain_text(const Paragraph& p);

}  // namespace gongwen::detail
