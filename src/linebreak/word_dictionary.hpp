// A word-frequency dictionary for breaking titles by meaning (GB/T 9704 §7.3.1: 词意完整).
// ICU's word break splits compounds (营商|环境, 党|组织); jieba's dictionary (Debian
// python3-jieba, ≈350k words with frequency and part of speech) knows them. Nothing of it
// is copied into the repository: the build turns the installed dict.txt into a compact
// table (tools/make_title_words.cpp) that is memory-mapped at run time, so the first
// title costs a few page faults instead of parsing 5 MB of text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::detail {

class MappedFile;

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
  WordDictionary();
  ~WordDictionary();
  WordDictionary(const WordDictionary&) = delete;
  WordDictionary& operator=(const WordDictionary&) = delete;

  // Reads jieba's dict.txt ("word frequency tag" per line). Returns false if the file
  // cannot be read or holds no word.
  bool load(const std::string& path);
  // Maps a table written by save(). Returns false if it is absent, of another format or
  // version, or truncated (then nothing of it is used).
  bool map(const std::string& path);
  // Writes the loaded words as a table for map(); false (and `error`) on failure.
  bool save(const std::string& path, std::string& error) const;

  // Most probable segmentation (unigram model: the product of word frequencies).
  std::vector<Word> segment(std::u32string_view text) const;

  std::size_t size() const { return count_; }

  struct Entry {  // the table's record, 16 bytes
    std::uint64_t hash;
    std::uint32_t freq;
    std::uint8_t cls;  // a WordClass
    std::uint8_t pad[3];
  };

 private:
  const Entry* find(std::u32string_view w) const;
  const Entry* find_hash(std::uint64_t h) const;
  std::vector<Word> segment_uncached(std::u32string_view text) const;

  std::vector<Entry> owned_;            // load(): sorted by hash, no strings kept
  std::unique_ptr<MappedFile> mapped_;  // map(): the same records in the mapped table
  const Entry* entries_ = nullptr;
  std::size_t count_ = 0;
  std::uint64_t total_ = 0;
  double log_total_ = 0;
  std::uint32_t max_len_ = 1;
  // Which contents these are, unique in the process (set by load and map): the per-thread
  // cache of segmentations is keyed by it, not by the address, which a later dictionary
  // may reuse.
  std::uint64_t generation_ = 0;
};

// Debian's path of python3-jieba's dictionary.
inline constexpr const char* kJiebaDictPath = "/usr/lib/python3/dist-packages/jieba/dict.txt";
// The table's file name, under share/gongwen (installed; the build writes it to the build
// tree's share/gongwen).
inline constexpr const char* kTitleWordsFile = "title-words.bin";

// Where the table is looked for, in order: share/gongwen of the installation this code
// was loaded from (common/data_dir.hpp), then $GONGWEN_TITLE_WORDS (an uninstalled build).
std::vector<std::string> title_words_candidates();

// The dictionary, loaded once (thread-safe) on the first call: the mapped table, else
// dict.txt parsed, else null (then titles fall back to ICU's word boundaries).
const WordDictionary* title_dictionary();

// Whether title_dictionary() came from the mapped table (not the dict.txt fallback).
bool title_dictionary_is_mapped();

}  // namespace gongwen::detail
