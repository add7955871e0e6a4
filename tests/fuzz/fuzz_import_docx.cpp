// libFuzzer target: any bytes through the .docx importer (libzip with its caps, pugixml,
// numbering, tables, recognition), and its XML through the parse stage — but for <table>,
// which the parse stage reads only from contract v1.1 on. Build and run with
//   bash scripts/fuzz.sh 60, or build-fuzz/fuzz_import_docx CORPUS_DIR tests/fuzz/corpus/import_docx
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "imported_xml_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongwen::ImportOptions options;
  options.max_input_bytes = 4 << 20;
  check_imported(gongwen::import_docx(std::string_view(reinterpret_cast<const char*>(data), size),
                               "fuzz.docx", options));
  return 0;
}
