#include "linebreak/word_dictionary.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <mutex>

#include "common/data_dir.hpp"
#include "common/mapped_file.hpp"
#include "common/utf8.hpp"

namespace gongwen::detail {

namespace {

// Words are keyed by a 64-bit FNV-1a hash of their code points: at 350k words a
// collision is improbable (~3e-9) and storing no strings keeps the table at ~5.6 MB.
constexpr std::uint64_t kHashStart = 0xcbf29ce484222325ull;

// FNV-1a over the code points' four bytes: extendable one character at a time, so
// segment() hashes each prefix of a position's candidates in one pass.
std::uint64_t hash_extend(std::uint64_t h, char32_t c) {
  for (int k = 0; k < 4; ++k) {
    h ^= (static_cast<std::uint32_t>(c) >> (8 * k)) & 0xFF;
    h *= 0x100000001b3ull;
  }
  return h;
}

std::uint64_t next_generation() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

std::uint64_t hash_word(std::u32string_view w) {
  std::uint64_t h = kHashStart;
  for (char32_t c : w) h = hash_extend(h, c);
  return h;
}

WordClass class_of(std::string_view tag) {
  if (tag == "nt") return WordClass::organisation;
  if (tag == "vn") return WordClass::verbal_noun;
  if (tag == "p") return WordClass::preposition;
  if (tag == "c") return WordClass::conjunction;
  if (!tag.empty() && tag[0] == 'u') return WordClass::particle;
  if (tag == "v" || tag == "vg" || tag == "vd" || tag == "vi" || tag == "vq") return WordClass::verb;
  if (tag == "a" || tag == "ad" || tag == "an" || tag == "d" || tag == "z") return WordClass::modifier;
  if (tag == "r" || tag == "x" || tag == "o" || tag == "e" || tag == "y") return WordClass::other;
  return WordClass::noun;
}

// The table: this header, then `count` Entry records sorted by hash. Written and read on
// the machine that built it (native byte order; the magic's version changes with it).
struct TableHeader {
  char magic[8];
  std::uint32_t count;
  std::uint32_t max_len;
  std::uint64_t total;
  std::uint64_t reserved;
};
static_assert(sizeof(TableHeader) == 32 && sizeof(WordDictionary::Entry) == 16);
constexpr char kMagic[8] = {'G', 'W', 'T', 'W', 'O', 'R', 'D', '1'};
// jieba's longest word has 16 characters; a hostile table cannot make segment() quadratic.
constexpr std::uint32_t kMaxWordLength = 64;

}  // namespace

WordDictionary::WordDictionary() = default;
WordDictionary::~WordDictionary() = default;

bool WordDictionary::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  owned_.clear();
  std::uint64_t total = 0;
  std::uint32_t max_len = 1;
  std::string line;
  std::u32string word;
  while (std::getline(in, line)) {
    const std::size_t s1 = line.find(' ');
    if (s1 == std::string::npos || s1 == 0) continue;
    const std::size_t s2 = line.find(' ', s1 + 1);
    const std::string_view rest(line.data() + s1 + 1,
                                (s2 == std::string::npos ? line.size() : s2) - s1 - 1);
    std::uint32_t freq = 0;
    for (char ch : rest) {
      if (ch < '0' || ch > '9' || freq > 100000000u) break;
      freq = freq * 10 + static_cast<std::uint32_t>(ch - '0');
    }
    if (freq == 0 || !from_utf8(std::string_view(line.data(), s1), word)) continue;
    if (word.size() > kMaxWordLength) continue;
    std::string_view tag = s2 == std::string::npos ? std::string_view() :
        std::string_view(line).substr(s2 + 1);
    while (!tag.empty() && (tag.back() == '\r' || tag.back() == ' ')) tag.remove_suffix(1);
    owned_.push_back({hash_word(word), freq, static_cast<std::uint8_t>(class_of(tag)), {}});
    total += freq;
    max_len = std::max(max_len, static_cast<std::uint32_t>(word.size()));
  }
  if (owned_.empty()) return false;
  std::sort(owned_.begin(), owned_.end(),
            [](const Entry& a, const Entry& b) { return a.hash < b.hash; });
  mapped_.reset();
  entries_ = owned_.data();
  count_ = owned_.size();
  total_ = total;
  log_total_ = std::log(static_cast<double>(total));
  max_len_ = max_len;
  generation_ = next_generation();
  return true;
}

bool WordDictionary::map(const std::string& path) {
  std::string error;
  std::unique_ptr<MappedFile> file = MappedFile::open(path, error);
  if (!file || file->size() < sizeof(TableHeader)) return false;
  TableHeader h{};
  std::memcpy(&h, file->data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.count == 0 || h.total == 0 ||
      h.max_len == 0 || h.max_len > kMaxWordLength ||
      file->size() != sizeof(TableHeader) + std::size_t{h.count} * sizeof(Entry)) {
    return false;
  }
  owned_.clear();
  owned_.shrink_to_fit();
  // The map is page-aligned and the header 32 bytes, so the records are aligned.
  entries_ = reinterpret_cast<const Entry*>(file->data() + sizeof(TableHeader));
  mapped_ = std::move(file);
  count_ = h.count;
  total_ = h.total;
  log_total_ = std::log(static_cast<double>(h.total));
  max_len_ = h.max_len;
  generation_ = next_generation();
  return true;
}

