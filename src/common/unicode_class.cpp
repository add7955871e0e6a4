#include "common/unicode_class.hpp"

namespace gongwen::detail {

bool is_grid_char(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) ||    // CJK radicals .. unified ideographs, kana, 〔〕…
         (c >= 0xAC00 && c <= 0xD7AF) ||    // Hangul
         (c >= 0xF900 && c <= 0xFAFF) ||    // compatibility ideographs
         (c >= 0xFE30 && c <= 0xFE4F) ||    // CJK compatibility forms
         (c >= 0xFF01 && c <= 0xFF60) ||    // full-width forms
         (c >= 0xFFE0 && c <= 0xFFE6) ||    // full-width signs
         (c >= 0x20000 && c <= 0x3FFFF) ||  // ideographs, planes 2 and 3
         c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D ||  // quotes by role
         c == 0x2014 || c == 0x2026 || c == 0x00B7 || c == 0x2E3A;    // — … · (one em each)
}

const char* forbidden_character_kind(char32_t c) {
  if (c == 0) return "NUL";
  if (c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r') return "a control character";
  if (c >= 0x7F && c <= 0x9F) return "a control character";
  if (c >= 0xD800 && c <= 0xDFFF) return "a UTF-16 surrogate, not a character";
  if (c > 0x10FFFF) return "beyond U+10FFFF, the last Unicode code point";
  // Unicode §23.7: noncharacters are reserved for a program's internal use.
  if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) return "a Unicode noncharacter";
  return nullptr;
}

}  // namespace gongwen::detail
