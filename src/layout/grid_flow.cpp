#include "layout/grid_flow.hpp"

namespace gongwen::detail {

namespace {
// Grid tops are rounded to the EMU; a line exactly N pitches below y may land a few EMU
// short of it. One micrometre of tolerance keeps it on the intended line.
constexpr Length kTolerance = 36;
}  // namespace

void GridFlow::start_below(int page, Length y, int blank_lines) {
  page_ = page;
  const Length want = y + blank_lines * style_.line_pitch() - kTolerance;
  line_ = 0;
  while (line_ < style_.lines_per_page && style_.grid_line_top(line_) < want) ++line_;
  if (line_ >= style_.lines_per_page) new_page();
}

void GridFlow::new_page() {
  if (writer_.page_count() >= max_pages_) {
    overflowed_ = true;
    return;
  }
  page_ = writer_.page_count() > page_ + 1 ? page_ + 1 : writer_.add_page();
  line_ = 0;
}

void GridFlow::skip(int n) {
  for (int i = 0; i < n && !overflowed_; ++i) {
    if (++line_ >= style_.lines_per_page) new_page();
  }
}

void GridFlow::place(const std::string& what, const StyledText& text, const ShapedText& shaped,
                     const std::vector<Line>& lines, bool keep_with_next) {
  const int n = static_cast<int>(lines.size());
  if (keep_with_next && line_ > 0 && line_ + n >= style_.lines_per_page) new_page();
  for (const Line& line : lines) {
    if (overflowed_) return;
    writer_.emit(page_, what, text, shaped, line, style_.left, style_.grid_line_top(line_),
                 style_.line_pitch(), style_.text);
    if (++line_ >= style_.lines_per_page) new_page();
  }
}

}  // namespace gongwen::detail
