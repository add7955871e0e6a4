// libFuzzer target: any bytes through the text importer (encoding detection, clean-up,
// recognition, XML writer), and its XML through the parse stage. Build with clang:
//   bash scripts/fuzz.sh 60      (all targets), or
//   CXX=clang++ cmake -B build-fuzz -DGONGWEN_FUZZ=ON -DGONGWEN_SANITIZE=ON &&
//   cmake --build build-fuzz --target fuzz_import_text &&
//   build-fuzz/fuzz_import_text -max_total_time=60 CORPUS_DIR tests/fuzz/corpus/import_text
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "imported_xml_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongwen::ImportOptions options;
  options.max_input_bytes = 1 << 20;
  check_imported(gongwen::import_text(std::string_view(reinterpret_cast<const char*>(data), size),
                               "fuzz.txt", options));
  return 0;
}
