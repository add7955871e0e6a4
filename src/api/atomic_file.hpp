// File I/O for render_file and the CLI: bounded reads, atomic writes (temporary file in
// the same folder, then rename), so a failed render never leaves a partial PDF.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gongwen::detail {

bool read_file_limited(const std::string& path, std::size_t limit, std::string& out,
                       std::string& error);
bool write_file_atomically(const std::string& path, const std::vector<std::uint8_t>& bytes,
                           std::string& error);
// True when both paths name the same existing file (also through links).
bool same_file(const std::string& a, const std::string& b);

}  // namespace gongwen::detail
