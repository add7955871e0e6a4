// 版记 (GB/T 9704 §7.4): 主送 (moved), 抄送, 印发机关和印发日期, 校对, between thick first
// and last rules (the last on the 版心's bottom edge) with thin rules between elements.
#pragma once

#include "layout/context.hpp"
#include "model/document.hpp"

namespace gongwen::detail {

// Which parts a format's 版记 has: the 信函格式 has neither (§10.1: no 印发 line, no rules).
struct ColophonParts {
  bool print_line = true;  // 印发机关和印发日期
  bool rules = true;       // the thick and thin rules
};

class ColophonBlock {
 public:
  // `moved_addressee`: the 主送 that did not fit on page 1 (§7.3.2), or null.
  ColophonBlock(const Document& doc, const Paragraph* moved_addressee, LayoutContext& ctx,
                ColophonParts parts = {});
  bool empty() const { return rows_.empty(); }
  // Grid lines (at the body pitch) the 版记 takes, counted up from the 版心 bottom.
  int lines() const { return lines_; }
  // Draws it at the bottom of `page`.
  void place(int page) const;

 private:
  struct Row {
    std::string what;
    StyledText text;
    ShapedText shaped;
    std::vector<Line> lines;
    bool rule_above = false;  // a thin rule between this element and the one above it
    StyledText right_text;    // 印发日期, flush right on the same line
    ShapedText right_shaped;
  };
  struct RowOptions {
    bool full_stop = false;   // the list ends with 。 (抄送, 主送)
    bool rule_above = false;  // a thin rule between it and the element above
  };
  void add_labelled(const std::string& what, std::u32string_view label, const Paragraph& p,
                    RowOptions options);

  LayoutContext& ctx_;
  const Style& s_;
  std::vector<Row> rows_;  // top to bottom
  int lines_ = 0;
  bool rules_ = true;
};

}  // namespace gongwen::detail
