// Breaks inside long unbreakable tokens (e-mail, URL, phone number, 统一社会信用代码), used
// only when a paragraph's lines would otherwise spread gaps between characters (a river).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace gongwen::detail {

// result[i] > 0: a line may break before text[i] inside a token at this cost (1 where
// typesetting breaks such a token: a URL after / . ? & =, an e-mail before @ and after .,
// a phone number after -; 3 inside a long digit or code run, a last resort). 0: no
// token break there (ordinary opportunities are break_opportunities').
std::vector<std::uint8_t> token_breaks(std::u32string_view text);

}  // namespace gongwen::detail
