// The C++ entry point: an Engine owns parsed styles and fonts; render() turns a notice
// (XML contract v1, see README) into PDF bytes. Nothing here throws: results carry
// diagnostics.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gongwen/diagnostic.hpp"
#include "gongwen/export.h"

namespace gongwen {

struct EngineOptions {
  // Folder with the default Fandol fonts; empty: $GONGWEN_FONT_DIR, then the install's
  // share/gongwen/fonts, then the source tree's fonts/fandol.
  std::string font_dir;
  // For long-running services and large batches: after a font has been subset a few
  // times, prepare it for ~10× faster subsetting (costs ~0.2 s and ~50 MB per CJK font,
  // once). Off by default: a single render would never win it back.
  bool fast_subsetting = false;
};

struct RenderOptions {
  // Style file (TOML); empty: the built-in styles/gbt9704.toml.
  std::string style_path;
  // Role overrides, e.g. {"fangsong", "/path/simfang.ttf"} or {"heiti", "SimHei"}; a path may
  // end with "#N" to pick face N of a .ttc/.otc.
  std::vector<std::pair<std::string, std::string>> fonts;
  // Half-width , . : ; ! ? ( ) between CJK characters become full-width (with a warning).
  bool fullwidth_punctuation = true;
  // Produce a text dump of the laid-out lines in RenderResult::layout_dump.
  bool dump_layout = false;
  // Folder that relative paths in the notice resolve against (render_file sets it to the
  // XML file's folder).
  std::string base_dir;
};

// Limits that turn hostile input into a clean error.
struct Limits {
  std::size_t max_input_bytes = 16u << 20;  // 16 MiB of XML
  int max_depth = 64;                      // XML element nesting
  int max_pages = 2000;
};

// Where a seal was placed, so an OA system can apply a certified electronic seal there
// instead of an image. Page coordinates in millimetres from the top-left corner.
struct SealPosition {
  int page = 0;  // 1-based
  double center_x_mm = 0, center_y_mm = 0, diameter_mm = 0;
};

struct RenderResult {
  bool ok = false;
  std::vector<std::uint8_t> pdf;  // empty unless ok
  std::vector<Diagnostic> diagnostics;
  int pages = 0;
  std::vector<SealPosition> seals;
  std::string layout_dump;  // with RenderOptions::dump_layout
};

class GONGWEN_API Engine {
 public:
  explicit Engine(EngineOptions options = {});
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Renders XML text. `source_name` is used in diagnostics (e.g. the file name).
  RenderResult render(std::string_view xml, std::string_view source_name,
                      const RenderOptions& options = {}) const;

  // Reads `input_path` (notice XML, or text/.docx to import when it ends in .txt/.docx), renders it, and writes the PDF to `output_path` atomically
  // (temporary file, then rename). Refuses to write over the input.
  RenderResult render_file(const std::string& input_path, const std::string& output_path,
                           const RenderOptions& options = {}) const;

  // Imports text (a .txt or pasted text) or .docx bytes (gongwen/import.hpp) in memory and
  // renders the XML; the diagnostics start with what the import recognised (notes).
  RenderResult render_text(std::string_view text, std::string_view source_name,
                           const RenderOptions& options = {}) const;

  Limits& limits();

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

GONGWEN_API const char* version();

}  // namespace gongwen
