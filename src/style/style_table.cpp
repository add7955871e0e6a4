// The ranges are a typesetter's: wide enough for any real 公文 page, narrow enough that
// every accepted value lays out without nonsense or arithmetic traps (issue 8). The
// defaults are not here: styles/gbt9704.toml is their only source.
#include "style/style_table.hpp"

#include <array>

namespace gongwen::detail {
namespace {

constexpr StyleKey mm_key(const char* t, const char* k, Length Style::*m, double lo, double hi) {
  StyleKey r{t, k, Unit::mm, lo, hi};
  r.length = m;
  return r;
}
constexpr StyleKey pt_key(const char* t, const char* k, Length Style::*m, double lo, double hi) {
  StyleKey r{t, k, Unit::pt, lo, hi};
  r.length = m;
  return r;
}
constexpr StyleKey count_key(const char* t, const char* k, int Style::*m, double lo, double hi) {
  StyleKey r{t, k, Unit::count, lo, hi};
  r.count = m;
  return r;
}
constexpr StyleKey ratio_key(const char* t, const char* k, double Style::*m) {
  StyleKey r{t, k, Unit::ratio, 0, 1};
  r.ratio = m;
  return r;
}
constexpr StyleKey color_key(const char* t, const char* k, Color Style::*m) {
  StyleKey r{t, k, Unit::color, 0, 1};
  r.color = m;
  return r;
}
constexpr StyleKey flag_key(const char* t, const char* k, bool Style::*m) {
  StyleKey r{t, k, Unit::flag};
  r.flag = m;
  return r;
}
constexpr StyleKey choice_key(const char* t, const char* k, std::string Style::*m,
                              const char* choices) {
  StyleKey r{t, k, Unit::choice};
  r.choice = m;
  r.choices = choices;
  return r;
}
constexpr StyleKey fonts_key(const char* k, Role role) {
  StyleKey r{"fonts", k, Unit::fonts};
  r.role = static_cast<int>(role);
  return r;
}

// Pages from A5 (148 × 210 mm, the smallest sheet a 公文 is printed on) to 1000 mm;
// sizes 5 pt (smaller does not print legibly) to 100 pt; rules 0.05 mm (a hairline that
// still prints) to 3 mm. Cross-field limits (版心 inside the page, pitch ≥ size) are in
// style_check.cpp.
const auto kKeys = std::to_array<StyleKey>({
    mm_key("page", "width_mm", &Style::page_width, 148, 1000),
    mm_key("page", "height_mm", &Style::page_height, 210, 1000),
    mm_key("page", "top_mm", &Style::top, 5, 500),
    mm_key("page", "left_mm", &Style::left, 5, 500),
    mm_key("page", "body_width_mm", &Style::body_width, 60, 990),
    mm_key("page", "body_height_mm", &Style::body_height, 60, 990),
    count_key("grid", "lines_per_page", &Style::lines_per_page, 10, 60),
    count_key("grid", "chars_per_line", &Style::chars_per_line, 10, 60),
    pt_key("sizes", "body_pt", &Style::body_size, 5, 100),
    pt_key("sizes", "title_pt", &Style::title_size, 5, 100),
    pt_key("sizes", "colophon_pt", &Style::colophon_size, 5, 100),
    pt_key("sizes", "page_number_pt", &Style::page_number_size, 5, 100),
    pt_key("sizes", "masthead_pt", &Style::masthead_size, 5, 100),
    pt_key("title", "line_pitch_pt", &Style::title_pitch, 5, 200),
    count_key("title", "blank_lines_above", &Style::title_blank_lines, 0, 10),
    ratio_key("title", "min_line_ratio", &Style::title_min_ratio),
    color_key("colors", "red", &Style::red),
    color_key("colors", "text", &Style::text),
    mm_key("rules", "separator_mm", &Style::separator_thickness, 0.05, 3),
    mm_key("rules", "colophon_thick_mm", &Style::colophon_thick, 0.05, 3),
    mm_key("rules", "colophon_thin_mm", &Style::colophon_thin, 0.05, 3),
    mm_key("page_number", "dash_center_below_body_mm", &Style::page_number_dash_below, 1, 100),
    count_key("page_number", "inset_chars", &Style::page_number_inset_chars, 0, 10),
    flag_key("layout", "colophon_on_even_page", &Style::colophon_on_even_page),
    choice_key("layout", "proofreader_position", &Style::proofreader_position, "last|first"),
    mm_key("layout", "seal_diameter_mm", &Style::seal_diameter, 20, 80),
    pt_key("layout", "tight_min_line_pitch_pt", &Style::tight_min_pitch, 5, 200),
    count_key("layout", "tight_max_chars_per_line", &Style::tight_max_chars, 10, 60),
    mm_key("letter", "mark_top_mm", &Style::letter_mark_top, 5, 500),
    mm_key("letter", "line_length_mm", &Style::letter_line_length, 50, 1000),
    mm_key("letter", "bottom_line_above_page_bottom_mm", &Style::letter_bottom_margin, 5, 500),
    mm_key("letter", "thick_mm", &Style::letter_thick, 0.05, 3),
    mm_key("letter", "thin_mm", &Style::letter_thin, 0.05, 3),
    mm_key("letter", "gap_mm", &Style::letter_gap, 0.05, 5),
    mm_key("letter", "first_line_gap_mm", &Style::letter_first_line_gap, 0, 50),
    mm_key("order", "mark_below_body_top_mm", &Style::order_mark_offset, 0, 500),
    mm_key("order", "stamp_height_mm", &Style::order_stamp_height, 5, 100),
    pt_key("table", "rule_pt", &Style::table_rule, 0.1, 8),
    mm_key("table", "padding_mm", &Style::table_padding, 0, 10),
    count_key("table", "line_pitch_percent", &Style::table_line_percent, 100, 300),
    fonts_key("xiaobiaosong", Role::xiaobiaosong),
    fonts_key("fangsong", Role::fangsong),
    fonts_key("heiti", Role::heiti),
    fonts_key("kaiti", Role::kaiti),
    fonts_key("songti", Role::songti),
});

}  // namespace

std::span<const StyleKey> style_keys() { return kKeys; }

int style_key_index(std::string_view table, std::string_view key) {
  for (std::size_t i = 0; i < kKeys.size(); ++i) {
    if (table == kKeys[i].table && key == kKeys[i].key) return static_cast<int>(i);
  }
  return -1;
}

const char* unit_suffix(Unit u) {
  switch (u) {
    case Unit::mm: return " mm";
    case Unit::pt: return " pt";
    default: return "";
  }
}

}  // namespace gongwen::detail
