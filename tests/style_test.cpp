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

// Issue 8's absurd values, each an error at the value's line:column (counted by hand:
// "body_height_mm = " is 17 characters, so its value starts in column 18).
struct Absurd {
  const char* toml;
  int line, column;
  const char* names;  // the key the message must name
  std::size_t errors = 1;
};

void expect_first_error(const Absurd& c) {
  std::vector<Diagnostic> d;
  load(c.toml, &d);
  ASSERT_EQ(d.size(), c.errors) << c.toml << (d.empty() ? "" : d[0].message);
  EXPECT_EQ(d[0].code, "GW-E-STYLE");
  EXPECT_EQ(d[0].where.line, c.line) << c.toml;
  EXPECT_EQ(d[0].where.column, c.column) << c.toml;
  EXPECT_NE(d[0].message.find(c.names), std::string::npos) << d[0].message;
}

TEST(Style, IssueEightAbsurdValuesAreErrorsAtTheirPlace) {
  const Absurd cases[] = {
      {"[page]\nbody_height_mm = 0.0001\n", 2, 18, "body_height_mm"},
      {"[page]\nbody_width_mm = 1e-308\n", 2, 17, "body_width_mm"},
      {"[colors]\nred = \"rgb(nan,1,1)\"\n", 2, 7, "red"},
      {"[sizes]\nbody_pt = 1000\n", 2, 11, "body_pt"},
      {"[page]\nwidth_mm = 10\nheight_mm = 10\n", 2, 12, "width_mm", 2},
      {"[page]\nbody_height_mm = 1\n", 2, 18, "body_height_mm"},
  };
  for (const Absurd& c : cases) expect_first_error(c);
  // The 10 × 10 mm page: its height is wrong too, on line 3.
  std::vector<Diagnostic> d;
  load("[page]\nwidth_mm = 10\nheight_mm = 10\n", &d);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[1].where.line, 3);
  EXPECT_EQ(d[1].where.column, 13);
}

// Values each within range that contradict one another: the error points at the key the
// file sets (a typesetter's reasoning gives each expected number).
TEST(Style, CrossFieldChecksBlameTheKeyTheFileSets) {
  const Absurd cases[] = {
      // 100 + 156 mm of margin and 版心 do not fit the 210 mm page.
      {"[page]\nleft_mm = 100\n", 2, 11, "版心"},
      // 37 + 225 mm fits a 265 mm page, but the page number 7 mm below the 版心 and one
      // 14 pt (4.94 mm) character tall ends at 273.9 mm.
      {"[page]\nheight_mm = 265\n", 2, 13, "page number"},
      // 225 mm / 40 lines = 5.625 mm = 15.9 pt < 16 pt.
      {"[grid]\nlines_per_page = 40\n", 2, 18, "lines_per_page"},
      // 156 mm / 50 = 3.12 mm = 8.8 pt < 0.9 × 16 pt.
      {"[grid]\nchars_per_line = 50\n", 2, 18, "chars_per_line"},
      // The default title is 22 pt: a 20 pt title pitch overlaps its lines.
      {"[title]\nline_pitch_pt = 20\n", 2, 17, "line_pitch_pt"},
      // A 40 pt body on the default grid (29 pt line pitch) breaks the line pitch first,
      // then both character pitches (5.57 and 5.38 mm < 12.7 mm) and the 26 pt tight pitch.
      {"[sizes]\nbody_pt = 40\n", 2, 11, "lines_per_page", 4},
      // 37 + 225 + 40 mm for the page number is below the 297 mm page.
      {"[page_number]\ndash_center_below_body_mm = 40\n", 2, 29, "page number"},
      {"[layout]\ntight_min_line_pitch_pt = 12\n", 2, 27, "tight_min_line_pitch_pt"},
      {"[letter]\nline_length_mm = 300\n", 2, 18, "line_length_mm"},
      {"[order]\nmark_below_body_top_mm = 300\n", 2, 26, "mark_below_body_top_mm"},
  };
  for (const Absurd& c : cases) expect_first_error(c);
}

// §7.3.3: page 1 keeps one blank line and the first body line under the least 版头 and
// title of every format. Default A4 grid: p = 225 / 22 = 10.227 mm, so the limit is
// 37 + 225 − 2p = 241.545 mm; the mark is 42 pt = 14.817 mm tall.
TEST(Style, PageOneRoomChecksBlameTheKeyTheFileSets) {
  const Absurd cases[] = {
      // 10 lines in 100 mm (p = 10 mm), limit 37 + 100 − 20 = 117 mm; the red rule:
      // 37 + 35 + 14.817 + 2 × 10 + (10 − 5.644) / 2 + 5.644 + 4 + 0.5 = 119.139 mm.
      {"[page]\nbody_height_mm = 100\n[grid]\nlines_per_page = 10\n", 2, 18, "119.139 mm"},
      // The rule at 119.7071 mm (LayoutOverflow's template), then 10 blank lines (102.2727)
      // and one 100 pt title line (35.2778): 257.2576 mm. With the default 35 pt pitch it
      // would end at 234.3 mm and fit.
      {"[title]\nblank_lines_above = 10\nline_pitch_pt = 100\n", 2, 21, "257.258 mm"},
      // 信函: 200 + 14.817 + 4 + 1 + 0.7 + 0.35 = 220.867 mm, the title two lines below
      // (20.455) and one 35 pt line (12.347) tall: 253.668 mm.
      {"[letter]\nmark_top_mm = 200\n", 2, 15, "253.668 mm"},
      // 命令: 37 + 200 + 14.817 = 251.817 mm, though the mark starts inside the 版心.
      {"[order]\nmark_below_body_top_mm = 200\n", 2, 26, "251.817 mm"},
  };
  for (const Absurd& c : cases) expect_first_error(c);
}

