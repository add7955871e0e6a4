// Numbers in content streams: fixed decimals, trailing zeros trimmed, no locale, no "-0",
// so identical input gives byte-identical PDFs.
#pragma once

#include <fmt/format.h>

#include <string>

namespace gongwen::detail {

inline void append_number(std::string& out, double v, int decimals = 3) {
  std::string s = fmt::format("{:.{}f}", v, decimals);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  out += s;
}

inline std::string number(double v, int decimals = 3) {
  std::string s;
  append_number(s, v, decimals);
  return s;
}

}  // namespace gongwen::detail
