// Decodes seal image bytes (PNG through libpng, JPEG through libjpeg-turbo) into a
// SealImage under limits checked from the header before any pixel is allocated. Each
// library's error handling longjmps only inside one tiny C-style function of its own
// (project rule: no setjmp elsewhere), so a corrupt or truncated file is an error
// message, never an abort.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "common/messages.hpp"

#include "model/seal_image.hpp"

namespace gongwen::detail {

struct SealImageLimits {
  std::size_t max_file_bytes = 8u << 20;  // 8 MiB
  int max_side_px = 4000;                 // a 42 mm seal at 1200 dpi is ≈ 2000 px
  std::uint64_t max_pixels = 16'000'000;  // 16 Mpx: 64 MB of RGBA at most
};

enum class SealFormat { none, png, jpeg };

// By the file's signature (PNG: 89 50 4E 47 0D 0A 1A 0A; JPEG: FF D8 FF).
SealFormat sniff_seal_format(const std::uint8_t* data, std::size_t size);

// Returns false with `why` (what is wrong, e.g. "is truncated": a GW-E-SEAL-UNREADABLE
// message the caller completes with {src}) when the bytes cannot be decoded or the header
// is over a limit.
bool decode_seal_image(const std::uint8_t* data, std::size_t size, const SealImageLimits& limits,
                       SealImage& out, Message& why);
// The same with `why` in English (tests, fuzzers).
bool decode_seal_image(const std::uint8_t* data, std::size_t size, const SealImageLimits& limits,
                       SealImage& out, std::string& why);

// The two decoders behind it (png_decode.cpp, jpeg_decode.cpp).
bool decode_png(const std::uint8_t* data, std::size_t size, const SealImageLimits& limits,
                SealImage& out, Message& why);
bool decode_jpeg(const std::uint8_t* data, std::size_t size, const SealImageLimits& limits,
                 SealImage& out, Message& why);

// Shared by both decoders: nothing when width × height is within the limits.
std::optional<Message> check_seal_dimensions(std::uint64_t width, std::uint64_t height,
                                             const SealImageLimits& limits);

}  // namespace gongwen::detail
