// Flows lines down the page grid (GB/T 9704 §5.2.3: 22 lines on a 225/22 mm pitch) and
// onto new pages, so every 主体 line of every page sits on the same grid and lines
// register on both sides of a duplex sheet.
#pragma once

#include <string>
#include <vector>

#include "layout/page_writer.hpp"
#include "linebreak/line_breaker.hpp"
#include "style/style.hpp"

namespace gongwen::detail {

class GridFlow {
 public:
  GridFlow(const Style& style, PageWriter& writer, int max_pages)
      : style_(style), writer_(writer), max_pages_(max_pages) {}

  // The next line takes the first grid line of `page` that leaves `blank_lines` blank
  // lines (N × pitch) between `y` and its top.
  void start_below(int page, Length y, int blank_lines);
  // Places `lines` on consecutive grid lines. A heading (`keep_with_next`) never ends a
  // page: it moves to the next page with the line that follows it.
  void place(const std::string& what, const StyledText& text, const ShapedText& shaped,
             const std::vector<Line>& lines, bool keep_with_next);
  // Leaves `n` grid lines blank.
  void skip(int n);

  int page() const { return page_; }
  int line() const { return line_; }  // next free grid line on page()
  bool overflowed() const { return overflowed_; }

 private:
  void new_page();

  const Style& style_;
  PageWriter& writer_;
  int max_pages_;
  int page_ = 0, line_ = 0;
  bool overflowed_ = false;
};

}  // namespace gongwen::detail
