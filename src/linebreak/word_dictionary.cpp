#include "linebreak/word_dictionary.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <mutex>

#include "common/utf8.hpp"

namespace gongwen::detail {

namespace {

// Words are keyed by a 64-bit FNV-1a hash of their code points: at 350k words a
// collision is improbable (~3e-9) and storing no strings keeps the table at ~5.6 MB.
std::uint64_t hash_word(std::u32string_view w) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (char32_t c : w) {
    for (int k = 0; k < 4; ++k) {
      h ^= (static_cast<std::uint32_t>(c) >> (8 * k)) & 0xFF;
      h *= 0x100000001b3ull;
    }
  }
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

}  // namespace

bool WordDictionary::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  entries_.clear();
  double total = 0;
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
      if (ch < '0' || ch > '9') break;
      freq = freq * 10 + static_cast<std::uint32_t>(ch - '0');
    }
    if (freq == 0 || !from_utf8(std::string_view(line.data(), s1), word)) continue;
    std::string_view tag = s2 == std::string::npos ? std::string_view() :
        std::string_view(line).substr(s2 + 1);
    while (!tag.empty() && (tag.back() == '\r' || tag.back() == ' ')) tag.remove_suffix(1);
    entries_.push_back({hash_word(word), freq, class_of(tag)});
    total += freq;
    max_len_ = std::max(max_len_, static_cast<std::uint32_t>(word.size()));
  }
  if (entries_.empty()) return false;
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return a.hash < b.hash; });
  log_total_ = std::log(total);
  return true;
}

const WordDictionary::Entry* WordDictionary::find(std::u32string_view w) const {
  const std::uint64_t h = hash_word(w);
  auto it = std::lower_bound(entries_.begin(), entries_.end(), h,
                             [](const Entry& e, std::uint64_t x) { return e.hash < x; });
  return it != entries_.end() && it->hash == h ? &*it : nullptr;
}

std::vector<Word> WordDictionary::segment(std::u32string_view text) const {
  // Best path by dynamic programming from the end: best[i] is the highest log
  // probability of text[i..n). A character the dictionary lacks is a word of frequency 1.
  const auto n = static_cast<std::uint32_t>(text.size());
  std::vector<double> best(n + 1, -std::numeric_limits<double>::infinity());
  std::vector<std::uint32_t> next(n + 1, n);
  std::vector<const Entry*> chosen(n + 1, nullptr);
  best[n] = 0;
  for (std::uint32_t i = n; i-- > 0;) {
    for (std::uint32_t len = 1; len <= max_len_ && i + len <= n; ++len) {
      const Entry* e = find(text.substr(i, len));
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
    w.cls = chosen[i] ? chosen[i]->cls : WordClass::other;
    words.push_back(w);
  }
  return words;
}

const WordDictionary* title_dictionary() {
  static std::once_flag once;
  static WordDictionary dict;
  static bool loaded = false;
  std::call_once(once, [] { loaded = dict.load(kJiebaDictPath); });
  return loaded ? &dict : nullptr;
}

}  // namespace gongwen::detail
