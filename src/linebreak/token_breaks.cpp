#include "linebreak/token_breaks.hpp"

namespace gongwen::detail {

namespace {

bool token_char(char32_t c) { return c > U' ' && c < 0x7F; }
bool digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool alnum(char32_t c) { return digit(c) || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'); }

constexpr std::size_t kLongRun = 12;  // a run this long may break (a code, an account number)
constexpr std::uint8_t kAtMark = 1;
constexpr std::uint8_t kLastResort = 3;

}  // namespace

std::vector<std::uint8_t> token_breaks(std::u32string_view text) {
  const std::size_t n = text.size();
  std::vector<std::uint8_t> cost(n + 1, 0);
  for (std::size_t a = 0; a < n;) {
    if (!token_char(text[a])) {
      ++a;
      continue;
    }
    std::size_t b = a;
    while (b < n && token_char(text[b])) ++b;
    const std::u32string_view tok = text.substr(a, b - a);
    const bool url = tok.find(U"://") != std::u32string_view::npos || tok.substr(0, 4) == U"www.";
    const bool mail = !url && tok.find(U'@') != std::u32string_view::npos;
    for (std::size_t i = a + 1; i + 1 < b; ++i) {
      const char32_t p = text[i - 1], c = text[i];
      if (url && (p == U'/' || p == U'.' || p == U'?' || p == U'&' || p == U'=') && c != U'/') {
        cost[i] = kAtMark;
      } else if (mail && (c == U'@' || p == U'.')) {
        cost[i] = kAtMark;
      } else if (!url && !mail && p == U'-' && digit(c)) {
        cost[i] = kAtMark;  // 0571-|87654321
      }
    }
    // Long runs of letters and digits: anywhere, as a last resort, keeping 3 on each side.
    for (std::size_t i = a; i < b;) {
      std::size_t j = i;
      while (j < b && alnum(text[j])) ++j;
      if (j - i >= kLongRun) {
        for (std::size_t k = i + 3; k + 3 <= j; ++k) {
          if (cost[k] == 0) cost[k] = kLastResort;
        }
      }
      i = j == i ? i + 1 : j;
    }
    a = b;
  }
  return cost;
}

}  // namespace gongwen::detail
