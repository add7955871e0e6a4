#include "layout/grid_flow.hpp"

namespace gongwen::detail {

namespace {
// Grid tops are rounded to the EMU; a line exactly N pitches below y may land a few EMU
// short of it. One micrometre of tolerance keeps it on the intended line.
constexpr Length kTolerance = 36;
}  // namespace

int GridFlow::lines_on(int page) const {
  if (page == plan_.tight_page) return static_cast<int>(style_.body_height / plan_.tight_pitch);
  return style_.lines_per_page;
}

Length GridFlow::pitch_on(int page) const {
  return page == plan_.tight_page ? plan_.tight_pitch : style_.line_pitch();
}

Length GridFlow::line_top(int page, int k) const {
  if (page == plan_.tight_page) return style_.top + k * plan_.tight_pitch;
  return style_.grid_line_top(k);
}

long GridFlow::lines_before_page(int page) const {
  if (page_ > page) return -1;
  long n = 0;
  for (int p = page_; p < page; ++p) n += lines_on(p) - (p == page_ ? line_ : 0);
  return n;
}

void GridFlow::start_below(int page, Length y, int blank_lines) {
  page_ = page;
  const Length want = y + blank_lines * style_.line_pitch() - kTolerance;
  line_ = 0;
  while (line_ < lines_on(page_) && line_top(page_, line_) < want) ++line_;
  if (line_ >= lines_on(page_)) new_page();
}

void GridFlow::start_new_page() {
  if (line_ > 0 || page_ + 1 < pages_) new_page();
}

void GridFlow::new_page() {
  if (page_ + 1 >= pages_) {
    if (pages_ >= max_pages_) {
      overflowed_ = true;
      return;
    }
    pages_ = dry_ ? pages_ + 1 : writer_.add_page() + 1;
  }
  ++page_;
  line_ = 0;
}

void GridFlow::skip(int n) {
  for (int i = 0; i < n && !overflowed_; ++i) {
    if (++line_ >= lines_on(page_)) new_page();
  }
}

void GridFlow::place(const std::string& what, const StyledText& text, const ShapedText& shaped,
                     const std::vector<Line>& lines, Keep keep) {
  const int n = static_cast<int>(lines.size());
  if (keep == Keep::with_next && line_ > 0 && line_ + n >= lines_on(page_)) new_page();
  for (const Line& line : lines) {
    if (overflowed_) return;
    if (placed_ == plan_.break_before && line_ > 0) new_page();
    if (!dry_) {
      writer_.emit(page_, what, text, shaped, line, style_.left, line_top(page_, line_),
                   pitch_on(page_), style_.text);
    }
    ++placed_;
    last_page_ = page_;
    last_line_ = line_;
    if (++line_ >= lines_on(page_)) new_page();
  }
}

void GridFlow::place_at(int offset, const std::string& what, const StyledText& text,
                        const ShapedText& shaped, const Line& line) {
  if (dry_ || overflowed_) return;
  writer_.emit(page_, what, text, shaped, line, style_.left, line_top(page_, line_ + offset),
               pitch_on(page_), style_.text);
}

}  // namespace gongwen::detail
