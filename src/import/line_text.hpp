// One source line of imported text and the character tests the recognisers share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongwen::detail {

struct SourceLine {
  int number = 0;        // 1-based line in the input (paragraph in a .docx)
  std::u32string text;   // trimmed of spaces at both ends
  int table = -1;        // a .docx table: its index in NoticeDraft::tables (text empty)
  bool red = false;      // .docx: red text (in the first lines: the 发文机关标志)
  bool title_cue = false;  // .docx: centred, large and bold (import.md: a strong title cue)
  std::vector<bool> strong;  // .docx: per character of text, a bold run (empty: none)
};

// Splits on LF, CRLF and CR (and FF, VT, U+2028, U+2029 within a numbered line); trims ASCII spaces, tabs, U+00A0 and U+3000 at the line's ends
// (indentation is layout, not content); drops empty lines.
std::vector<SourceLine> split_lines(const std::u32string& text);

std::string utf8(std::u32string_view s);
bool is_space(char32_t c);
// Removes every space inside (a title or a name: 马 帅 → 马帅, 的 通 知 → 的通知).
std::u32string without_spaces(std::u32string_view s);
bool starts_with(std::u32string_view s, std::u32string_view prefix);
bool ends_with(std::u32string_view s, std::u32string_view suffix);
// Ends a sentence: 。！？；：… (or a closing quote/bracket right after one of them).
bool ends_sentence(std::u32string_view s);
// Holds 。！？； before its last character: a sentence, not a name or a heading.
bool has_inner_sentence_end(std::u32string_view s);
// Looks like an organisation's name alone on a line (署名, 发文机关): short, no sentence
// punctuation, ends with a word organisations end with.
bool looks_like_organisation(std::u32string_view s);
// Splits "名称 ：值" at the first ： or :, the label without spaces; false when none.
bool split_label(std::u32string_view s, std::u32string& label, std::u32string& value);

}  // namespace gongwen::detail
