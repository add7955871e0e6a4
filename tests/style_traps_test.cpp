// No floating-point trap reachable from a style (issue 8: SIGFPE on body_height_mm =
// 0.0001). Renders samples with division-by-zero, invalid and overflow traps turned on
// (glibc feenableexcept), once with the default style and once with each extreme a style
// may take; a trap kills the test with SIGFPE. Integer division by zero traps regardless.
#include <fenv.h>
#include <gtest/gtest.h>

#include "gongwen/gongwen.hpp"
#include "support/files.hpp"
#include "support/style_toml.hpp"

namespace gongwen {
namespace {

using test::StylePairs;

// `base` with the values of `changes` in place of its own.
StylePairs changed(StylePairs base, const StylePairs& changes) {
  for (auto& [key, value] : base) {
    for (const auto& [k, v] : changes) {
      if (k == key) value = v;
    }
  }
  return base;
}

// Each accepted at its range's end (README "Style files"), chosen to stress a division.
// §7.3.3's room on page 1 ties some ends together (style_check.cpp): a 60 mm 版心 takes a
// 2 mm grid of 5 pt type; a 990 mm one of 10 lines at most 3 blank lines above the title.
const std::vector<std::pair<const char*, StylePairs>>& extreme_styles() {
  // 2 blank lines, not 3: joint-notice's title takes two 200 pt lines below its two
  // issuers' mark, content that layout rightly refuses at 3 (GW-E-TITLE-TOO-LONG).
  static const StylePairs huge = {
      {"page.width_mm", "1000"}, {"page.height_mm", "1000"}, {"page.top_mm", "5"},
      {"page.left_mm", "5"}, {"page.body_width_mm", "990"}, {"page.body_height_mm", "990"},
      {"grid.lines_per_page", "10"}, {"grid.chars_per_line", "10"},
      {"layout.tight_max_chars_per_line", "10"}, {"sizes.body_pt", "100"},
      {"sizes.title_pt", "100"}, {"sizes.colophon_pt", "100"}, {"sizes.page_number_pt", "5"},
      {"sizes.masthead_pt", "100"}, {"title.line_pitch_pt", "200"},
      {"layout.tight_min_line_pitch_pt", "200"}, {"layout.seal_diameter_mm", "80"},
      {"rules.separator_mm", "3"}, {"letter.thick_mm", "3"}, {"letter.gap_mm", "5"},
      {"letter.line_length_mm", "1000"}, {"letter.first_line_gap_mm", "50"},
      {"title.min_line_ratio", "1"}, {"title.blank_lines_above", "2"},
      {"page_number.inset_chars", "10"}, {"page_number.dash_center_below_body_mm", "1"},
      {"colors.red", "\"cmyk(1,1,1,1)\""}};
  static const std::vector<std::pair<const char*, StylePairs>> styles = {
      {"defaults", {}},
      {"A5, small 版心, smallest sizes and rules",
       {{"page.width_mm", "148"}, {"page.height_mm", "210"}, {"page.top_mm", "5"},
        {"page.left_mm", "5"}, {"page.body_width_mm", "60"}, {"page.body_height_mm", "60"},
        {"grid.lines_per_page", "30"}, {"grid.chars_per_line", "10"},
        {"layout.tight_max_chars_per_line", "10"}, {"sizes.body_pt", "5"},
        {"sizes.title_pt", "5"}, {"sizes.colophon_pt", "5"}, {"sizes.page_number_pt", "5"},
        {"sizes.masthead_pt", "5"}, {"title.line_pitch_pt", "5"},
        {"layout.tight_min_line_pitch_pt", "5"}, {"layout.seal_diameter_mm", "20"},
        {"rules.separator_mm", "0.05"}, {"rules.colophon_thick_mm", "0.05"},
        {"rules.colophon_thin_mm", "0.05"}, {"letter.thick_mm", "0.05"},
        {"letter.thin_mm", "0.05"}, {"letter.gap_mm", "0.05"}, {"letter.line_length_mm", "50"},
        {"letter.first_line_gap_mm", "0"}, {"order.mark_below_body_top_mm", "0"},
        {"title.min_line_ratio", "0.001"}, {"title.blank_lines_above", "0"},
        {"page_number.inset_chars", "0"}, {"page_number.dash_center_below_body_mm", "1"},
        {"colors.red", "\"rgb(0,0,0)\""}, {"colors.text", "\"gray(1)\""}}},
      {"1000 mm page, 100 pt sizes, largest rules", huge},
      {"1000 mm page, most blank lines above a one-pitch title",
       changed(huge, {{"title.blank_lines_above", "3"}, {"title.line_pitch_pt", "100"}})},
      {"60 × 60 grid of small type",
       {{"grid.lines_per_page", "60"}, {"grid.chars_per_line", "60"},
        {"layout.tight_max_chars_per_line", "60"}, {"sizes.body_pt", "7"},
        {"sizes.colophon_pt", "7"}, {"layout.tight_min_line_pitch_pt", "7"}}},
  };
  return styles;
}

const char* const kSamples[] = {"seed-002-tongzhi.xml", "letter.xml", "order.xml",
                                "minutes.xml", "joint-notice.xml"};

RenderResult render(Engine& engine, const std::string& sample, const std::string& style_path) {
  RenderOptions o;
  o.style_path = style_path;
  o.base_dir = test::source_path("samples");
  return engine.render(test::read_text(test::source_path("samples/" + sample)), sample, o);
}

TEST(StyleTraps, ExtremeAcceptedStylesLayOutWithTrapsOn) {
  Engine engine;
  // Fonts load on the first render, outside the traps: fontconfig and FreeType are not
  // what this test is about.
  ASSERT_TRUE(render(engine, kSamples[0], "").ok);
  test::TempDir dir;
  for (const auto& [name, pairs] : extreme_styles()) {
    const std::string path = (dir / "style.toml").string();
    test::write_text(path, test::style_toml(pairs));
    for (const char* sample : kSamples) {
      feclearexcept(FE_ALL_EXCEPT);
      ASSERT_NE(feenableexcept(FE_DIVBYZERO | FE_INVALID | FE_OVERFLOW), -1);
      RenderResult r = render(engine, sample, path);
      fedisableexcept(FE_ALL_EXCEPT);
      // Every accepted style lays every sample out (more pages, never an error).
      std::string first = r.diagnostics.empty() ? "" : format_diagnostic(r.diagnostics[0]);
      EXPECT_TRUE(r.ok) << name << " / " << sample << ": " << first;
      EXPECT_GT(r.pages, 0) << name << " / " << sample;
    }
  }
}

}  // namespace
}  // namespace gongwen