bool WordDictionary::save(const std::string& path, std::string& error) const {
  if (count_ == 0 || count_ > std::numeric_limits<std::uint32_t>::max()) {
    error = "no words to write";
    return false;
  }
  TableHeader h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.count = static_cast<std::uint32_t>(count_);
  h.max_len = max_len_;
  h.total = total_;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(&h), sizeof h);
  out.write(reinterpret_cast<const char*>(entries_),
            static_cast<std::streamsize>(count_ * sizeof(Entry)));
  out.close();
  if (!out) {
    error = "cannot write " + path;
    return false;
  }
  return true;
}

const WordDictionary::Entry* WordDictionary::find(std::u32string_view w) const {
  return find_hash(hash_word(w));
}

const WordDictionary::Entry* WordDictionary::find_hash(std::uint64_t h) const {
  // The hashes are uniform over 64 bits, so interpolation finds the place in two or three
  // probes where a binary search takes 19 (each a cache miss in the mapped table: it was
  // 9 % of a seed-002 re-render). A few rounds narrow the range; a binary search ends it,
  // so a skewed (hostile) table costs no more than before.
  std::size_t lo = 0, hi = count_;  // the answer, if any, is in [lo, hi)
  for (int round = 0; round < 4 && hi - lo > 8; ++round) {
    const std::uint64_t a = entries_[lo].hash, b = entries_[hi - 1].hash;
    if (h < a || h > b) return nullptr;
    if (a == b) break;
    const double f = static_cast<double>(h - a) / static_cast<double>(b - a);
    std::size_t pos = lo + static_cast<std::size_t>(f * static_cast<double>(hi - 1 - lo));
    pos = std::min(std::max(pos, lo), hi - 1);
    if (entries_[pos].hash == h) {
      while (pos > 0 && entries_[pos - 1].hash == h) --pos;  // the first, as lower_bound
      return entries_ + pos;
    }
    if (entries_[pos].hash < h) {
      lo = pos + 1;
    } else {
      hi = pos;
    }
  }
  const Entry* end = entries_ + hi;
  const Entry* it = std::lower_bound(entries_ + lo, end, h,
                                     [](const Entry& e, std::uint64_t x) { return e.hash < x; });
  return it != end && it->hash == h ? it : nullptr;
}

std::vector<Word> WordDictionary::segment(std::u32string_view text) const {
  // A title is segmented several times while its lines are balanced, and again on every
  // re-render: the last few results are kept per thread (no lock; a few hundred bytes).
  struct Recent {
    std::uint64_t generation;
    std::u32string text;
    std::vector<Word> words;
  };
  thread_local std::vector<Recent> recent;
  for (const Recent& r : recent) {
    if (r.generation == generation_ && r.text == text) return r.words;
  }
  std::vector<Word> words = segment_uncached(text);
  if (recent.size() >= 8) recent.erase(recent.begin());
  recent.push_back({generation_, std::u32string(text), words});
  return words;
}

std::vector<Word> WordDictionary::segment_uncached(std::u32string_view text) const {
  // Best path by dynamic programming from the end: best[i] is the highest log
  // probability of text[i..n). A character the dictionary lacks is a word of frequency 1.
  const auto n = static_cast<std::uint32_t>(text.size());
  std::vector<double> best(n + 1, -std::numeric_limits<double>::infinity());
  std::vector<std::uint32_t> next(n + 1, n);
  std::vector<const Entry*> chosen(n + 1, nullptr);
  best[n] = 0;
  for (std::uint32_t i = n; i-- > 0;) {
    std::uint64_t h = kHashStart;
    for (std::uint32_t len = 1; len <= max_len_ && i + len <= n; ++len) {
      h = hash_extend(h, text[i + len - 1]);
      const Entry* e = find_hash(h);
      if (!e && len > 1) continue;
      const double lp = (e ? std::log(static_cast<double>(e->freq)) : 0.0) - log_total_;
      if (lp + best[i + len] > best[i]) {
        best[i] = lp + best[i + len];
        next[i] = i + len;
        chosen[i] = e;
      }
    }
  }
  std::vector<Word> words;
  for (std::uint32_t i = 0; i < n; i = next[i]) {
    Word w;
    w.begin = i;
    w.end = next[i];
    w.known = chosen[i] != nullptr;
    const std::uint8_t cls = chosen[i] ? chosen[i]->cls : 0;
    w.cls = chosen[i] && cls <= static_cast<std::uint8_t>(WordClass::other)
                ? static_cast<WordClass>(cls) : WordClass::other;
    words.push_back(w);
  }
  return words;
}

std::vector<std::string> title_words_candidates() {
  std::vector<std::string> paths;
  for (const std::string& dir : installed_data_dirs()) {
    if (!dir.empty()) paths.push_back((std::filesystem::path(dir) / kTitleWordsFile).string());
  }
  // An uninstalled build (ctest sets it), or a library copied away from its data.
  if (const char* env = std::getenv("GONGWEN_TITLE_WORDS"); env && *env) paths.push_back(env);
  return paths;
}

namespace {

struct LoadedDictionary {
  WordDictionary dict;
  bool loaded = false;
  bool mapped = false;
};

const LoadedDictionary& loaded_dictionary() {
  static std::once_flag once;
  static LoadedDictionary d;
  std::call_once(once, [] {
    for (const std::string& path : title_words_candidates()) {
      if (d.dict.map(path)) {
        d.loaded = d.mapped = true;
        return;
      }
    }
    d.loaded = d.dict.load(kJiebaDictPath);
  });
  return d;
}

}  // namespace

const WordDictionary* title_dictionary() {
  const LoadedDictionary& d = loaded_dictionary();
  return d.loaded ? &d.dict : nullptr;
}

bool title_dictionary_is_mapped() { return loaded_dictionary().mapped; }

}  // namespace gongwen::detail
