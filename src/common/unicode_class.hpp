// Character classes by code point that more than one stage needs: the parse stage's text
// rules (whitespace, half-width punctuation) and the line breaker's grid both ask whether a
// character is CJK text, and the parse stage refuses characters a notice cannot print.
#pragma once

namespace gongwen::detail {

// Occupies one cell of the character grid (ideographs, kana, full-width forms, CJK
// punctuation, U+3000). Everything else takes its font's own width.
bool is_grid_char(char32_t c);

// Why a code point may not appear in a notice's text, or nullptr when it may: NUL, C0
// controls but tab, LF and CR, DEL, C1 controls (XML 1.0 §2.2 Char, and §2.2's advice
// against DEL and C1), UTF-16 surrogates, values past U+10FFFF, and the 66 Unicode
// noncharacters (U+FDD0–U+FDEF, U+xxFFFE/U+xxFFFF). The reason is a noun phrase for a
// message, e.g. "a control character".
const char* forbidden_character_kind(char32_t c);

}  // namespace gongwen::detail
