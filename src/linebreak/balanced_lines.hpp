// Titles are not filled greedily: GB/T 9704 §7.3.1 wants a long title broken at word
// boundaries into a balanced 梯形 (trapezoid) or 菱形 (diamond).
#pragma once

#include <cstdint>
#include <vector>

#include "common/length.hpp"
#include "model/shaped_text.hpp"

namespace gongwen::detail {

struct BalanceOptions {
  Length max_width = 0;
  double min_ratio = 1.0 / 3.0;  // every line at least this share of the longest
};

// Returns the end cluster of each line (the last is clusters.size()). Breaks only where
// a word boundary (ICU, Chinese dictionary) is also a legal line break; U+2028 forces a
// break. Among the line counts that fit, takes the fewest lines whose shape is valid: with
// two lines the longer first; with more, widths that only shrink, only grow, or grow then
// shrink; every line at least min_ratio of the longest. Then the most even such split.
std::vector<std::uint32_t> balance_lines(const StyledText& text, const ShapedText& shaped,
                                         const BalanceOptions& options);

}  // namespace gongwen::detail
