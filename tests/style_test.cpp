// Styles: the built-in default carries the spec's numbers; user files and --font
// overrides apply on top; mistakes are diagnostics with line:column.
#include <gtest/gtest.h>

#include "style/style.hpp"
#include "support/files.hpp"

namespace gongwen::detail {
namespace {

Style load(const std::string& toml, std::vector<Diagnostic>* diags = nullptr,
           std::vector<std::pair<std::string, std::string>> fonts = {}) {
  test::TempDir dir;
  std::string path;
  if (!toml.empty()) {
    path = (dir / "s.toml").string();
    test::write_text(path, toml);
  }
  Diagnostics d;
  Style s;
  bool ok = load_style(path, fonts, s, d);
  if (diags) *diags = d.take();
  EXPECT_EQ(ok, diags == nullptr || !has_errors(*diags));
  return s;
}

TEST(Style, DefaultCarriesTheStandardsNumbers) {
  Style s = load("");
  EXPECT_EQ(s.top, mm(37));
  EXPECT_EQ(s.left, mm(28));
  EXPECT_EQ(s.body_width, mm(156));
  EXPECT_EQ(s.body_height, mm(225));
  EXPECT_EQ(s.lines_per_page, 22);
  EXPECT_EQ(s.chars_per_line, 28);
  EXPECT_EQ(s.body_size, pt(16));
  EXPECT_EQ(s.title_size, pt(22));
  EXPECT_EQ(s.colophon_size, pt(14));
  EXPECT_EQ(s.colophon_thick, mm_f(0.35));
  EXPECT_EQ(s.colophon_thin, mm_f(0.25));
  EXPECT_TRUE(s.colophon_on_even_page);
  EXPECT_EQ(s.red.space, Color::Space::cmyk);
  EXPECT_EQ(s.fonts[static_cast<int>(Role::fangsong)].front(), "FandolFang-Regular.otf");
  EXPECT_EQ(s.fonts[static_cast<int>(Role::heiti)].back(), "fc:WenQuanYi Zen Hei");
  // The grid: 225/22 mm a line, exact to the EMU.
  EXPECT_NEAR(to_mm(s.line_pitch()), 225.0 / 22.0, 1e-4);
  EXPECT_EQ(s.grid_line_top(22), mm(37 + 225));
}

TEST(Style, UserFileOverridesOnlyWhatItSays) {
  Style s = load("[layout]\ncolophon_on_even_page = false\n[colors]\nred = \"rgb(1,0,0)\"\n");
  EXPECT_FALSE(s.colophon_on_even_page);
  EXPECT_EQ(s.red.space, Color::Space::rgb);
  EXPECT_EQ(s.top, mm(37));
}

TEST(Style, UnknownKeyIsAnErrorWithItsPlace) {
  std::vector<Diagnostic> d;
  load("[page]\ntop_mm = 37\ntopp_mm = 38\n", &d);
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d[0].code, "GW-E-STYLE");
  EXPECT_EQ(d[0].where.line, 3);
  EXPECT_NE(d[0].message.find("page.topp_mm"), std::string::npos);
}

TEST(Style, BadValuesAndBadToml) {
  std::vector<Diagnostic> d;
  load("[colors]\nred = \"crimson\"\n", &d);
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d[0].where.line, 2);
  load("[grid]\nlines_per_page = 0\n", &d);
  ASSERT_FALSE(d.empty());
  load("[page\n", &d);
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d[0].code, "GW-E-STYLE");
}

TEST(Style, FontOverrideLeadsTheChainAndKeepsFallbacks) {
  Style s = load("", nullptr, {{"fangsong", "/fonts/simfang.ttf"}});
  const auto& chain = s.fonts[static_cast<int>(Role::fangsong)];
  const Style defaults = load("");
  ASSERT_EQ(chain.size(), 1 + defaults.fonts[static_cast<int>(Role::fangsong)].size());
  EXPECT_EQ(chain[0], "/fonts/simfang.ttf");
  EXPECT_EQ(chain[1], "FandolFang-Regular.otf");
  std::vector<Diagnostic> d;
  load("", &d, {{"songkai", "x.ttf"}});
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d[0].code, "GW-E-FONT-ROLE");
}

TEST(Style, ParseColor) {
  Color c;
  EXPECT_TRUE(parse_color("cmyk(0,1,1,0)", c));
  EXPECT_EQ(c.c[1], 1.0);
  EXPECT_TRUE(parse_color("gray(0.5)", c));
  EXPECT_FALSE(parse_color("rgb(1,0)", c));
  EXPECT_FALSE(parse_color("rgb(2,0,0)", c));
  EXPECT_FALSE(parse_color("hsl(1,0,0)", c));
}

}  // namespace
}  // namespace gongwen::detail
