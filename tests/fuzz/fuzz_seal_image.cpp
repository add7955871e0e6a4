// libFuzzer target: any bytes through the seal decoders (PNG via libpng, JPEG via
// libjpeg-turbo) under small limits. Build with clang (README "Fuzzing"):
//   CXX=clang++ CC=clang cmake -B build-fuzz -DGONGWEN_FUZZ=ON -DGONGWEN_SANITIZE=ON \
//     -DGONGWEN_BUILD_TESTS=OFF && cmake --build build-fuzz --target fuzz_seal_image
//   build-fuzz/fuzz_seal_image -max_total_time=300 CORPUS_DIR tests/fuzz/corpus/seal_image
#include <cstddef>
#include <cstdint>
#include <string>

#include "parse/seal_image_decode.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongwen::detail::SealImageLimits limits;
  limits.max_side_px = 512;  // small, so the fuzzer spends its time on parsing, not pixels
  limits.max_pixels = 1u << 16;
  gongwen::detail::SealImage image;
  std::string why;
  const bool ok = gongwen::detail::decode_seal_image(data, size, limits, image, why);
  // The contract: either pixels of the stated size, or a reason.
  if (ok) {
    const auto n = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
    if (image.width <= 0 || image.height <= 0 || image.rgb.size() != n * 3) __builtin_trap();
    if (!image.alpha.empty() && image.alpha.size() != n) __builtin_trap();
  } else if (why.empty()) {
    __builtin_trap();
  }
  return 0;
}
