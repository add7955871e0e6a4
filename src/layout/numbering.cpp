#include "layout/numbering.hpp"

namespace gongwen::detail {

namespace {

constexpr char32_t kDigits[] = U"零一二三四五六七八九";

bool is_chinese_digit(char32_t c) {
  for (char32_t d : std::u32string_view(kDigits)) {
    if (c == d) return true;
  }
  return c == U'十' || c == U'百';
}
bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

std::u32string ascii_number(int n) {
  std::u32string s;
  for (char ch : std::to_string(n)) s += static_cast<char32_t>(ch);
  return s;
}

// Length of a run of characters matching `pred` at the start of `t`.
template <typename Pred>
std::size_t run_of(std::u32string_view t, std::size_t from, Pred pred) {
  std::size_t i = from;
  while (i < t.size() && pred(t[i])) ++i;
  return i - from;
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

bool starts_with_heading_number(int depth, std::u32string_view t) {
  switch (depth) {
    case 1: {
      std::size_t k = run_of(t, 0, is_chinese_digit);
      return k > 0 && k < t.size() && t[k] == U'、';
    }
    case 2: {
      if (t.empty() || t[0] != U'（') return false;
      std::size_t k = run_of(t, 1, is_chinese_digit);
      return k > 0 && 1 + k < t.size() && t[1 + k] == U'）';
    }
    case 3: {
      std::size_t k = run_of(t, 0, is_ascii_digit);
      return k > 0 && k < t.size() && (t[k] == U'.' || t[k] == U'．');
    }
    default: {
      if (t.empty() || (t[0] != U'（' && t[0] != U'(')) return false;
      std::size_t k = run_of(t, 1, is_ascii_digit);
      return k > 0 && 1 + k < t.size() && (t[1 + k] == U'）' || t[1 + k] == U')');
    }
  }
}

}  // namespace gongwen::detail
