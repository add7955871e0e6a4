// Builds style TOML from "table.key" = value pairs, grouping keys under one header per
// table (TOML forbids a table twice). The first pair's key is written on line 2.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace gongwen::test {

using StylePairs = std::vector<std::pair<std::string, std::string>>;

inline std::string style_toml(const StylePairs& pairs) {
  std::vector<std::string> tables;
  for (const auto& [full, value] : pairs) {
    std::string table = full.substr(0, full.find('.'));
    bool seen = false;
    for (const auto& t : tables) seen = seen || t == table;
    if (!seen) tables.push_back(table);
  }
  std::string out;
  for (const auto& t : tables) {
    out += "[" + t + "]\n";
    for (const auto& [full, value] : pairs) {
      if (full.substr(0, full.find('.')) == t) out += full.substr(full.find('.') + 1) + " = " + value + "\n";
    }
  }
  return out;
}

}  // namespace gongwen::test
