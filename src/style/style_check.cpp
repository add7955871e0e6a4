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
  bool require(bool ok, std::initializer_list<const char*> keys, const Message& what) {
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
    diags_.error_at(what, where);
    return false;
  }
  std::string text(const Message& m) const { return diags_.text(m); }

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
    return c.text(msg("GW-E-STYLE", "room",
                      {{"end", mm_text(end)}, {"over", mm_text(end - limit)},
                       {"limit", mm_text(limit)}}));
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
      msg("GW-E-STYLE", "masthead-room", {{"room", room_text(rule_bottom)}}));
  // The 标题 (required in the 文件格式) title.blank_lines_above below the rule.
  if (rule_fits) {
    c.require(rule_bottom + title <= limit,
              {"title.blank_lines_above", "title.line_pitch_pt", "page.body_height_mm",
               "grid.lines_per_page", "sizes.masthead_pt"},
              msg("GW-E-STYLE", "title-room",
                  {{"lines", s.title_blank_lines}, {"pitch", pt_text(s.title_pitch)},
                   {"room", room_text(rule_bottom + title)}}));
  }
  // 信函格式 (§10.1): the mark mark_top_mm from the page top, the double line 4 mm below it,
  // then the 标题 (required in a letter).
  const Length letter_bottom = s.letter_mark_top + s.masthead_size + kRuleGapBelow +
                               s.letter_thick + s.letter_gap + s.letter_thin + title;
  c.require(letter_bottom <= limit,
            {"letter.mark_top_mm", "title.blank_lines_above", "title.line_pitch_pt",
             "page.body_height_mm", "grid.lines_per_page", "sizes.masthead_pt"},
            msg("GW-E-STYLE", "letter-room",
                {{"top", mm_text(s.letter_mark_top)}, {"room", room_text(letter_bottom)}}));
  // 命令格式 (§10.2): the mark mark_below_body_top_mm below the 版心 top, title optional.
  // A mark outside the 版心 is reported once, by check_style.
  const Length order_bottom = s.top + s.order_mark_offset + s.masthead_size;
  if (s.order_mark_offset >= s.body_height) return;
  c.require(order_bottom <= limit,
            {"order.mark_below_body_top_mm", "page.body_height_mm", "grid.lines_per_page",
             "sizes.masthead_pt"},
            msg("GW-E-STYLE", "order-room",
                {{"offset", mm_text(s.order_mark_offset)}, {"room", room_text(order_bottom)}}));
}

}  // namespace

void check_style(const Style& s, const KeyPlaces& places, const std::string& file,
                 Diagnostics& diags) {
  Checker c(places, file, diags);
  // §5.2: the 版心 lies inside the page, with room below it for the page number (§7.5).
  c.require(s.left + s.body_width <= s.page_width,
            {"page.body_width_mm", "page.left_mm", "page.width_mm"},
            msg("GW-E-STYLE", "body-wider",
                {{"sum", mm_text(s.left + s.body_width)}, {"page", mm_text(s.page_width)}}));
  c.require(s.top + s.body_height <= s.page_height,
            {"page.body_height_mm", "page.top_mm", "page.height_mm"},
            msg("GW-E-STYLE", "body-taller",
                {{"sum", mm_text(s.top + s.body_height)}, {"page", mm_text(s.page_height)}}));
  const Length number_bottom =
      s.top + s.body_height + s.page_number_dash_below + s.page_number_size;
  c.require(number_bottom <= s.page_height,
            {"page_number.dash_center_below_body_mm", "sizes.page_number_pt",
             "page.body_height_mm", "page.top_mm", "page.height_mm"},
            msg("GW-E-STYLE", "page-number-room",
                {{"end", mm_text(number_bottom)}, {"page", mm_text(s.page_height)}}));
  // §5.2.3: the grid's line pitch carries a line of body text.
  c.require(s.line_pitch() >= s.body_size,
            {"grid.lines_per_page", "page.body_height_mm", "sizes.body_pt"},
            msg("GW-E-STYLE", "line-pitch",
                {{"lines", s.lines_per_page}, {"pitch", pt_text(s.line_pitch())},
                 {"body", pt_text(s.body_size)}}));
  // Both the grid and the tightened last page set body characters across the 版心.
  auto char_pitch_fits = [&](int chars, const char* key) {
    const Length pitch = mul_div(s.body_width, 1, chars);
    c.require(pitch * 1000 >= s.body_size * kMinCharPitchPermille,
              {key, "page.body_width_mm", "sizes.body_pt"},
              msg("GW-E-STYLE", "char-pitch",
                  {{"table", std::string_view(key).substr(0, std::string_view(key).find('.'))},
                   {"key", std::string_view(key).substr(std::string_view(key).find('.') + 1)},
                   {"chars", chars}, {"pitch", pt_text(pitch)}, {"body", pt_text(s.body_size)}}));
  };
  char_pitch_fits(s.chars_per_line, "grid.chars_per_line");
  char_pitch_fits(s.tight_max_chars, "layout.tight_max_chars_per_line");
  c.require(s.tight_min_pitch >= s.body_size, {"layout.tight_min_line_pitch_pt", "sizes.body_pt"},
            msg("GW-E-STYLE", "tight-pitch",
                {{"pitch", pt_text(s.tight_min_pitch)}, {"body", pt_text(s.body_size)}}));
  c.require(s.title_pitch >= s.title_size, {"title.line_pitch_pt", "sizes.title_pt"},
            msg("GW-E-STYLE", "title-pitch",
                {{"pitch", pt_text(s.title_pitch)}, {"size", pt_text(s.title_size)}}));
  c.require(s.colophon_size <= s.line_pitch(),
            {"sizes.colophon_pt", "grid.lines_per_page", "page.body_height_mm"},
            msg("GW-E-STYLE", "colophon-size",
                {{"size", pt_text(s.colophon_size)}, {"pitch", pt_text(s.line_pitch())}}));
  c.require(s.seal_diameter <= s.body_width, {"layout.seal_diameter_mm", "page.body_width_mm"},
            msg("GW-E-STYLE", "seal-wider",
                {{"diameter", mm_text(s.seal_diameter)}, {"width", mm_text(s.body_width)}}));
  // §10.1 信函格式: the double lines on the page, the mark above the bottom line.
  c.require(s.letter_line_length <= s.page_width, {"letter.line_length_mm", "page.width_mm"},
            msg("GW-E-STYLE", "letter-line",
                {{"length", mm_text(s.letter_line_length)}, {"page", mm_text(s.page_width)}}));
  c.require(s.letter_mark_top + s.letter_bottom_margin < s.page_height,
            {"letter.mark_top_mm", "letter.bottom_line_above_page_bottom_mm", "page.height_mm"},
            msg("GW-E-STYLE", "letter-lines",
                {{"sum", mm_text(s.letter_mark_top + s.letter_bottom_margin)},
                 {"page", mm_text(s.page_height)}}));
  // §10.2 命令格式: the mark inside the 版心.
  c.require(s.order_mark_offset < s.body_height,
            {"order.mark_below_body_top_mm", "page.body_height_mm"},
            msg("GW-E-STYLE", "order-mark",
                {{"offset", mm_text(s.order_mark_offset)}, {"height", mm_text(s.body_height)}}));
  check_page_one_room(s, c);
}

}  // namespace gongwen::detail
