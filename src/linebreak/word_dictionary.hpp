// A word-frequency dictionary for breaking titles by meaning (GB/T 9704 §7.3.1: 词意完整).
// ICU's word break splits compounds (营商|环境, 党|组织); jieba's dictionary (Debian
// python3-jieba, ≈350k words with frequency and part of speech) knows them. It is read
// from the installed package at run time, only when a title needs it; nothing is copied.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::detail {

// jieba's part-of-speech tags folded to the classes the title breaker reasons with.
enum class WordClass : std::uint8_t {
  noun,         // n nr ns nt nz ng j b s f t m q l i …: things, names, idioms
  organisation, // nt: never broken inside
  verb,         // v vg vd
  verbal_noun,  // vn: 工作, 优化 — noun or verb by position
  modifier,     // a ad an d z: 进一步, 充分
  preposition,  // p: 关于, 在, 对
  conjunction,  // c: 和, 与, 及
  particle,     // u uj ul: 的, 地
  other
};

struct Word {
  std::uint32_t begin = 0, end = 0;  // code point indices
  WordClass cls = WordClass::other;
  bool known = false;  // in the dictionary (a lone unknown character is not)
};

class WordDictionary {
 public:
  // Reads jieba's dict.txt ("word frequency tag" per line). Returns false if the file
  // cannot be read or holds no word.
  bool load(const std::string& path);

  // Most probable segmentation (unigram model: the product of word frequencies).
  std::vector<Word> segment(std::u32string_view text) const;

  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::uint64_t hash;
    std::uint32_t freq;
    WordClass cls;
  };
  const Entry* find(std::u32string_view w) const;

  std::vector<Entry> entries_;  // sorted by hash: 16 bytes a word, no strings kept
  double log_total_ = 0;
  std::uint32_t max_len_ = 1;
};

// Debian's path of python3-jieba's dictionary.
inline constexpr const char* kJiebaDictPath = "/usr/lib/python3/dist-packages/jieba/dict.txt";

// The dictionary, loaded once (thread-safe) on the first call; null when the package is
// not installed (then titles fall back to ICU's word boundaries).
const WordDictionary* title_dictionary();

}  // namespace gongwen::detail
