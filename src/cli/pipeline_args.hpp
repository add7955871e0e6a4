// The options every command that runs the pipeline takes (render, dump): style, fonts,
// punctuation, seals, limits. Registered once, turned into library options once.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "gongwen/gongwen.hpp"

namespace gongwen::cli {

struct PipelineArgs {
  std::string style;
  std::vector<std::string> fonts;
  std::string font_dir;
  bool keep_halfwidth = false;
  int max_pages = 0;
  std::size_t max_input_bytes = 0;
  std::vector<std::string> seal_dirs;
  std::size_t max_seal_bytes = 0;
};

void add_pipeline_options(CLI::App& cmd, PipelineArgs& a);

// Fills the render options and the engine's font folder and limits; on a malformed --font
// prints the usage error to stderr and returns false (role names are checked by the
// library).
bool to_options(const PipelineArgs& a, RenderOptions& ro, EngineOptions& eo);

}  // namespace gongwen::cli
