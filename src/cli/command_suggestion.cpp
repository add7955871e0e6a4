#include "cli/command_suggestion.hpp"

#include <algorithm>
#include <numeric>

namespace gongwen::cli {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  // One row of the dynamic-programming table at a time.
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string suggest_command(const std::string& given, const std::vector<std::string>& commands) {
  std::string best;
  std::size_t best_distance = 3;  // more than 2 edits is no longer a typo
  for (const std::string& c : commands) {
    const std::size_t d = edit_distance(given, c);
    if (d < best_distance && 2 * d < c.size()) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace gongwen::cli
