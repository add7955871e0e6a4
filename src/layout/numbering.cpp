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

// Length of a run of characters matching `pred` at the start of `t`.
template <typename Pred>
std::size_t run_of(std::u32string_view t, std::size_t from, Pred pred) {
  std::size_t i = from;
  while (i < t.size() && pred(t[i])) ++i;
  return i - from;
}

}  // namespace

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
