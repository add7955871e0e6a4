// Where a line may break: ICU's line breaking (locale zh, strict), with the Chinese
// rules laid over it (禁则, quotes by role, —— and …… whole).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace gongwen::detail {

enum class BreakKind : std::uint8_t { none, allowed, mandatory };

// result[i] says whether a line may break before text[i] (i in 1..size-1); result[0] is
// none; result[size] (one past the end) is mandatory. U+2028 forces a break after it.
// Returns false if ICU fails (then result allows breaks between grid characters only).
bool break_opportunities(std::u32string_view text, std::vector<BreakKind>& result);

// Word boundaries (ICU word break, with its Chinese dictionary): result[i] true when a
// word boundary lies before text[i]. Used to break titles without splitting words.
bool word_boundaries(std::u32string_view text, std::vector<bool>& result);

}  // namespace gongwen::detail
