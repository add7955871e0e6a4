// The style: every number and font choice the layout uses, from styles/gbt9704.toml
// (compiled in) with a user's style file and --font overrides applied on top.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/diagnostics.hpp"
#include "common/length.hpp"
#include "model/page_boxes.hpp"
#include "model/role.hpp"

namespace gongwen::detail {

// §7.2.4: the 发文机关标志's top edge 35 mm below the 版心 top.
inline constexpr Length kMarkBelowBodyTop = mm(35);
// §7.2.6: the red separator 4 mm below the 发文字号's em box; §10.1: the 信函's double line
// 4 mm below the mark.
inline constexpr Length kRuleGapBelow = mm(4);

struct Style {
  // No defaults here: styles/gbt9704.toml (compiled in) is their only source, and
  // src/style/style_table.cpp holds each key's unit and range. A Style is filled by
  // load_style / load_style_text, never used value-initialised.
  // page (§5.2)
  Length page_width = 0, page_height = 0;
  Length top = 0, left = 0;
  Length body_width = 0, body_height = 0;
  int lines_per_page = 0, chars_per_line = 0;
  // sizes
  Length body_size = 0, title_size = 0, colophon_size = 0;
  Length page_number_size = 0, masthead_size = 0;
  // title
  Length title_pitch = 0;
  int title_blank_lines = 0;
  double title_min_ratio = 0;
  // colours
  Color red, text;
  // rules
  Length separator_thickness = 0;
  Length colophon_thick = 0, colophon_thin = 0;
  // page numbers
  Length page_number_dash_below = 0;
  int page_number_inset_chars = 0;
  // layout options
  bool colophon_on_even_page = false;
  std::string proofreader_position;
  Length seal_diameter = 0;
  Length tight_min_pitch = 0;
  int tight_max_chars = 0;
  // 信函格式
  Length letter_mark_top = 0, letter_line_length = 0;
  Length letter_bottom_margin = 0;
  Length letter_thick = 0, letter_thin = 0, letter_gap = 0;
  Length letter_first_line_gap = 0;
  // 命令格式
  Length order_mark_offset = 0, order_stamp_height = 0;
  // tables ([gongwen], gbt9704.md "Tables")
  Length table_rule = 0, table_padding = 0;
  int table_line_percent = 0;  // lines inside a cell: this % of the table's size apart
  // fonts: chain per role
  std::array<std::vector<std::string>, kRoleCount> fonts;

  bool operator==(const Style&) const = default;

  // Derived grid (GB/T 9704 §5.2.3 + [gongwen] grid rule). A loaded style has 10 to 60
  // lines and characters (style_table.cpp) and pitches no smaller than the body size
  // (style_check.cpp); the guards only keep an unloaded, zeroed Style from dividing by 0.
  Length char_pitch() const { return chars_per_line > 0 ? body_width / chars_per_line : 0; }
  Length line_pitch() const {
    return lines_per_page > 0 ? mul_div(body_height, 1, lines_per_page) : 0;
  }
  // Top of grid line k (0-based) of a full page; computed from the rational, no drift.
  Length grid_line_top(int k) const {
    return lines_per_page > 0 ? top + mul_div(body_height, k, lines_per_page) : top;
  }
  // §7.3.3: page 1 shows body text, so what stands above the 主体 there (版头, title)
  // ends one blank line and one body line above the 版心's bottom. Layout enforces it per
  // document, the style check for the least any notice puts there.
  Length page_one_limit() const { return top + body_height - 2 * line_pitch(); }
  // Bottom of the em box of a body-size line whose grid line starts at `line_top`
  // (PageWriter centres the em box in the line box).
  Length body_em_bottom(Length line_top) const {
    return line_top + (line_pitch() - body_size) / 2 + body_size;
  }
};

// A style file larger than this is refused, not cut (GW-E-STYLE-UNREADABLE).
inline constexpr std::size_t kMaxStyleFileBytes = std::size_t{1} << 20;

// Loads the built-in default, then `path` (if not empty) over it, then `fonts` overrides
// ("role" → "path[#N]" or "fc:Family"). Problems go to `diags` (file = the style path).
bool load_style(const std::string& path,
                const std::vector<std::pair<std::string, std::string>>& fonts, Style& out,
                Diagnostics& diags);

// As load_style, with the style TOML given as text (`file` names it in diagnostics).
bool load_style_text(std::string_view text, const std::string& file,
                     const std::vector<std::pair<std::string, std::string>>& fonts, Style& out,
                     Diagnostics& diags);

// Applies style TOML over `s`: every key range-checked, then the cross-field checks.
// With `complete` every key must be present (the built-in default defines them all).
bool apply_style_toml(std::string_view text, const std::string& file, bool complete, Style& s,
                      Diagnostics& diags);

// Reads a style file into `out`: a regular file of at most kMaxStyleFileBytes, else
// GW-E-STYLE-UNREADABLE. Never blocks on a FIFO or device.
bool read_style_file(const std::string& path, std::string& out, Diagnostics& diags);

// Parses "cmyk(0,1,1,0)", "rgb(1,0,0)" or "gray(0)": plain decimals from 0 to 1 only
// (no nan, inf, exponents or hex), so nothing but a real colour reaches the PDF.
bool parse_color(std::string_view text, Color& out);

}  // namespace gongwen::detail
