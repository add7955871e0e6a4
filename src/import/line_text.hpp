// One source line of imported text and the character tests the recognisers share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongwen::detail {

struct SourceLine {
  int number = 0;        // 1-based line in the input
  std::u32string text;   // trimmed of spaces at both ends
};

// Splits on LF, CRLF and CR; trims ASCII spaces, tabs, U+00A0 and U+3000 at the line's ends
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
