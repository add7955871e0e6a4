// Standard input and output as files for the CLI ("-"): a bounded read and a binary write
// that is complete or reported (issue 14 point 2: a PDF on stdout is whole, or the exit
// status says it is not).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace gongwen::cli {

// Reads at most limit + 1 bytes: one byte over the limit is enough for the library to
// refuse the input, and a huge or endless input is never read whole.
std::string read_bounded(std::FILE* f, std::size_t limit);

// Writes every byte and flushes. A reader that went away (EPIPE) stops the process as for
// SIGPIPE (exit 141); any other failure returns false with `why` (e.g. "No space left on
// device").
bool write_all(std::FILE* f, const std::vector<std::uint8_t>& bytes, std::string& why);

}  // namespace gongwen::cli
