#include "parse/seal_image_decode.hpp"

#include <fmt/format.h>

#include <cstring>

namespace gongwen::detail {

SealFormat sniff_seal_format(const std::uint8_t* data, std::size_t size) {
  if (size >= 8 && std::memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0) return SealFormat::png;
  if (size >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) return SealFormat::jpeg;
  return SealFormat::none;
}

std::optional<Message> check_seal_dimensions(std::uint64_t width, std::uint64_t height,
                                             const SealImageLimits& limits) {
  if (width == 0 || height == 0) return msg("GW-E-SEAL-UNREADABLE", "no-pixels");
  const auto side = static_cast<std::uint64_t>(limits.max_side_px);
  if (width > side || height > side || width * height > limits.max_pixels) {
    return msg("GW-E-SEAL-UNREADABLE", "too-many-pixels",
               {{"width", width}, {"height", height}, {"max_side", limits.max_side_px},
                {"max_pixels", limits.max_pixels}});
  }
  return std::nullopt;
}

bool decode_seal_image(const std::uint8_t* data, std::size_t size, const SealImageLimits& limits,
                       SealImage& out, Message& why) {
  if (size > limits.max_file_bytes) {
    why = msg("GW-E-SEAL-UNREADABLE", "bytes-too-many",
              {{"bytes", size}, {"limit", limits.max_file_bytes}});
    return false;
  }
  switch (sniff_seal_format(data, size)) {
    case SealFormat::png: return decode_png(data, size, limits, out, why);
    case SealFormat::jpeg: return decode_jpeg(data, size, limits, out, why);
    case SealFormat::none: break;
  }
  why = msg("GW-E-SEAL-UNREADABLE", "not-image");
  return false;
}

bool decode_seal_image(const std::uint8_t* data, std::size_t size, const SealImageLimits& limits,
                       SealImage& out, std::string& why) {
  Message m;
  if (decode_seal_image(data, size, limits, out, m)) return true;
  m.args.push_back({"src", "…"});
  why = message_text(m, Language::en);
  return false;
}

}  // namespace gongwen::detail
