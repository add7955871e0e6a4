#include "import/docx_numbering.hpp"

#include <pugixml.hpp>

#include "common/heading_numbers.hpp"
#include "common/utf8.hpp"

namespace gongwen::detail {
namespace {

std::u32string ascii(int n) {
  std::u32string s;
  for (char c : std::to_string(n)) s.push_back(static_cast<char32_t>(c));
  return s;
}

// One level's number in its w:numFmt (ECMA-376 §17.18.59 ST_NumberFormat).
std::u32string formatted(int n, const std::string& fmt) {
  if (fmt == "chineseCounting" || fmt == "chineseCountingThousand" || fmt == "chineseLegalSimplified" ||
      fmt == "japaneseCounting" || fmt == "ideographDigital" || fmt == "taiwaneseCounting") {
    return chinese_numeral(n);
  }
  if (fmt == "ideographTraditional" && n >= 1 && n <= 10) {
    return std::u32string(1, U"甲乙丙丁戊己庚辛壬癸"[n - 1]);
  }
  if ((fmt == "lowerLetter" || fmt == "upperLetter") && n >= 1 && n <= 26) {
    return std::u32string(1, static_cast<char32_t>((fmt == "lowerLetter" ? U'a' : U'A') + n - 1));
  }
  if (fmt == "decimalFullWidth") {
    std::u32string s = ascii(n);
    for (char32_t& c : s) c = c - U'0' + U'０';
    return s;
  }
  return ascii(n);
}

int int_attr(const pugi::xml_node& n, const char* child) {
  return n.child(child).attribute("w:val").as_int(0);
}

}  // namespace

void DocxNumbering::load(const pugi::xml_node& numbering) {
  for (pugi::xml_node a : numbering.children("w:abstractNum")) {
    std::vector<Level>& levels = abstract_[a.attribute("w:abstractNumId").as_int(-1)];
    levels.assign(9, Level{});
    for (pugi::xml_node l : a.children("w:lvl")) {
      int i = l.attribute("w:ilvl").as_int(-1);
      if (i < 0 || i > 8) continue;
      Level& lv = levels[static_cast<std::size_t>(i)];
      if (l.child("w:start")) lv.start = int_attr(l, "w:start");
      if (l.child("w:lvlRestart")) lv.restart = int_attr(l, "w:lvlRestart");
      if (l.child("w:numFmt")) lv.format = l.child("w:numFmt").attribute("w:val").as_string();
      std::u32string text;
      from_utf8(l.child("w:lvlText").attribute("w:val").as_string(), text);
      lv.text = text;
    }
  }
  for (pugi::xml_node n : numbering.children("w:num")) {
    num_to_abstract_[n.attribute("w:numId").as_int(-1)] = int_attr(n, "w:abstractNumId");
  }
}

std::u32string DocxNumbering::next_label(int num_id, int ilvl) {
  auto a = num_to_abstract_.find(num_id);
  if (a == num_to_abstract_.end() || ilvl < 0 || ilvl > 8) return {};
  auto levels = abstract_.find(a->second);
  if (levels == abstract_.end()) return {};
  const std::vector<Level>& lv = levels->second;
  std::vector<int>& c = counters_[num_id];
  if (c.empty()) {
    for (const Level& l : lv) c.push_back(l.start - 1);
  }
  const auto i = static_cast<std::size_t>(ilvl);
  ++c[i];
  for (std::size_t d = i + 1; d < c.size(); ++d) {  // deeper levels restart, unless lvlRestart says not
    if (lv[d].restart < 0 || static_cast<int>(i) < lv[d].restart) c[d] = lv[d].start - 1;
  }
  if (lv[i].format == "bullet" || lv[i].format == "none") return {};
  std::u32string out;
  const std::u32string& t = lv[i].text;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (t[k] == U'%' && k + 1 < t.size() && t[k + 1] >= U'1' && t[k + 1] <= U'9') {
      std::size_t level = t[k + 1] - U'1';
      out += formatted(c[level] < 1 ? 1 : c[level], lv[level].format);
      ++k;
    } else {
      out.push_back(t[k]);
    }
  }
  return out;
}

}  // namespace gongwen::detail