// The compiled-in default is the only source of defaults: the file on disk, applied over
// an empty Style with every key required, gives exactly the style every render starts from.
TEST(Style, DefaultStructEqualsTheParsedDefaultToml) {
  Diagnostics d;
  Style from_file;
  ASSERT_TRUE(apply_style_toml(test::read_text(test::source_path("styles/gbt9704.toml")),
                               "gbt9704.toml", true, from_file, d));
  EXPECT_TRUE(from_file == load(""));
  // [gongwen] a third, exactly: the TOML's decimal reads back as the double 1/3.
  EXPECT_EQ(from_file.title_min_ratio, 1.0 / 3.0);
  EXPECT_EQ(Style{}.body_width, 0);  // no second set of defaults in the struct
}

TEST(Style, BuiltInStyleMustSetEveryKey) {
  Diagnostics d;
  Style s;
  EXPECT_FALSE(apply_style_toml("[page]\nwidth_mm = 210\n", "partial.toml", true, s, d));
  ASSERT_TRUE(d.has_errors());
  EXPECT_NE(d.list()[0].message.find("height_mm"), std::string::npos);
}

TEST(Style, LoadFromTextEqualsLoadFromFile) {
  const std::string toml = "[layout]\ncolophon_on_even_page = false\n";
  Diagnostics d;
  Style s;
  ASSERT_TRUE(load_style_text(toml, "mem.toml", {}, s, d));
  EXPECT_TRUE(s == load(toml));
}

// toml++ 3.3.0 reaches undefined behaviour on some non-ASCII characters where it expects
// whitespace (found by fuzz_style; marzer/tomlplusplus#190): refused before parsing.
TEST(Style, NonAsciiOutsideStringsIsRefusedBeforeTomlSeesIt) {
  std::vector<Diagnostic> d;
  // "width_mm = 102 " is 15 characters: 《 is in column 16.
  load("[page]\nwidth_mm = 102 《》\n", &d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "GW-E-STYLE");
  EXPECT_EQ(d[0].where.line, 2);
  EXPECT_EQ(d[0].where.column, 16);
  load("[page]\nwidth_mm = 210 \u00e9\n", &d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].where.column, 16);
  // The upstream report: a line-ending backslash in a """ string, then U+00A7.
  load("[layout]\nproofreader_position = \"\"\"\\\n\u00a7\"\"\"\n", &d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].where.line, 3);
  EXPECT_EQ(d[0].where.column, 1);
  // The fuzzer's second find: quotes inside a bad bare value do not open a string for
  // toml++, which reads on through the token ("x = 4fy" is 7 characters, then """).
  load("[page]\nx = 4fy\"\"\"\u00a7\"\"\"\n", &d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].where.line, 2);
  EXPECT_EQ(d[0].where.column, 11);
  // Non-ASCII in strings and comments is ordinary TOML and stays accepted.
  Style s = load("# 仿宋《》\n[fonts]\nfangsong = [\"fc:方正仿宋《》\"]  # 仿宋 \u00a7\n"
                 "[layout]\nproofreader_position = '''first'''\n");
  EXPECT_EQ(s.fonts[static_cast<int>(Role::fangsong)][0], "fc:方正仿宋《》");
  EXPECT_EQ(s.proofreader_position, "first");
}

TEST(Style, ParseColor) {
  Color c;
  EXPECT_TRUE(parse_color("cmyk(0,1,1,0)", c));
  EXPECT_EQ(c.c[1], 1.0);
  EXPECT_TRUE(parse_color("gray(0.5)", c));
  EXPECT_FALSE(parse_color("rgb(1,0)", c));
  EXPECT_FALSE(parse_color("rgb(2,0,0)", c));
  EXPECT_FALSE(parse_color("hsl(1,0,0)", c));
  EXPECT_TRUE(parse_color("cmyk(0, 1, 1, 0)", c));
  EXPECT_TRUE(parse_color("rgb(0.25,1.0,.5)", c));
  EXPECT_EQ(c.c[2], 0.5);
  // Only plain decimals: strtod would take each of these (issue 8: "nan 1 1 rg").
  for (const char* bad : {"rgb(nan,1,1)", "rgb(inf,0,0)", "gray(NAN)", "cmyk(0,1e0,1,0)",
                          "rgb(0x1,0,0)", "gray(-0)", "gray(+1)", "rgb(1,,1)", "gray()",
                          "rgb(1,0,0,0)", "cmyk(0,1,1)", "gray(1.)0)", "gray(0..5)"}) {
    EXPECT_FALSE(parse_color(bad, c)) << bad;
  }
}

}  // namespace
}  // namespace gongwen::detail
