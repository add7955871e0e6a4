// <table> (contract v1.1, notice-xml.md "Tables"): the HTML table subset read into the
// model's Table, with the contract's bad cases as their own error codes (rows that do not
// fill the columns, a rowspan past its section, a bad width, a nested table).
#pragma once

#include <vector>

#include "model/document.hpp"
#include "parse/element_reader.hpp"

namespace gongwen::detail {

// Reads <table> `n` and appends it to `out` as a table block.
void read_table(ElementReader& r, pugi::xml_node n, std::vector<Block>& out);

// The most grid columns a table may have and the largest span (hard limits: hostile input
// becomes a clean error, not a huge allocation).
inline constexpr int kMaxTableColumns = 64;
inline constexpr int kMaxTableSpan = 1000;

}  // namespace gongwen::detail
