// Pagination and drawing of a measured table (gbt9704.md "Tables", Pages and Rules): the
// table starts on a grid line; row groups (rows a rowspan ties together) never split
// unless one is taller than a page; <thead> rows repeat at the top of every continuation
// page; a caption moves to the next page with the table rather than stay alone; the flow
// resumes on the first grid line below the table's last rule. On the signature's
// tightened page (§7.3.5.5) rows keep their heights: a table is never squeezed.
#include <algorithm>

#include "layout/flow_item.hpp"
#include "layout/grid_flow.hpp"
#include "layout/table_layout.hpp"

namespace gongwen::detail {

namespace {

// Grid tops and row heights are each rounded to the EMU; a table that fills a page
// exactly may add up a few EMU past its bottom. One micrometre of tolerance.
constexpr Length kTolerance = 36;

class TablePainter {
 public:
  TablePainter(const TableBlock& t, GridFlow& flow)
      : t_(t), flow_(flow), st_(flow.style()), x0_(st_.left + t.left) {}

  Length top() const { return flow_.line_top(flow_.page(), 0); }
  Length bottom() const { return st_.top + st_.body_height; }

  // Draws rows [begin, end) from y; returns the y below them.
  Length rows(int page, int begin, int end, Length y) {
    for (int r = begin; r < end; ++r) {
      const Length h = t_.row_height[static_cast<std::size_t>(r)];
      if (PageWriter* w = flow_.canvas()) {
        // The rule on top of the row, over the columns whose cells start in it.
        std::vector<bool> starts(t_.column_x.size() - 1, r == begin);
        for (std::size_t i : t_.starting[static_cast<std::size_t>(r)]) {
          const LaidCell& c = t_.cells[i];
          for (int k = c.column; k < c.column + c.colspan; ++k) starts[static_cast<std::size_t>(k)] = true;
        }
        for (std::size_t k = 0; k < starts.size();) {
          if (!starts[k]) {
            ++k;
            continue;
          }
          std::size_t e = k;
          while (e < starts.size() && starts[e]) ++e;
          hrule(*w, page, t_.column_x[k], t_.column_x[e], y);
          k = e;
        }
        vrule(*w, page, t_.width(), y, h);  // the frame's right edge
        for (std::size_t i : t_.starting[static_cast<std::size_t>(r)]) {
          const LaidCell& c = t_.cells[i];
          const int last = std::min(c.row + c.rowspan, t_.group_end[static_cast<std::size_t>(r)]);
          const Length ch = t_.rows_height(r, last);
          vrule(*w, page, t_.column_x[static_cast<std::size_t>(c.column)], y, ch);
          text(*w, page, c, y + (ch - c.line_count * t_.line_pitch) / 2, 0, c.line_count);
        }
      }
      y += h;
    }
    return y;
  }

  // A group taller than a page: drawn down the page from y to the bottom, each cell's lines
  // [from[i], …) top-aligned; returns true when every line is placed.
  bool split_part(int page, int begin, int end, Length y, std::vector<int>& from) {
    const Length room = bottom() - y - 2 * t_.padding;
    const int fit = std::max<int>(1, static_cast<int>(room / t_.line_pitch));
    bool done = true;
    PageWriter* w = flow_.canvas();
    if (w) {
      hrule(*w, page, 0, t_.width(), y);
      vrule(*w, page, t_.width(), y, bottom() - y);
    }
    for (int r = begin; r < end; ++r) {
      for (std::size_t i : t_.starting[static_cast<std::size_t>(r)]) {
        const LaidCell& c = t_.cells[i];
        const int n = std::min(fit, c.line_count - from[i]);
        if (w) {
          vrule(*w, page, t_.column_x[static_cast<std::size_t>(c.column)], y, bottom() - y);
          text(*w, page, c, y + t_.padding, from[i], n);
        }
        from[i] += n;
        done = done && from[i] >= c.line_count;
      }
    }
    return done;
  }

  void close(int page, Length y) {
    if (PageWriter* w = flow_.canvas()) hrule(*w, page, 0, t_.width(), y);
  }

