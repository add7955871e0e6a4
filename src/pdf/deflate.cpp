#include "pdf/deflate.hpp"

#include <libdeflate.h>

#include <array>
#include <memory>

namespace gongwen::detail {

namespace {

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
using Compressor = std::unique_ptr<libdeflate_compressor, CompressorDeleter>;

// One compressor per level and thread, kept: allocating one costs more than deflating a
// ToUnicode CMap. A compressor is not thread-safe, so each thread has its own.
libdeflate_compressor* compressor(int level) {
  thread_local std::array<Compressor, 13> by_level;
  if (level < 0 || level > 12) return nullptr;
  Compressor& c = by_level[static_cast<std::size_t>(level)];
  if (!c) c.reset(libdeflate_alloc_compressor(level));
  return c.get();
}

}  // namespace

bool zlib_deflate(std::span<const std::uint8_t> in, int level, std::vector<std::uint8_t>& out) {
  libdeflate_compressor* c = compressor(level);
  if (!c) return false;
  out.resize(libdeflate_zlib_compress_bound(c, in.size()));
  // With a buffer of the bound's size compression cannot run out of room; 0 would mean it did.
  std::size_t n = libdeflate_zlib_compress(c, in.data(), in.size(), out.data(), out.size());
  out.resize(n);
  return n > 0;
}

}  // namespace gongwen::detail
