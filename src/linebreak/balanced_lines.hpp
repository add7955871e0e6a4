// Titles are not filled greedily: GB/T 9704 §7.3.1 wants a long title broken at word
// boundaries into a balanced 梯形 (trapezoid) or 菱形 (diamond).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/length.hpp"
#include "model/shaped_text.hpp"

namespace gongwen::detail {

struct BalanceOptions {
  Length max_width = 0;
  double min_ratio = 1.0 / 3.0;  // every line at least this share of the longest
  // Organisation names never split, a break after them welcome: the issuers from the
  // masthead and the signature (title_phrases.hpp).
  std::vector<std::u32string> names;
};

// Returns the end cluster of each line (the last is clusters.size()). Breaks only where
// the meaning allows (title_phrases.hpp: phrase boundaries, words and names whole) and a
// line may break (禁则); U+2028 forces a break. A split's shape must be valid: with two
// lines the longer first; with more, widths that only shrink, only grow, or grow then
// shrink; every line at least min_ratio of the longest. Among valid splits into the
// fewest lines (or one more), the lowest sum of break costs and unevenness wins. Only if
// no such split exists are words split; failing that, lines are filled greedily.
std::vector<std::uint32_t> balance_lines(const StyledText& text, const ShapedText& shaped,
                                         const BalanceOptions& options);

}  // namespace gongwen::detail
