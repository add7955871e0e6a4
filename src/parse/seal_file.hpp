// A seal image must exist and be a PNG (the contract: "an unreadable seal image" is an
// error at parse time, so no render gets as far as the PDF stage with a bad file).
#pragma once

#include <string>

namespace gongwen::detail {

// Resolves `src` against `base_dir` when it is relative. Returns an empty string when
// the file is a readable PNG (by its 8-byte signature), else why not, naming the path.
std::string check_png_file(const std::string& src, const std::string& base_dir);

}  // namespace gongwen::detail
