// libFuzzer target: any bytes through the text importer (encoding detection, clean-up,
// recognition, XML writer), and its XML through the parse stage. Build with clang:
//   bash scripts/fuzz.sh 60      (all targets), or
//   CXX=clang++ cmake -B build-fuzz -DGONGWEN_FUZZ=ON -DGONGWEN_SANITIZE=ON &&
//   cmake --build build-fuzz --target fuzz_import_text &&
//   build-fuzz/fuzz_import_text -max_total_time=60 CORPUS_DIR tests/fuzz/corpus/import_text
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/diagnostics.hpp"
#include "gongwen/import.hpp"
#include "parse/parse_notice.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongwen::ImportOptions options;
  options.max_input_bytes = 1 << 20;
  gongwen::ImportResult r = gongwen::import_text(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt", options);
  // The contract: XML exactly when ok (without --partial), an error whenever not ok.
  if (r.ok == r.xml.empty()) __builtin_trap();
  if (!r.ok && !gongwen::has_errors(r.diagnostics)) __builtin_trap();
  if (!r.ok) return 0;
  // What the importer writes is the contract: the parser accepts it without an error.
  gongwen::detail::Document doc;
  gongwen::detail::SourceMap map("fuzz.xml", r.xml);
  gongwen::detail::Diagnostics diags(&map);
  gongwen::detail::ParseOptions po;
  if (!gongwen::detail::parse_notice(r.xml, po, doc, diags)) __builtin_trap();
  return 0;
}
