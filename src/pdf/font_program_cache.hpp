// Finished font programs (hb-subset output, deflated) kept per Engine, so a document
// rendered again (an editor's preview) skips hb-subset and deflate for every font whose
// glyph set is unchanged (issue 13). Keyed by the font and the exact glyph set (compared in
// full, not by hash alone); bounded in bytes, least recently used first out; safe to share
// between the threads rendering with one Engine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <unordered_map>
#include <vector>

#include "text/subset.hpp"

namespace gongwen::detail {

class Font;

// What is derived from the font and the glyph set alone.
struct FinishedProgram {
  FontProgram::Kind kind = FontProgram::Kind::truetype;
  std::vector<std::uint8_t> deflated;  // the FontFile2/FontFile3 stream's bytes (zlib)
  std::size_t raw_size = 0;            // before deflate (/Length1 of a FontFile2)
  std::vector<std::uint32_t> cid;  // as FontProgram::cid, for the glyph set
  std::string widths;              // the CIDFont's /W array, as written
  // The ToUnicode stream (deflated) and the text of each glyph it was made from: it serves
  // a later document only when its glyphs stand for the same text.
  std::vector<std::pair<std::uint32_t, std::u32string>> text;
  std::vector<std::uint8_t> tounicode;
};

struct FontProgramCacheCounts {
  std::uint64_t hits = 0, misses = 0, evictions = 0;
  std::size_t bytes = 0, entries = 0, capacity = 0;
};

class FontProgramCache {
 public:
  explicit FontProgramCache(std::size_t capacity_bytes) : capacity_(capacity_bytes) {}
  FontProgramCache(const FontProgramCache&) = delete;
  FontProgramCache& operator=(const FontProgramCache&) = delete;

  // The program for `font` and exactly `gids` (sorted, distinct), or nullptr (a miss).
  // The entry stays valid for the caller even if it is evicted meanwhile.
  std::shared_ptr<const FinishedProgram> find(const Font* font,
                                              const std::vector<std::uint32_t>& gids);
  // Stores a program; older entries are evicted until the total is within the capacity.
  // One larger than the whole capacity is not stored.
  void insert(const Font* font, std::vector<std::uint32_t> gids,
              std::shared_ptr<const FinishedProgram> program);
  FontProgramCacheCounts counts() const;

 private:
  struct Key {
    const Font* font = nullptr;
    std::vector<std::uint32_t> gids;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const;
  };
  struct Entry {
    Key key;
    std::shared_ptr<const FinishedProgram> program;
    std::size_t bytes = 0;
  };
  using Lru = std::list<Entry>;  // front: most recently used

  static std::size_t cost(const Key& key, const FinishedProgram& program);

  mutable std::mutex mutex_;
  const std::size_t capacity_;
  Lru lru_;
  std::unordered_map<Key, Lru::iterator, KeyHash> index_;
  FontProgramCacheCounts counts_;
};

}  // namespace gongwen::detail
