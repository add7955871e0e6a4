// Build step: turns jieba's dict.txt (Debian python3-jieba) into the table the title
// breaker memory-maps (src/linebreak/word_dictionary.hpp), so that no run parses it.
//   gongwen_make_title_words DICT.TXT OUT.BIN
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>

#include "linebreak/word_dictionary.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s DICT.TXT OUT.BIN\n", argv[0]);
    return 2;
  }
  gongwen::detail::WordDictionary dict;
  if (!dict.load(argv[1])) {
    std::fprintf(stderr, "%s: cannot read words from %s\n", argv[0], argv[1]);
    return 1;
  }
  // Written beside the target and renamed, so an interrupted build leaves no short table.
  const std::string out = argv[2];
  const std::string tmp = out + ".tmp";
  std::string error;
  if (!dict.save(tmp, error)) {
    std::fprintf(stderr, "%s: %s\n", argv[0], error.c_str());
    return 1;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out, ec);
  if (ec) {
    std::fprintf(stderr, "%s: cannot rename %s: %s\n", argv[0], tmp.c_str(), ec.message().c_str());
    return 1;
  }
  std::printf("%zu words → %s\n", dict.size(), out.c_str());
  return 0;
}
