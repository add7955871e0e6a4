#include "parse/date.hpp"

namespace gongwen::detail {

bool parse_iso_date(std::string_view t, Date& out) {
  while (!t.empty() &&
         (t.front() == ' ' || t.front() == '\n' || t.front() == '\t' || t.front() == '\r')) {
    t.remove_prefix(1);
  }
  while (!t.empty() &&
         (t.back() == ' ' || t.back() == '\n' || t.back() == '\t' || t.back() == '\r')) {
    t.remove_suffix(1);
  }
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  auto digits = [&](std::size_t from, std::size_t n, int& v) {
    v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      v = v * 10 + (t[i] - '0');
    }
    return true;
  };
  int y, m, d;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return false;
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  if (d > max) return false;
  out.year = y;
  out.month = m;
  out.day = d;
  return true;
}

}  // namespace gongwen::detail
