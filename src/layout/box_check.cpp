#include "layout/box_check.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "text/font.hpp"
#include "text/shaper.hpp"

namespace gongwen::detail {

namespace {
// Positions are rounded to the EMU on a pitch of 225/22 mm; ten micrometres of slack keep
// a box that ends exactly on an edge from being reported.
constexpr Length kSlack = 360;

bool inside(Length x0, Length y0, Length x1, Length y1, Length left, Length top, Length right,
            Length bottom) {
  return x0 >= left - kSlack && y0 >= top - kSlack && x1 <= right + kSlack &&
         y1 <= bottom + kSlack;
}

std::string box_text(Length x0, Length y0, Length x1, Length y1) {
  return fmt::format("x {:.1f}..{:.1f} mm, y {:.1f}..{:.1f} mm", to_mm(x0), to_mm(x1), to_mm(y0),
                     to_mm(y1));
}

// A glyph off the paper: "" when on it, else its box. The em box from the baseline up is
// tried first (an em wide is the most a CJK glyph's ink takes, and it needs no font). A
// glyph whose em box crosses the edge is judged by its ink, which is what would be cut:
// a half-width digit, or a mark compressed to half a cell (标点挤压), ends its ink half an
// em before its em box does, so a line may end closer to the paper's edge than an em
// (issue 8: a 990 mm 版心 on a 1000 mm page, 100 pt type).
// `turn` maps a 横排 page's turned runs onto the sheet (null for upright ones).
std::string glyph_off_paper(const GlyphRun& run, const PlacedGlyph& g, Length w, Length h,
                            const QuarterTurn* turn) {
  const Length em = mul_div(run.size, run.hscale_permille, 1000);
  Length x0 = g.x, y0 = run.baseline - run.size, x1 = g.x + em, y1 = run.baseline;
  if (turn) turn->to_sheet(x0, y0, x1, y1);
  if (inside(x0, y0, x1, y1, 0, 0, w, h)) return {};
  if (run.font != nullptr) {
    const GlyphInk ink = glyph_ink(*run.font, g.gid);
    const int upem = run.font->units_per_em();
    x0 = g.x + mul_div(em, ink.x_min, upem);
    x1 = g.x + mul_div(em, ink.x_max, upem);
    y0 = run.baseline - mul_div(run.size, ink.y_max, upem);
    y1 = run.baseline - mul_div(run.size, ink.y_min, upem);
    if (turn) turn->to_sheet(x0, y0, x1, y1);
    if (inside(x0, y0, x1, y1, 0, 0, w, h)) return {};
  }
  return box_text(x0, y0, x1, y1);
}
}  // namespace

std::string find_stray_box(const PageSet& pages, const std::vector<LineRecord>& lines,
                           const BodyArea& body, const std::vector<std::string>& free_lines) {
  const Length w = pages.width, h = pages.height;
  for (std::size_t p = 0; p < pages.pages.size(); ++p) {
    const Page& page = pages.pages[p];
    for (std::size_t i = 0; i < page.runs.size(); ++i) {
      const GlyphRun& run = page.runs[i];
      const QuarterTurn* turn = page.turn && i < page.turn->runs ? &*page.turn : nullptr;  // 横排
      for (const PlacedGlyph& g : run.glyphs) {
        const std::string off = glyph_off_paper(run, g, w, h, turn);
        if (!off.empty()) return fmt::format("page {}: a glyph off the paper ({})", p + 1, off);
      }
    }
    for (std::size_t i = 0; i < page.rects.size(); ++i) {
      const Rect& r = page.rects[i];
      Length x0 = r.x, y0 = r.y, x1 = r.x + r.w, y1 = r.y + r.h;
      if (page.turn && i < page.turn->rects) page.turn->to_sheet(x0, y0, x1, y1);
      if (!inside(x0, y0, x1, y1, 0, 0, w, h)) {
        return fmt::format("page {}: a rule off the paper ({})", p + 1, box_text(x0, y0, x1, y1));
      }
    }
    for (const Image& im : page.images) {
      if (!inside(im.x, im.y, im.x + im.w, im.y + im.h, 0, 0, w, h)) {
        return fmt::format("page {}: an image off the paper ({})", p + 1,
                           box_text(im.x, im.y, im.x + im.w, im.y + im.h));
      }
    }
  }
  for (const LineRecord& r : lines) {
    if (r.clusters == 0) continue;  // a rule, checked above
    if (std::find(free_lines.begin(), free_lines.end(), r.what) != free_lines.end()) continue;
    // The em box, centred in the line box (PageWriter::emit).
    Length x0 = r.left, y0 = r.top + (r.height - r.size) / 2, x1 = r.right, y1 = y0 + r.size;
    // On a 横排 page every line but the free ones (the page number) is on the turned frame.
    const Page& page = pages.pages[static_cast<std::size_t>(r.page)];
    if (page.turn) page.turn->to_sheet(x0, y0, x1, y1);
    if (!inside(x0, y0, x1, y1, body.left, body.top, body.left + body.width,
                body.top + body.height)) {
      return fmt::format("page {}: a {} line outside the 版心 ({})", r.page + 1, r.what,
                         box_text(x0, y0, x1, y1));
    }
  }
  return {};
}

bool boxes_in_place(const PageSet& pages, const std::vector<LineRecord>& lines,
                    const BodyArea& body, const std::vector<std::string>& free_lines,
                    Diagnostics& diags) {
  std::string stray = find_stray_box(pages, lines, body, free_lines);
  if (stray.empty()) return true;
  diags.error_at(msg("GW-E-INTERNAL", "stray-box", {{"what", stray}}), {});
  return false;
}

}  // namespace gongwen::detail
