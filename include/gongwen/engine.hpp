// The C++ entry point: an Engine owns parsed styles and fonts; render() turns a notice
// (XML contract v1, see README) into PDF bytes. Nothing here throws: results carry
// diagnostics.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gongwen/diagnostic.hpp"
#include "gongwen/export.h"

namespace gongwen {

// Limits that turn hostile input into a clean error. Fixed per engine at creation
// (EngineOptions::limits) or given per render (RenderOptions::limits), never changed under
// a render running on another thread.
struct Limits {
  std::size_t max_input_bytes = 16u << 20;  // 16 MiB of XML
  int max_depth = 64;                      // XML element nesting
  int max_pages = 2000;
};

struct EngineOptions {
  // Folder with the default Fandol fonts; empty: share/gongwen/fonts of the installation
  // this library (or program) belongs to, found from where it is loaded, then
  // $GONGWEN_FONT_DIR (how an uninstalled build or a moved library finds its fonts).
  std::string font_dir;
  // For long-running services: after a font has been subset 100 times (a font program
  // cache miss each), prepare it for ~1.7× faster subsetting (measured on Fandol: ~0.25 s
  // and ~150 MB per font, once; it pays after ~110 subsets). Off by default: a batch that
  // must stay small in memory, or a single render, would never win it back.
  bool fast_subsetting = false;
  // Memory for finished font programs (subset and compressed), kept across renders so a
  // document rendered again skips subsetting its fonts; least recently used first out.
  // Shared by every thread rendering with this engine. 0 turns the cache off.
  std::size_t font_program_cache_bytes = 32u << 20;
  // The engine's limits, for every render that does not give its own.
  Limits limits;
};

// What the font program cache has done so far (Engine::font_program_cache_stats).
struct FontProgramCacheStats {
  std::uint64_t hits = 0;       // a font's finished program reused
  std::uint64_t misses = 0;     // a font subset and compressed
  std::uint64_t evictions = 0;  // programs dropped to stay within the capacity
  std::size_t bytes = 0;        // held now, never above capacity_bytes
  std::size_t entries = 0;
  std::size_t capacity_bytes = 0;
};

// Limits on seal images (PNG or JPEG), checked from the file's size and header before
// any pixel is decoded; past one the render stops with GW-E-SEAL-UNREADABLE.
struct SealLimits {
  std::size_t max_file_bytes = 8u << 20;  // 8 MiB
  int max_side_px = 4000;                 // a 42 mm seal at 1200 dpi is about 2000 px
  std::uint64_t max_pixels = 16'000'000;  // 16 Mpx
};

// The bytes of one seal image, immutable once made, so any number of options and
// renders (on any thread) may share them.
using SealBytes = std::shared_ptr<const std::vector<std::uint8_t>>;
inline SealBytes make_seal_bytes(std::vector<std::uint8_t> bytes) {
  return std::make_shared<const std::vector<std::uint8_t>>(std::move(bytes));
}

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
  // XML file's folder). A seal file must lie inside it (symlinks and ".." resolved) or
  // inside one of seal_dirs. Empty (rendering from memory): no folder is implied, not even
  // the working directory; pass "." to allow it.
  std::string base_dir;
  // Further folders seal files may come from; a relative <seal src> is looked up in
  // base_dir first, then in these, in order.
  std::vector<std::string> seal_dirs;
  // Seal images passed as bytes (PNG or JPEG), by the name used in <seal src="name">:
  // an exact match here is used before any file is looked for. Lets a service render
  // entirely from memory. Subject to seal_limits like a file. Shared, not copied, when
  // the options are copied (a service renders thousands of notices with one seal):
  //   ro.seal_bytes["office.png"] = make_seal_bytes(std::move(png));
  std::map<std::string, SealBytes> seal_bytes;
  SealLimits seal_limits;
  // Limits for this render instead of the engine's (EngineOptions::limits).
  std::optional<Limits> limits;
  // Language of the diagnostics' messages.
  Language language = Language::en;
};

// Where a seal was placed, so an OA system can apply a certified electronic seal (电子印章)
// there instead of an image. Page coordinates in millimetres from the top-left corner.
struct SealPosition {
  int page = 0;  // 1-based
  double center_x_mm = 0, center_y_mm = 0, diameter_mm = 0;
  // UTF-8: the 发文机关署名 the seal is over (§7.3.5.1), or for a 命令's 签名章 the
  // signer's name (§7.3.5.3); empty when the notice names none.
  std::string issuer;
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

  // Reads `input_path` (notice XML, or text/.docx to import when it ends in .txt/.docx),
  // renders it, and writes the PDF to `output_path` atomically (temporary file beside it,
  // fsync, rename, fsync of the folder). Refuses to write over the input
  // (GW-E-OUTPUT-IS-INPUT) or to anything but a regular file or a new name
  // (GW-E-OUTPUT-NOT-REGULAR: devices, FIFOs, sockets, folders); a symbolic link is
  // followed to the regular file it names, which is replaced (the link is kept).
  RenderResult render_file(const std::string& input_path, const std::string& output_path,
                           const RenderOptions& options = {}) const;

  // As render_file, but the PDF is returned in RenderResult::pdf and nothing is written:
  // for writing to a stream (gongwen render FILE -o -) or a service's own storage.
  RenderResult render_file_to_memory(const std::string& input_path,
                                     const RenderOptions& options = {}) const;

  // Every check render() makes (contract, dates, seals, fonts and missing glyphs, layout
  // limits, the final box check) without the PDF stage: the same diagnostics and `ok`,
  // `pages` and `seals` filled in, `pdf` empty. For "gongwen validate" and OA systems that
  // check a draft before it is submitted; cheaper than render by the PDF and subsetting.
  RenderResult validate(std::string_view xml, std::string_view source_name,
                        const RenderOptions& options = {}) const;

  // As render_file, reading the same inputs (XML, or .txt/.docx to import) with the same
  // base_dir rule, but writing nothing.
  RenderResult validate_file(const std::string& input_path,
                             const RenderOptions& options = {}) const;

  // Imports text (a .txt or pasted text) or .docx bytes (gongwen/import.hpp) in memory and
  // renders the XML; the diagnostics start with what the import recognised (notes).
  RenderResult render_text(std::string_view text, std::string_view source_name,
                           const RenderOptions& options = {}) const;

  // The limits given at creation (immutable, so safe to read from any thread).
  const Limits& limits() const;

  // A snapshot of the font program cache's counters (safe from any thread).
  FontProgramCacheStats font_program_cache_stats() const;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

GONGWEN_API const char* version();

// A library gongwen runs with and its version as that library reports it at run time
// (which may differ from the headers it was built with), for --version and bug reports.
struct ComponentVersion {
  std::string name;     // "HarfBuzz", "ICU", "libharu", "FreeType"
  std::string version;  // e.g. "8.3.0"
};
GONGWEN_API std::vector<ComponentVersion> runtime_versions();

}  // namespace gongwen
