#include "parse/seal_image_decode.hpp"

#include <fmt/format.h>

#include <cstring>

namespace gongwen::detail {

SealFormat sniff_seal_format(const std::uint8_t* data, std::size_t size) {
  if (size >= 8 && std::memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0) return SealFormat::png;
  if (size >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) return SealFormat::jpeg;
  return SealFormat::none;
}

std::string check_seal_dimensions(std::uint64_t width, std::uint64_t height,
                                  const SealImageLimits& limits) {
  if (width == 0 || height == 0) return "has no pixels (a zero width or height)";
  const auto side = static_cast<std::uint64_t>(limits.max_side_px);
  if (width > side || height > side || width * height > limits.max_pixels) {
    return fmt::format(
        "is {}×{} pixels; the limit is {} pixels a side and {} pixels in all (a 42 mm seal "
        "at 1200 dpi is about 2000×2000); scale it down",
        width, height, limits.max_side_px, limits.max_pixels);
  }
  return {};
}

bool decode_seal_image(const std::uint8_t* data, std::size_t size, const SealImageLimits& limits,
                       SealImage& out, std::string& why) {
  if (size > limits.max_file_bytes) {
    why = fmt::format("is {} bytes; the limit is {} bytes", size, limits.max_file_bytes);
    return false;
  }
  switch (sniff_seal_format(data, size)) {
    case SealFormat::png: return decode_png(data, size, limits, out, why);
    case SealFormat::jpeg: return decode_jpeg(data, size, limits, out, why);
    case SealFormat::none: break;
  }
  why = "is not a PNG or JPEG image";
  return false;
}

}  // namespace gongwen::detail
