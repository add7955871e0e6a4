#include "import/line_patterns.hpp"

#include <fmt/format.h>

#include <array>

#include "import/line_text.hpp"
#include "parse/date.hpp"

namespace gongwen::detail {
namespace {

int chinese_digit(char32_t c) {
  static constexpr std::u32string_view digits = U"〇一二三四五六七八九";
  if (c == U'○' || c == U'零' || c == U'Ｏ' || c == U'O' || c == U'0') return 0;
  std::size_t i = digits.find(c);
  return i == std::u32string_view::npos ? -1 : static_cast<int>(i);
}

// 一 … 九十九 (十, 十一, 二十, 二十三); 0 when it is not such a number.
int chinese_number(std::u32string_view s) {
  if (s.empty() || s.size() > 3) return 0;
  std::size_t ten = s.find(U'十');
  if (ten == std::u32string_view::npos) {
    int d = s.size() == 1 ? chinese_digit(s[0]) : -1;
    return d > 0 ? d : 0;
  }
  int tens = 1, ones = 0;
  if (ten == 1) tens = chinese_digit(s[0]);
  else if (ten != 0) return 0;
  if (ten + 1 < s.size()) {
    if (ten + 2 != s.size()) return 0;
    ones = chinese_digit(s[ten + 1]);
  }
  if (tens <= 0 || ones < 0) return 0;
  return tens * 10 + ones;
}

int ascii_number(std::u32string_view s) {
  if (s.empty() || s.size() > 4) return 0;
  int v = 0;
  for (char32_t c : s) {
    if (c >= U'０' && c <= U'９') c = U'0' + (c - U'０');
    if (c < U'0' || c > U'9') return 0;
    v = v * 10 + static_cast<int>(c - U'0');
  }
  return v;
}

bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

}  // namespace

bool parse_heading_marker(std::u32string_view s, HeadingMarker& out) {
  auto take = [&](int depth, int value, std::size_t length) {
    if (value <= 0 || length >= s.size()) return false;
    out.depth = depth;
    out.value = value;
    out.marker = std::u32string(s.substr(0, length));
    std::u32string_view rest = s.substr(length);
    while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
    out.rest = std::u32string(rest);
    return !out.rest.empty();
  };
  if (s.empty()) return false;
  if (s[0] == U'（' || s[0] == U'(') {
    std::size_t close = s.find_first_of(U"）)");
    if (close == std::u32string_view::npos || close < 2 || close > 4) return false;
    std::u32string_view inner = s.substr(1, close - 1);
    if (int v = chinese_number(inner)) return take(2, v, close + 1);
    if (int v = ascii_number(inner)) return take(4, v, close + 1);
    return false;
  }
  std::size_t mark = s.find_first_of(U"、.．");
  if (mark == std::u32string_view::npos || mark == 0 || mark > 3) return false;
  std::u32string_view num = s.substr(0, mark);
  if (s[mark] == U'、') {
    if (int v = chinese_number(num)) return take(1, v, mark + 1);
  }
  // 1.5亿元 is a number, not a heading: the mark must not be followed by a digit.
  if (mark + 1 < s.size() && is_digit(s[mark + 1])) return false;
  if (int v = ascii_number(num)) return take(3, v, mark + 1);
  return false;
}

bool parse_date_line(std::u32string_view s, Date& out) {
  std::u32string t = without_spaces(s);
  int parts[3] = {0, 0, 0};
  std::size_t i = 0;
  auto arabic = [&](int& v) {
    std::size_t start = i;
    while (i < t.size() && is_digit(t[i]) && i - start < 4) {
      char32_t c = t[i] >= U'０' ? U'0' + (t[i] - U'０') : t[i];
      v = v * 10 + static_cast<int>(c - U'0');
      ++i;
    }
    return i > start;
  };
  if (!arabic(parts[0])) {
    // 二〇二二年三月三十一日: the year digit by digit, month and day as numbers.
    int year = 0, n = 0;
    while (i < t.size() && chinese_digit(t[i]) >= 0 && n < 4) year = year * 10 + chinese_digit(t[i++]), ++n;
    if (n != 4 || i >= t.size() || t[i] != U'年') return false;
    std::size_t m = t.find(U'月', i), d = t.find(U'日', i);
    if (m == std::u32string::npos || d == std::u32string::npos || d + 1 != t.size() || d < m) return false;
    parts[0] = year;
    parts[1] = chinese_number(std::u32string_view(t).substr(i + 1, m - i - 1));
    parts[2] = chinese_number(std::u32string_view(t).substr(m + 1, d - m - 1));
  } else {
    if (i != 4 || i >= t.size()) return false;
    char32_t sep = t[i];
    if (sep != U'年' && sep != U'-' && sep != U'.' && sep != U'/' && sep != U'．') return false;
    ++i;
    if (!arabic(parts[1]) || i >= t.size()) return false;
    char32_t sep2 = sep == U'年' ? U'月' : sep;
    if (t[i++] != sep2 || !arabic(parts[2])) return false;
    if (sep == U'年' ? (i + 1 != t.size() || t[i] != U'日') : i != t.size()) return false;
  }
  std::string iso = fmt::format("{:04}-{:02}-{:02}", parts[0], parts[1], parts[2]);
  return parse_iso_date(iso, out);
}

bool parse_doc_number(std::u32string_view s, std::u32string& fixed) {
  std::u32string t = without_spaces(s);
  static constexpr std::u32string_view opens = U"〔[(（【［";
  static constexpr std::u32string_view closes = U"〕])）】］";
  std::size_t open = t.find_first_of(opens);
  if (open == std::u32string::npos || open == 0 || open > 20) return false;
  std::size_t close = t.find_first_of(closes, open);
  if (close != open + 5) return false;
  for (std::size_t i = open + 1; i < close; ++i) {
    if (!is_digit(t[i])) return false;
  }
  if (!ends_with(t, U"号") || close + 2 > t.size() - 0) return false;
  std::size_t n = close + 1;
  if (n < t.size() && t[n] == U'第') ++n;
  if (n + 1 >= t.size()) return false;
  for (std::size_t i = n; i + 1 < t.size(); ++i) {
    if (!is_digit(t[i])) return false;
  }
  fixed = t.substr(0, open) + U"〔" + t.substr(open + 1, 4) + U"〕" + t.substr(close + 1);
  return true;
}

bool parse_secrecy(std::u32string_view s, std::u32string& level, std::u32string& period) {
  std::u32string t = without_spaces(s);
  for (std::u32string_view l : {U"绝密", U"机密", U"秘密"}) {
    if (!starts_with(t, l)) continue;
    std::u32string_view rest = std::u32string_view(t).substr(2);
    if (!rest.empty() && rest.front() != U'★' && rest.front() != U'*' && rest.front() != U'☆') return false;
    level = std::u32string(l);
    period = rest.empty() ? U"" : std::u32string(rest.substr(1));
    return rest.empty() || (!period.empty() && period.size() <= 6);
  }
  return false;
}

bool is_urgency(std::u32string_view s) {
  std::u32string t = without_spaces(s);
  return t == U"特急" || t == U"加急" || t == U"平急";
}

bool is_copy_number(std::u32string_view s) {
  if (s.size() != 6) return false;
  for (char32_t c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

bool ends_with_document_kind(std::u32string_view s) {
  static constexpr std::array<std::u32string_view, 24> kinds = {
      U"通知", U"通报", U"意见", U"决定", U"请示", U"报告", U"批复", U"函", U"纪要",
      U"公告", U"通告", U"命令", U"议案", U"决议", U"公报", U"办法", U"方案", U"规定",
      U"号召", U"倡议书", U"一封信", U"细则", U"规划", U"要点"};
  std::u32string t = without_spaces(s);
  for (std::u32string_view k : kinds) {
    if (ends_with(t, k)) return true;
  }
  return false;
}

std::string iso_date(const Date& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

}  // namespace gongwen::detail
