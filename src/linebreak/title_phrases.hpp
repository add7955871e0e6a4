// Where a title may break by meaning (GB/T 9704 §7.3.1: 标题回行时，要做到词意完整): a cost
// for each break position, from phrase boundaries (after the issuer names, around 关于,
// around 《…》, at 的 + 文种, at 和/与/及/暨) and a word dictionary that keeps compounds whole.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/length.hpp"

namespace gongwen::detail {

// Costs from here on are breaks made only when no split by meaning fits.
inline constexpr int kLastResort = 100;

// result[i] is the cost of a break before text[i] (i in 1..size-1): 0 at a phrase
// boundary, larger the more it splits what belongs together (a compound noun, a verb
// pair), kLastResort or more inside a word, a number, an issuer's name or a 《…》 that
// fits on a line (plus what the break would cost there otherwise).
// `names` are the issuers (masthead and signature); `width_before[i]` is the width of
// text[0, i) (size + 1 entries), used to tell whether a 《…》 fits in `max_width`.
// Whether a line may break there at all (禁则) is not decided here.
std::vector<int> title_break_costs(std::u32string_view text,
                                   const std::vector<std::u32string>& names,
                                   const std::vector<Length>& width_before, Length max_width);

}  // namespace gongwen::detail
