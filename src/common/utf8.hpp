// UTF-8 ⇄ UTF-32 for the few places that cross between model text and bytes.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::detail {

std::string to_utf8(std::u32string_view s);
void append_utf8(std::string& out, char32_t c);
// UTF-16 code units (surrogate pairs above U+FFFF), as PDF text strings and ToUnicode
// CMaps want them.
std::u16string to_utf16(std::u32string_view s);
// Decodes the one UTF-8 sequence at s[i] into `c`; returns its length in bytes, or 0 when
// it is not valid UTF-8 (or i is past the end).
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& c);
// Decodes UTF-8; returns false at the first invalid sequence (its byte offset in *bad).
bool from_utf8(std::string_view s, std::u32string& out, std::size_t* bad = nullptr);

}  // namespace gongwen::detail
