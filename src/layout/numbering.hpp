// Heading numbers by depth (GB/T 9704 §7.3.3): 一、 / （一） / 1. / （1）.
#pragma once

#include <string>
#include <string_view>

#include "common/heading_numbers.hpp"

namespace gongwen::detail {
// True when `text` already starts with a number of that depth's form, so it is not
// numbered twice (an author who typed 一、 keeps it).
bool starts_with_heading_number(int depth, std::u32string_view text);

}  // namespace gongwen::detail
