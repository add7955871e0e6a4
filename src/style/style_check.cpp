// Cross-field checks (issue 8): values each within range can still contradict one
// another. Pitches are computed exactly as layout computes them (Style::line_pitch,
// body_width / chars_per_line), so what passes here is what layout divides by.
#include "style/style_check.hpp"

#include <fmt/format.h>

#include <initializer_list>

#include "style/style_table.hpp"

namespace gongwen::detail {
namespace {

// A CJK glyph's ink fills about 90 % of its em, so characters may be set up to 10 % closer
// than their size; GB/T 9704's own grid sets 16 pt characters 156/28 mm = 0.987 em apart.
constexpr std::int64_t kMinCharPitchPermille = 900;

class Checker {
 public:
  Checker(const KeyPlaces& places, const std::string& file, Diagnostics& diags)
      : places_(places), file_(file), diags_(diags) {}

  // `keys` ("table.key") in order of blame: the first one the TOML being applied sets
  // is the one reported, since changing it made the check fail.
  bool require(bool ok, std::initializer_list<const char*> keys, const std::string& what) {
    if (ok) return true;
    SourceLocation where{file_, 0, 0, ""};
    for (const char* full : keys) {
      std::string_view f = full;
      const auto dot = f.find('.');
      const int i = style_key_index(f.substr(0, dot), f.substr(dot + 1));
      if (i >= 0 && places_[static_cast<std::size_t>(i)]) {
        where = *places_[static_cast<std::size_t>(i)];
        break;
      }
    }
    diags_.error_at("GW-E-STYLE", what, where);
    return false;
  }

