#include "import/line_text.hpp"

#include <array>

#include "common/utf8.hpp"

namespace gongwen::detail {

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\u00A0' || c == U'\u3000' || c == U'\f' || c == U'\v';
}

std::vector<SourceLine> split_lines(const std::u32string& text) {
  std::vector<SourceLine> lines;
  int number = 1;
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    std::size_t a = start, b = end;
    while (a < b && is_space(text[a])) ++a;
    while (b > a && is_space(text[b - 1])) --b;
    if (b > a) {
      SourceLine l;
      l.number = number;
      l.text = text.substr(a, b - a);
      lines.push_back(std::move(l));
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    // A form feed (a PDF's page break), vertical tab and the Unicode line and paragraph
    // separators end a line too, but editors do not count them as lines; none may reach
    // the XML (FF and VT are not XML characters, U+2028 is the model's forced break).
    if (text[i] == U'\f' || text[i] == U'\v' || text[i] == U'\u2028' || text[i] == U'\u2029') {
      flush(i);
      start = i + 1;
      continue;
    }
    if (text[i] != U'\n' && text[i] != U'\r') continue;
    flush(i);
    if (text[i] == U'\r' && i + 1 < text.size() && text[i + 1] == U'\n') ++i;
    ++number;
    start = i + 1;
  }
  flush(text.size());
  return lines;
}

std::string utf8(std::u32string_view s) { return to_utf8(s); }

std::u32string without_spaces(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s) {
    if (!is_space(c)) out.push_back(c);
  }
  return out;
}

bool starts_with(std::u32string_view s, std::u32string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

namespace {
bool sentence_mark(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'：' || c == U'…' ||
         c == U'!' || c == U'?' || c == U';' || c == U':';
}
bool closer(char32_t c) {
  return c == U'”' || c == U'’' || c == U'）' || c == U'」' || c == U'』' || c == U'》' || c == U')';
}
}  // namespace

bool ends_sentence(std::u32string_view s) {
  if (s.empty()) return false;
  if (sentence_mark(s.back())) return true;
  return s.size() >= 2 && closer(s.back()) && sentence_mark(s[s.size() - 2]);
}

bool has_inner_sentence_end(std::u32string_view s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == U'。' || s[i] == U'！' || s[i] == U'？' || s[i] == U'；') return true;
  }
  return false;
}

bool looks_like_organisation(std::u32string_view s) {
  if (s.empty() || s.size() > 40) return false;
  for (char32_t c : s) {
    if (c == U'，' || c == U'。' || c == U'：' || c == U'；' || c == U'、' || c == U'！' ||
        c == U'？' || c == U',' || c == U':') {
      return false;
    }
  }
  static constexpr std::array<std::u32string_view, 28> endings = {
      U"委员会", U"人民政府", U"政府", U"办公厅", U"办公室", U"委", U"厅", U"局", U"部",
      U"院", U"会", U"大学", U"学校", U"学院", U"中心", U"公司", U"集团", U"支部", U"总支",
      U"党组", U"联合会", U"协会", U"处", U"署", U"府", U"团", U"所", U"站"};
  std::u32string_view core = ends_with(s, U"文件") ? s.substr(0, s.size() - 2) : s;
  for (std::u32string_view e : endings) {
    if (ends_with(core, e)) return true;
  }
  return false;
}

bool split_label(std::u32string_view s, std::u32string& label, std::u32string& value) {
  std::size_t colon = s.find_first_of(U"：:");
  if (colon == std::u32string_view::npos) return false;
  label = without_spaces(s.substr(0, colon));
  std::u32string_view v = s.substr(colon + 1);
  while (!v.empty() && is_space(v.front())) v.remove_prefix(1);
  while (!v.empty() && is_space(v.back())) v.remove_suffix(1);
  value = std::u32string(v);
  return true;
}

}  // namespace gongwen::detail
