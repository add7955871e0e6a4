// A seal image decoded once, at parse time (src/parse/seal_image_decode.hpp), into plain
// pixels: every PNG variant and JPEG normalised to 8-bit RGB plus 8-bit alpha, so layout
// and the PDF stage never read a file or call an image library again (issue 8).
#pragma once

#include <cstdint>
#include <vector>

namespace gongwen::detail {

struct SealImage {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgb;    // width * height * 3, rows top to bottom
  std::vector<std::uint8_t> alpha;  // width * height, 255 = opaque; empty when all opaque
};

}  // namespace gongwen::detail