 private:
  void hrule(PageWriter& w, int page, Length x_from, Length x_to, Length y) {
    Rect r{x0_ + x_from - t_.rule / 2, y - t_.rule / 2, x_to - x_from + t_.rule, t_.rule, st_.text};
    w.rect(page, "table-rule", r);
  }
  void vrule(PageWriter& w, int page, Length x, Length y, Length h) {
    Rect r{x0_ + x - t_.rule / 2, y - t_.rule / 2, t_.rule, h + t_.rule, st_.text};
    w.rect(page, "table-rule", r);
  }

  // Lines [first, first + n) of the cell (counted over its paragraphs) from y down.
  void text(PageWriter& w, int page, const LaidCell& c, Length y, int first, int n) {
    const auto col = static_cast<std::size_t>(c.column);
    const Length left = x0_ + t_.column_x[col] + t_.padding;
    const Length inner = t_.column_x[col + static_cast<std::size_t>(c.colspan)] - t_.column_x[col] -
                         2 * t_.padding;
    int k = 0;
    for (std::size_t p = 0; p < c.lines.size(); ++p) {
      for (const Line& line : c.lines[p]) {
        if (k >= first && k < first + n) {
          const Length used = line.right - line.left;
          Length shift = -line.left;
          if (c.align == CellAlign::center) shift += (inner - used) / 2;
          if (c.align == CellAlign::right) shift += inner - used;
          const CellParagraph& cp = c.paragraphs[p];
          w.emit(page, c.header ? "table-head" : "table-cell", cp.text, cp.shaped, line,
                 left + shift, y, t_.line_pitch, st_.text);
          y += t_.line_pitch;
        }
        ++k;
      }
    }
  }

  const TableBlock& t_;
  GridFlow& flow_;
  const Style& st_;
  Length x0_;
};

}  // namespace

void place_table(const TableBlock& t, GridFlow& flow) {
  TablePainter paint(t, flow);
  const int rows = static_cast<int>(t.row_height.size());
  const Length head = t.rows_height(0, t.head_rows);
  const Length first_group =
      t.head_rows < rows ? t.rows_height(t.head_rows, t.group_end[static_cast<std::size_t>(t.head_rows)]) : 0;
  auto here = [&] { return flow.line_top(flow.page(), flow.line()); };
  // The caption, the header and the first row go together: never a caption alone at a
  // page bottom, never a header without a row under it.
  Length need = head + first_group;
  if (t.caption) need += static_cast<Length>(t.caption->lines.size()) * flow.pitch_on(flow.page());
  if (flow.line() > 0 && here() + need > paint.bottom() + kTolerance) flow.next_page();
  if (t.caption) t.caption->place(flow);
  if (flow.overflowed()) return;

  int page = flow.page();
  Length y = here();
  y = paint.rows(page, 0, t.head_rows, y);
  bool any = false;  // a body row on this page
  for (int r = t.head_rows; r < rows && !flow.overflowed();) {
    const int end = t.group_end[static_cast<std::size_t>(r)];
    const Length h = t.rows_height(r, end);
    if (y + h <= paint.bottom() + kTolerance) {
      y = paint.rows(page, r, end, y);
      any = true;
      r = end;
      continue;
    }
    if (any || paint.top() + head + h <= paint.bottom() + kTolerance) {
      paint.close(page, y);
      flow.next_page();
      if (flow.overflowed()) return;
      page = flow.page();
      y = paint.rows(page, 0, t.head_rows, paint.top());
      any = false;
      continue;
    }
    // Taller than a page (warned when the table was built): split between its lines.
    std::vector<int> from(t.cells.size(), 0);
    while (!paint.split_part(page, r, end, y, from)) {
      paint.close(page, paint.bottom());
      flow.next_page();
      if (flow.overflowed()) return;
      page = flow.page();
      y = paint.rows(page, 0, t.head_rows, paint.top());
    }
    y = paint.bottom();
    any = true;
    r = end;
  }
  paint.close(page, y);
  flow.continue_below(page, y);
}

}  // namespace gongwen::detail
