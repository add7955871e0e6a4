// Colour strings of a style. Components are plain decimals (digits and one point) from
// 0 to 1: strtod would also take "nan", "inf", "1e999" and hex, and a NaN once reached
// the PDF content stream as "nan 1 1 rg" (issue 8).
#include <charconv>

#include "style/style.hpp"

namespace gongwen::detail {
namespace {

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool plain_decimal(std::string_view s, double& out) {
  if (s.empty() || s.size() > 20) return false;
  int digits = 0, points = 0;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9') {
      ++digits;
    } else if (ch == '.') {
      ++points;
    } else {
      return false;
    }
  }
  if (digits == 0 || points > 1) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out, std::chars_format::fixed);
  return ec == std::errc() && end == s.data() + s.size() && out >= 0 && out <= 1;
}

}  // namespace

bool parse_color(std::string_view text, Color& out) {
  text = trim_spaces(text);
  auto open = text.find('(');
  if (open == std::string_view::npos || text.empty() || text.back() != ')') return false;
  std::string_view space = text.substr(0, open);
  std::string_view args = text.substr(open + 1, text.size() - open - 2);
  Color c;
  std::size_t want = 0;
  if (space == "cmyk") {
    c.space = Color::Space::cmyk, want = 4;
  } else if (space == "rgb") {
    c.space = Color::Space::rgb, want = 3;
  } else if (space == "gray") {
    c.space = Color::Space::gray, want = 1;
  } else {
    return false;
  }
  std::size_t count = 0;
  while (true) {
    const auto comma = args.find(',');
    double v = 0;
    if (count >= want || !plain_decimal(trim_spaces(args.substr(0, comma)), v)) return false;
    c.c[count++] = v;
    if (comma == std::string_view::npos) break;
    args.remove_prefix(comma + 1);
  }
  if (count != want) return false;
  out = c;
  return true;
}

}  // namespace gongwen::detail
