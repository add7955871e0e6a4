// Heading numbers by depth (GB/T 9704 §7.3.3): 一、 / （一） / 1. / （1）. In common
// because layout prints them and import checks that a text's own numbers are in sequence.
#pragma once

#include <string>

namespace gongwen::detail {

std::u32string chinese_numeral(int n);  // 1 → 一, 10 → 十, 21 → 二十一 (n in 1..999)
std::u32string heading_number(int depth, int n);  // depth 1..4

}  // namespace gongwen::detail
