// libFuzzer target: any bytes through the whole pipeline (parse → layout → PDF). Build
// with clang: CXX=clang++ cmake -B build-fuzz -DGONGWEN_FUZZ=ON -DGONGWEN_SANITIZE=ON
// then: LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp \
//       build-fuzz/fuzz_notice -max_total_time=60 CORPUS_DIR samples
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "gongwen/gongwen.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static gongwen::Engine engine([] {  // fonts parsed once, as in a service
    gongwen::EngineOptions o;
    o.font_dir = GONGWEN_SOURCE_DIR "/fonts/fandol";  // an uninstalled build
    o.limits.max_pages = 50;
    o.limits.max_input_bytes = 1 << 20;
    return o;
  }());
  gongwen::RenderOptions options;
  options.base_dir = GONGWEN_SOURCE_DIR "/samples";
  gongwen::RenderResult r =
      engine.render(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.xml",
                    options);
  // The contract: a PDF exactly when there is no error.
  if (r.ok == r.pdf.empty()) __builtin_trap();
  if (!r.ok && !gongwen::has_errors(r.diagnostics)) __builtin_trap();
  return 0;
}
