#include "common/heading_numbers.hpp"

#include <string>

namespace gongwen::detail {

namespace {

constexpr char32_t kDigits[] = U"零一二三四五六七八九";

std::u32string ascii_number(int n) {
  std::u32string s;
  for (char ch : std::to_string(n)) s += static_cast<char32_t>(ch);
  return s;
}

}  // namespace

std::u32string chinese_numeral(int n) {
  if (n <= 0 || n > 999) return ascii_number(n);
  std::u32string s;
  int h = n / 100, t = n / 10 % 10, u = n % 10;
  if (h) s += std::u32string{kDigits[h], U'百'};
  if (t) {
    if (!(t == 1 && !h)) s += kDigits[t];  // 十一, not 一十一 (but 一百一十一)
    s += U'十';
  } else if (h && u) {
    s += U'零';
  }
  if (u) s += kDigits[u];
  return s;
}

std::u32string heading_number(int depth, int n) {
  // Built by appending: GCC 12 warns falsely (-Wrestrict, PR105651) on chained operator+.
  std::u32string s;
  if (depth == 2 || depth == 4) s += U'（';
  s += depth <= 2 ? chinese_numeral(n) : ascii_number(n);
  s += depth == 1 ? U'、' : depth == 3 ? U'.' : U'）';
  return s;
}

}  // namespace gongwen::detail
