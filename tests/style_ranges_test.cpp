// Every style number within its documented range (README "Style files", issue 8): each
// range's ends accepted, just outside them rejected with GW-E-STYLE at the value's place.
// The ranges below are copied from README by hand, not read from the code's table.
#include <gtest/gtest.h>

#include "style/style.hpp"
#include "support/style_toml.hpp"

namespace gongwen::detail {
namespace {

using test::StylePairs;

struct Range {
  const char* key;       // "table.key"
  const char* lo;        // lowest accepted value, as written in TOML
  const char* hi;        // highest accepted value
  const char* below;     // just under lo: rejected
  const char* above;     // just over hi: rejected
  StylePairs lo_context;  // other keys an accepted lo needs (so cross checks pass)
  StylePairs hi_context;
};

// A 1000 × 1000 mm page with a 990 mm 版心 in 10 × 10 cells: room for 100 pt text.
const StylePairs kHugeGrid = {
    {"page.width_mm", "1000"},          {"page.height_mm", "1000"},
    {"page.top_mm", "5"},               {"page.left_mm", "5"},
    {"page.body_width_mm", "990"},      {"page.body_height_mm", "990"},
    {"grid.lines_per_page", "10"},      {"grid.chars_per_line", "10"},
    {"layout.tight_max_chars_per_line", "10"}, {"layout.tight_min_line_pitch_pt", "100"},
    {"page_number.dash_center_below_body_mm", "1"}, {"sizes.page_number_pt", "5"}};

const std::vector<Range>& ranges() {
  static const std::vector<Range> r = {
      {"page.width_mm", "148", "1000", "147.99", "1000.01",
       {{"page.left_mm", "20"}, {"page.body_width_mm", "108"}, {"grid.chars_per_line", "20"},
        {"layout.tight_max_chars_per_line", "20"}, {"letter.line_length_mm", "140"}},
       {}},
      {"page.height_mm", "210", "1000", "209.99", "1000.01",
       {{"page.top_mm", "20"}, {"page.body_height_mm", "170"}}, {}},
      {"page.top_mm", "5", "500", "4.99", "500.01", {}, {{"page.height_mm", "1000"}}},
      {"page.left_mm", "5", "500", "4.99", "500.01", {}, {{"page.width_mm", "1000"}}},
      {"page.body_width_mm", "60", "990", "59.99", "990.01",
       {{"grid.chars_per_line", "10"}, {"layout.tight_max_chars_per_line", "10"}},
       {{"page.width_mm", "1000"}, {"page.left_mm", "5"}}},
      // §7.3.3: a 60 mm 版心 keeps room under the least 版头 only on a 2 mm grid of 5 pt
      // type (README "Style files"): the rule at 5 + 35 + 1.764 + 4 + 0.118 + 1.764 + 4.05
      // = 51.696 mm, the title line to 53.46 mm, above 5 + 60 − 4 = 61 mm.
      {"page.body_height_mm", "60", "990", "59.99", "990.01",
       {{"page.top_mm", "5"}, {"grid.lines_per_page", "30"}, {"sizes.body_pt", "5"},
        {"sizes.colophon_pt", "5"}, {"sizes.masthead_pt", "5"}, {"sizes.title_pt", "5"},
        {"title.line_pitch_pt", "5"}, {"title.blank_lines_above", "0"},
        {"rules.separator_mm", "0.05"}},
       {{"page.height_mm", "1000"}, {"page.top_mm", "5"},
        {"page_number.dash_center_below_body_mm", "1"}, {"sizes.page_number_pt", "5"}}},
      {"grid.lines_per_page", "10", "60", "9", "61", {},
       {{"sizes.body_pt", "10"}, {"sizes.colophon_pt", "10"}}},
      {"grid.chars_per_line", "10", "60", "9", "61", {}, {{"sizes.body_pt", "8"}}},
      {"sizes.body_pt", "5", "100", "4.99", "100.01", {}, kHugeGrid},
      {"sizes.title_pt", "5", "100", "4.99", "100.01", {}, {{"title.line_pitch_pt", "100"}}},
      {"sizes.colophon_pt", "5", "100", "4.99", "100.01", {}, kHugeGrid},
      {"sizes.page_number_pt", "5", "100", "4.99", "100.01", {}, {{"page.height_mm", "400"}}},
      {"sizes.masthead_pt", "5", "100", "4.99", "100.01", {}, {}},
      {"title.line_pitch_pt", "5", "200", "4.99", "200.01", {{"sizes.title_pt", "5"}}, {}},
      {"title.blank_lines_above", "0", "10", "-1", "11", {}, {}},
      {"title.min_line_ratio", "0.001", "1", "0", "1.001", {}, {}},
      {"rules.separator_mm", "0.05", "3", "0.049", "3.001", {}, {}},
      {"rules.colophon_thick_mm", "0.05", "3", "0.049", "3.001", {}, {}},
      {"rules.colophon_thin_mm", "0.05", "3", "0.049", "3.001", {}, {}},
      {"page_number.dash_center_below_body_mm", "1", "100", "0.99", "100.01", {},
       {{"page.height_mm", "400"}}},
      {"page_number.inset_chars", "0", "10", "-1", "11", {}, {}},
      {"layout.seal_diameter_mm", "20", "80", "19.99", "80.01", {}, {}},
      {"layout.tight_min_line_pitch_pt", "5", "200", "4.99", "200.01", {{"sizes.body_pt", "5"}},
       {}},
      {"layout.tight_max_chars_per_line", "10", "60", "9", "61", {}, {{"sizes.body_pt", "8"}}},
      {"letter.mark_top_mm", "5", "500", "4.99", "500.01", {},
       {{"page.height_mm", "1000"}, {"page.body_height_mm", "900"}}},
      {"letter.line_length_mm", "50", "1000", "49.99", "1000.01", {}, {{"page.width_mm", "1000"}}},
      {"letter.bottom_line_above_page_bottom_mm", "5", "500", "4.99", "500.01", {},
       {{"page.height_mm", "1000"}}},
      {"letter.thick_mm", "0.05", "3", "0.049", "3.001", {}, {}},
      {"letter.thin_mm", "0.05", "3", "0.049", "3.001", {}, {}},
      {"letter.gap_mm", "0.05", "5", "0.049", "5.001", {}, {}},
      {"letter.first_line_gap_mm", "0", "50", "-0.01", "50.01", {}, {}},
      {"order.mark_below_body_top_mm", "0", "500", "-0.01", "500.01", {},
       {{"page.height_mm", "1000"}, {"page.body_height_mm", "600"}}},
      {"order.stamp_height_mm", "5", "100", "4.99", "100.01", {}, {}},
  };
  return r;
}

std::vector<Diagnostic> apply(const StylePairs& pairs) {
  Diagnostics d;
  Style s;
  load_style_text(test::style_toml(pairs), "s.toml", {}, s, d);
  return d.take();
}

StylePairs with(const char* key, const char* value, StylePairs context) {
  // The key under test leads, so its value sits on line 2 of the generated TOML.
  StylePairs p = {{key, value}};
  for (auto& kv : context) {
    if (kv.first != key) p.push_back(std::move(kv));
  }
  return p;
}

TEST(StyleRanges, EndsOfEachRangeAreAccepted) {
  for (const Range& r : ranges()) {
    for (const auto& [value, context] : {std::pair{r.lo, r.lo_context}, {r.hi, r.hi_context}}) {
      std::vector<Diagnostic> d = apply(with(r.key, value, context));
      EXPECT_TRUE(d.empty()) << r.key << " = " << value << ": "
                             << (d.empty() ? "" : d[0].message);
    }
  }
}

TEST(StyleRanges, JustOutsideEachRangeIsAnErrorAtTheValue) {
  for (const Range& r : ranges()) {
    const std::string key = std::string(r.key).substr(std::string(r.key).find('.') + 1);
    for (const char* value : {r.below, r.above}) {
      std::vector<Diagnostic> d = apply(with(r.key, value, {}));
      ASSERT_FALSE(d.empty()) << r.key << " = " << value << " was accepted";
      EXPECT_EQ(d[0].code, "GW-E-STYLE");
      EXPECT_EQ(d[0].where.line, 2) << r.key;
      // "key = " precedes the value on its line.
      EXPECT_EQ(d[0].where.column, static_cast<int>(key.size() + 4)) << r.key;
      EXPECT_NE(d[0].message.find(key), std::string::npos) << d[0].message;
      EXPECT_NE(d[0].message.find(value), std::string::npos) << d[0].message;
      EXPECT_NE(d[0].message.find(r.hi), std::string::npos) << "range not named: " << d[0].message;
    }
  }
}

TEST(StyleRanges, CountsMustBeWholeNumbersNotHugeDoubles) {
  for (const char* v : {"22.0", "1e300", "nan", "\"22\""}) {
    std::vector<Diagnostic> d = apply({{"grid.lines_per_page", v}});
    ASSERT_FALSE(d.empty()) << v;
    EXPECT_EQ(d[0].where.line, 2);
    EXPECT_EQ(d[0].where.column, 18);
  }
}

TEST(StyleRanges, NanAndInfinityAreRejectedEverywhere) {
  for (const char* key : {"page.top_mm", "sizes.body_pt", "title.min_line_ratio", "rules.separator_mm"}) {
    for (const char* v : {"nan", "inf", "-inf", "+nan"}) {
      std::vector<Diagnostic> d = apply({{key, v}});
      EXPECT_FALSE(d.empty()) << key << " = " << v;
    }
  }
}

}  // namespace
}  // namespace gongwen::detail