 private:
  const KeyPlaces& places_;
  const std::string& file_;
  Diagnostics& diags_;
};

std::string mm_text(Length v) { return fmt::format("{:.6g} mm", to_mm(v)); }
std::string pt_text(Length v) { return fmt::format("{:.6g} pt", to_pt(v)); }

// §7.3.3: page 1 shows body text below the 版头 and the title. The least 版头 any notice
// has — one issuer's mark at masthead_pt, nothing stacked beside or below it that the XML
// may leave out — must leave that room in every format; layout/masthead.cpp places each
// of these at the positions computed here. Whatever a notice adds (joint issuers, a long
// title) is checked by layout for that notice.
void check_page_one_room(const Style& s, Checker& c) {
  const Length limit = s.page_one_limit();
  const Length pitch = s.line_pitch();
  const Length title = s.title_blank_lines * pitch + s.title_pitch;  // §7.3.1, one line
  auto room_text = [&](Length end) {
    return fmt::format("ends {} from the page top, {} below the {} that leave one blank "
                       "line and the first body line on page 1 (§7.3.3)",
                       mm_text(end), mm_text(end - limit), mm_text(limit));
  };
  // 文件格式 and 纪要格式 (§7.2.4–7.2.6, §10.3): the mark 35 mm below the 版心 top, the
  // 发文字号 two lines below it, the red rule 4 mm under that line's em box.
  const Length mark_bottom = s.top + kMarkBelowBodyTop + s.masthead_size;
  const Length rule_bottom =
      s.body_em_bottom(mark_bottom + 2 * pitch) + kRuleGapBelow + s.separator_thickness;
  const bool rule_fits = c.require(
      rule_bottom <= limit,
      {"page.body_height_mm", "grid.lines_per_page", "sizes.masthead_pt", "sizes.body_pt",
       "rules.separator_mm"},
      fmt::format("the 版头 (the mark 35 mm below the 版心 top at masthead_pt, the 发文字号 two "
                  "lines below, the red rule 4 mm under it) {}; make body_height_mm larger "
                  "or masthead_pt smaller",
                  room_text(rule_bottom)));
  // The 标题 (required in the 文件格式) title.blank_lines_above below the rule.
  if (rule_fits) {
    c.require(rule_bottom + title <= limit,
              {"title.blank_lines_above", "title.line_pitch_pt", "page.body_height_mm",
               "grid.lines_per_page", "sizes.masthead_pt"},
              fmt::format("[title] blank_lines_above = {} and one line_pitch_pt = {} below the "
                          "red rule: the title {}; use fewer blank lines or a taller 版心",
                          s.title_blank_lines, pt_text(s.title_pitch),
                          room_text(rule_bottom + title)));
  }
  // 信函格式 (§10.1): the mark mark_top_mm from the page top, the double line 4 mm below it,
  // then the 标题 (required in a letter).
  const Length letter_bottom = s.letter_mark_top + s.masthead_size + kRuleGapBelow +
                               s.letter_thick + s.letter_gap + s.letter_thin + title;
  c.require(letter_bottom <= limit,
            {"letter.mark_top_mm", "title.blank_lines_above", "title.line_pitch_pt",
             "page.body_height_mm", "grid.lines_per_page", "sizes.masthead_pt"},
            fmt::format("[letter] the 信函's mark at mark_top_mm = {}, its double line 4 mm "
                        "below and the title below that: the title {}",
                        mm_text(s.letter_mark_top), room_text(letter_bottom)));
  // 命令格式 (§10.2): the mark mark_below_body_top_mm below the 版心 top, title optional.
  // A mark outside the 版心 is reported once, by check_style.
  const Length order_bottom = s.top + s.order_mark_offset + s.masthead_size;
  if (s.order_mark_offset >= s.body_height) return;
  c.require(order_bottom <= limit,
            {"order.mark_below_body_top_mm", "page.body_height_mm", "grid.lines_per_page",
             "sizes.masthead_pt"},
            fmt::format("[order] the 命令's mark at mark_below_body_top_mm = {} {}",
                        mm_text(s.order_mark_offset), room_text(order_bottom)));
}

}  // namespace

void check_style(const Style& s, const KeyPlaces& places, const std::string& file,
                 Diagnostics& diags) {
  Checker c(places, file, diags);
  // §5.2: the 版心 lies inside the page, with room below it for the page number (§7.5).
  c.require(s.left + s.body_width <= s.page_width,
            {"page.body_width_mm", "page.left_mm", "page.width_mm"},
            fmt::format("[page] left_mm + body_width_mm = {} is wider than width_mm = {}; the "
                        "版心 must lie inside the page",
                        mm_text(s.left + s.body_width), mm_text(s.page_width)));
  c.require(s.top + s.body_height <= s.page_height,
            {"page.body_height_mm", "page.top_mm", "page.height_mm"},
            fmt::format("[page] top_mm + body_height_mm = {} is taller than height_mm = {}; the "
                        "版心 must lie inside the page",
                        mm_text(s.top + s.body_height), mm_text(s.page_height)));
  const Length number_bottom =
      s.top + s.body_height + s.page_number_dash_below + s.page_number_size;
  c.require(number_bottom <= s.page_height,
            {"page_number.dash_center_below_body_mm", "sizes.page_number_pt",
             "page.body_height_mm", "page.top_mm", "page.height_mm"},
            fmt::format("the page number (dash_center_below_body_mm plus one page_number_pt "
                        "below the 版心) ends {} from the page top, below height_mm = {}; "
                        "leave room for it under the 版心",
                        mm_text(number_bottom), mm_text(s.page_height)));
  // §5.2.3: the grid's line pitch carries a line of body text.
  c.require(s.line_pitch() >= s.body_size,
            {"grid.lines_per_page", "page.body_height_mm", "sizes.body_pt"},
            fmt::format("[grid] lines_per_page = {} gives a line pitch of {} (body_height_mm / "
                        "lines_per_page), less than body_pt = {}; use fewer lines or a "
                        "smaller body_pt",
                        s.lines_per_page, pt_text(s.line_pitch()), pt_text(s.body_size)));
  // Both the grid and the tightened last page set body characters across the 版心.
  auto char_pitch_fits = [&](int chars, const char* key) {
    const Length pitch = mul_div(s.body_width, 1, chars);
    c.require(pitch * 1000 >= s.body_size * kMinCharPitchPermille,
              {key, "page.body_width_mm", "sizes.body_pt"},
              fmt::format("[{}] {} = {} gives a character pitch of {} (body_width_mm / {}), less "
                          "than 0.9 × body_pt = {}; use fewer characters or a smaller body_pt",
                          std::string_view(key).substr(0, std::string_view(key).find('.')),
                          std::string_view(key).substr(std::string_view(key).find('.') + 1),
                          chars, pt_text(pitch), chars, pt_text(s.body_size)));
  };
  char_pitch_fits(s.chars_per_line, "grid.chars_per_line");
  char_pitch_fits(s.tight_max_chars, "layout.tight_max_chars_per_line");
  c.require(s.tight_min_pitch >= s.body_size, {"layout.tight_min_line_pitch_pt", "sizes.body_pt"},
            fmt::format("[layout] tight_min_line_pitch_pt = {} is less than body_pt = {}; "
                        "a tightened line must still hold a line of text",
                        pt_text(s.tight_min_pitch), pt_text(s.body_size)));
  c.require(s.title_pitch >= s.title_size, {"title.line_pitch_pt", "sizes.title_pt"},
            fmt::format("[title] line_pitch_pt = {} is less than title_pt = {}; title lines "
                        "would overlap",
                        pt_text(s.title_pitch), pt_text(s.title_size)));
  c.require(s.colophon_size <= s.line_pitch(),
            {"sizes.colophon_pt", "grid.lines_per_page", "page.body_height_mm"},
            fmt::format("[sizes] colophon_pt = {} is more than the line pitch {}; 版记 lines "
                        "are set on the grid",
                        pt_text(s.colophon_size), pt_text(s.line_pitch())));
  c.require(s.seal_diameter <= s.body_width, {"layout.seal_diameter_mm", "page.body_width_mm"},
            fmt::format("[layout] seal_diameter_mm = {} is wider than the 版心 ({})",
                        mm_text(s.seal_diameter), mm_text(s.body_width)));
  // §10.1 信函格式: the double lines on the page, the mark above the bottom line.
  c.require(s.letter_line_length <= s.page_width, {"letter.line_length_mm", "page.width_mm"},
            fmt::format("[letter] line_length_mm = {} is wider than the page ({})",
                        mm_text(s.letter_line_length), mm_text(s.page_width)));
  c.require(s.letter_mark_top + s.letter_bottom_margin < s.page_height,
            {"letter.mark_top_mm", "letter.bottom_line_above_page_bottom_mm", "page.height_mm"},
            fmt::format("[letter] mark_top_mm + bottom_line_above_page_bottom_mm = {} leaves "
                        "no page between them (height_mm = {})",
                        mm_text(s.letter_mark_top + s.letter_bottom_margin),
                        mm_text(s.page_height)));
  // §10.2 命令格式: the mark inside the 版心.
  c.require(s.order_mark_offset < s.body_height,
            {"order.mark_below_body_top_mm", "page.body_height_mm"},
            fmt::format("[order] mark_below_body_top_mm = {} is not inside the 版心 (body "
                        "height {})",
                        mm_text(s.order_mark_offset), mm_text(s.body_height)));
  check_page_one_room(s, c);
}

}  // namespace gongwen::detail
