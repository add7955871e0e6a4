// "did you mean" for a mistyped subcommand (issue 14 point 5): the known command nearest
// by edit distance, when it is near enough to be what was meant.
#pragma once

#include <string>
#include <vector>

namespace gongwen::cli {

// Levenshtein distance (insertions, deletions, substitutions), counted in bytes.
std::size_t edit_distance(const std::string& a, const std::string& b);

// The command of `commands` nearest to `given` if at most 2 edits away and closer than
// half the command's length (so "x" suggests nothing); otherwise "".
std::string suggest_command(const std::string& given, const std::vector<std::string>& commands);

}  // namespace gongwen::cli
