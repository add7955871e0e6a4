#include "layout/landscape.hpp"

#include <algorithm>

namespace gongwen::detail {

Style landscape_style(const Style& portrait) {
  Style f = portrait;
  std::swap(f.body_width, f.body_height);
  std::swap(f.page_width, f.page_height);
  // [gongwen] the body's line and character pitch, as closely as whole numbers allow:
  // 156 mm / 10.227 mm → 15 lines (10.4 mm apart), 225 mm / 5.571 mm → 40 characters.
  f.lines_per_page = std::max<int>(1, static_cast<int>(f.body_height / portrait.line_pitch()));
  f.chars_per_line =
      std::max<int>(1, static_cast<int>(f.body_width / mul_div(portrait.body_width, 1,
                                                                portrait.chars_per_line)));
  return f;
}

void turn_pages(PageSet& pages, int first, int last, const Style& portrait) {
  // Frame point (X, Y) → sheet (L − T + Y, T + W + L − X): the frame's 版心 (L..L+W,
  // T..T+H) lands on the sheet's (L..L+H, T..T+W), its top along the sheet's left side.
  QuarterTurn turn;
  turn.origin_x = portrait.left - portrait.top;
  turn.origin_y = portrait.top + portrait.body_height + portrait.left;
  for (int p = std::max(first, 0); p <= last && p < static_cast<int>(pages.pages.size()); ++p) {
    Page& page = pages.pages[static_cast<std::size_t>(p)];
    turn.runs = page.runs.size();
    turn.rects = page.rects.size();
    page.turn = turn;
  }
}

}  // namespace gongwen::detail
