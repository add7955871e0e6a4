#include "pdf/font_program_cache.hpp"

#include <functional>

namespace gongwen::detail {

std::size_t FontProgramCache::KeyHash::operator()(const Key& k) const {
  std::uint64_t h = 1469598103934665603ull ^ std::hash<const Font*>{}(k.font);  // FNV-1a
  for (std::uint32_t g : k.gids) {
    h ^= g;
    h *= 1099511628211ull;
  }
  return static_cast<std::size_t>(h);
}

// What an entry holds in memory: its bytes and glyph lists, plus a fixed allowance for the
// list node, the index slot and the shared_ptr's control block.
std::size_t FontProgramCache::cost(const Key& key, const FinishedProgram& program) {
  constexpr std::size_t kOverhead = 256;
  // The glyph list is held twice: in the LRU entry and as the index's key.
  std::size_t text = 0;
  for (const auto& [gid, t] : program.text) text += sizeof(gid) + sizeof(t) + t.size() * 4;
  return program.deflated.size() + program.tounicode.size() + program.widths.size() + text +
         (2 * key.gids.size() + program.cid.size()) * 4 + kOverhead;
}

std::shared_ptr<const FinishedProgram> FontProgramCache::find(
    const Font* font, const std::vector<std::uint32_t>& gids) {
  std::lock_guard lock(mutex_);
  // The lookup key copies the glyph list; a miss then costs a subset, which is far more.
  auto it = index_.find(Key{font, gids});
  if (it == index_.end()) {
    ++counts_.misses;
    return nullptr;
  }
  ++counts_.hits;
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->program;
}

void FontProgramCache::insert(const Font* font, std::vector<std::uint32_t> gids,
                              std::shared_ptr<const FinishedProgram> program) {
  if (!program) return;
  Key key{font, std::move(gids)};
  const std::size_t bytes = cost(key, *program);
  if (bytes > capacity_) return;
  std::lock_guard lock(mutex_);
  if (index_.count(key)) return;  // another thread finished the same program first
  while (!lru_.empty() && counts_.bytes + bytes > capacity_) {
    counts_.bytes -= lru_.back().bytes;
    index_.erase(lru_.back().key);
    lru_.pop_back();
    ++counts_.evictions;
  }
  lru_.push_front(Entry{key, std::move(program), bytes});
  index_.emplace(std::move(key), lru_.begin());
  counts_.bytes += bytes;
}

FontProgramCacheCounts FontProgramCache::counts() const {
  std::lock_guard lock(mutex_);
  FontProgramCacheCounts c = counts_;
  c.entries = lru_.size();
  c.capacity = capacity_;
  return c;
}

}  // namespace gongwen::detail
