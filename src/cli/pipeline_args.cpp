#include "cli/pipeline_args.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "cli/cli_language.hpp"
#include "cli/signals.hpp"

namespace gongwen::cli {

void add_pipeline_options(CLI::App& cmd, PipelineArgs& a) {
  cmd.add_option("--style", a.style, "Style file (TOML) over the GB/T 9704 default");
  cmd.add_option("--font", a.fonts,
                 "ROLE=PATH[#N] or ROLE=fc:Family; roles: xiaobiaosong, fangsong, heiti, "
                 "kaiti, songti");
  cmd.add_option("--font-dir", a.font_dir, "Folder of the default Fandol fonts");
  cmd.add_flag("--keep-halfwidth-punct", a.keep_halfwidth,
               "Do not turn , . : ; ! ? ( ) between CJK characters full-width");
  cmd.add_option("--max-pages", a.max_pages, "Page limit (default 2000)");
  cmd.add_option("--max-input-bytes", a.max_input_bytes, "Input size limit (default 16 MiB)");
  cmd.add_option("--seal-dir", a.seal_dirs,
                 "A further folder seal images may come from (besides each XML's folder)");
  cmd.add_option("--max-seal-bytes", a.max_seal_bytes, "Seal image size limit (default 8 MiB)");
}

bool to_options(const PipelineArgs& a, RenderOptions& ro, EngineOptions& eo) {
  eo.font_dir = a.font_dir;
  if (a.max_pages > 0) eo.limits.max_pages = a.max_pages;
  if (a.max_input_bytes > 0) eo.limits.max_input_bytes = a.max_input_bytes;
  ro.style_path = a.style;
  ro.language = cli_language();
  ro.fullwidth_punctuation = !a.keep_halfwidth;
  ro.seal_dirs = a.seal_dirs;
  if (a.max_seal_bytes > 0) ro.seal_limits.max_file_bytes = a.max_seal_bytes;
  for (const std::string& f : a.fonts) {
    auto eq = f.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == f.size()) {
      write_or_stop(stderr, cli_text(detail::msg("cli", "bad-font", {{"value", f}})) + "\n");
      return false;
    }
    ro.fonts.emplace_back(f.substr(0, eq), f.substr(eq + 1));
  }
  return true;
}

}  // namespace gongwen::cli
