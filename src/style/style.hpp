// The style: every number and font choice the layout uses, from styles/gbt9704.toml
// (compiled in) with a user's style file and --font overrides applied on top.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/diagnostics.hpp"
#include "common/length.hpp"
#include "model/page_boxes.hpp"

namespace gongwen::detail {

enum class Role { xiaobiaosong, fangsong, heiti, kaiti, songti };
inline constexpr int kRoleCount = 5;
const char* role_name(Role r);
bool role_from_name(std::string_view name, Role& out);

struct Style {
  // page (§5.2)
  Length page_width = mm(210), page_height = mm(297);
  Length top = mm(37), left = mm(28);
  Length body_width = mm(156), body_height = mm(225);
  int lines_per_page = 22, chars_per_line = 28;
  // sizes
  Length body_size = pt(16), title_size = pt(22), colophon_size = pt(14);
  Length page_number_size = pt(14), masthead_size = pt(42);
  // title
  Length title_pitch = pt(35);
  int title_blank_lines = 2;
  double title_min_ratio = 1.0 / 3.0;
  // colours
  Color red{Color::Space::cmyk, {0, 1, 1, 0}};
  Color text = Color::black();
  // rules
  Length separator_thickness = mm_f(0.5);
  Length colophon_thick = mm_f(0.35), colophon_thin = mm_f(0.25);
  // page numbers
  Length page_number_dash_below = mm(7);
  int page_number_inset_chars = 1;
  // layout options
  bool colophon_on_even_page = true;
  std::string proofreader_position = "last";
  Length seal_diameter = mm(42);
  Length tight_min_pitch = pt(26);
  int tight_max_chars = 29;
  // 信函格式
  Length letter_mark_top = mm(30), letter_line_length = mm(170);
  Length letter_bottom_margin = mm(20);
  Length letter_thick = mm_f(1.0), letter_thin = mm_f(0.35), letter_gap = mm_f(0.7);
  Length letter_first_line_gap = mm_f(4.94);
  // 命令格式
  Length order_mark_offset = mm(20), order_stamp_height = mm(15);
  // fonts: chain per role
  std::array<std::vector<std::string>, kRoleCount> fonts;

  // Derived grid (GB/T 9704 §5.2.3 + [gongwen] grid rule).
  Length char_pitch() const { return body_width / chars_per_line; }  // exact in EMU? see cpp
  Length line_pitch() const { return mul_div(body_height, 1, lines_per_page); }
  // Top of grid line k (0-based) of a full page; computed from the rational, no drift.
  Length grid_line_top(int k) const { return top + mul_div(body_height, k, lines_per_page); }
};

// Loads the built-in default, then `path` (if not empty) over it, then `fonts` overrides
// ("role" → "path[#N]" or "fc:Family"). Problems go to `diags` (file = the style path).
bool load_style(const std::string& path,
                const std::vector<std::pair<std::string, std::string>>& fonts, Style& out,
                Diagnostics& diags);

// Parses "cmyk(0,1,1,0)", "rgb(1,0,0)" or "gray(0)".
bool parse_color(std::string_view text, Color& out);

}  // namespace gongwen::detail
