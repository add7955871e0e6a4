// Flows lines down the page grid (GB/T 9704 §5.2.3: 22 lines on a 225/22 mm pitch) and
// onto new pages, so every 主体 line of every page sits on the same grid and lines
// register on both sides of a duplex sheet.
//
// A flow can run dry (nothing drawn) so the layout can see where things land and plan
// the one exception to the grid: the signature's page may be tightened, or the last body
// lines carried over, so the signature never stands alone (§7.3.5.5).
#pragma once

#include <string>
#include <vector>

#include "layout/page_writer.hpp"
#include "model/lines.hpp"
#include "style/style.hpp"

namespace gongwen::detail {

struct FlowPlan {
  int tight_page = -1;      // this page uses `tight_pitch` instead of the grid pitch
  Length tight_pitch = 0;
  Length tight_char_pitch = 0;  // and, when set, lines on it are re-broken on this pitch
  long break_before = -1;   // force a new page before the flow's line number N (0-based)
};

// A dry flow only counts lines and pages (for planning); a drawing one emits them.
enum class FlowMode { draw, dry };

// A heading keeps with the line after it (it never ends a page).
enum class Keep { none, with_next };

class GridFlow {
 public:
  GridFlow(const Style& style, PageWriter& writer, int max_pages, FlowPlan plan, FlowMode mode)
      : style_(style), writer_(writer), max_pages_(max_pages), plan_(plan),
        dry_(mode == FlowMode::dry),
        pages_(writer.page_count()) {}

  // The next line takes the first grid line of `page` that leaves `blank_lines` blank
  // lines (N × pitch) between `y` and its top.
  void start_below(int page, Length y, int blank_lines);
  // Starts a new page (attachments).
  void start_new_page();
  // Places `lines` on consecutive grid lines. A heading (Keep::with_next) never ends a
  // page: it moves to the next page with the line that follows it.
  void place(const std::string& what, const StyledText& text, const ShapedText& shaped,
             const std::vector<Line>& lines, Keep keep);
  // Places one line at grid line `line() + offset` without advancing (signature blocks
  // put several items on one line).
  void place_at(int offset, const std::string& what, const StyledText& text,
                const ShapedText& shaped, const Line& line);
  // Leaves `n` grid lines blank.
  void skip(int n);

  int page() const { return page_; }
  int line() const { return line_; }  // next free grid line on page()
  long lines_placed() const { return placed_; }
  int page_count() const { return pages_; }
  int lines_on(int page) const;       // grid lines on that page (more when tightened)
  Length pitch_on(int page) const;
  Length line_top(int page, int k) const;
  bool overflowed() const { return overflowed_; }
  const FlowPlan& plan() const { return plan_; }
  // How many lines can be placed from here before the flow reaches `page` (0 when already
  // on it; -1 when past it).
  long lines_before_page(int page) const;
  // Where the last line placed by place() went (-1 before any).
  int last_page() const { return last_page_; }
  int last_line() const { return last_line_; }

 private:
  void new_page();

  const Style& style_;
  PageWriter& writer_;
  int max_pages_;
  FlowPlan plan_;
  bool dry_;
  int pages_;
  int page_ = 0, line_ = 0;
  long placed_ = 0;
  int last_page_ = -1, last_line_ = -1;
  bool overflowed_ = false;
};

}  // namespace gongwen::detail
