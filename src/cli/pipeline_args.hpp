// The options every command that runs the pipeline takes (render, validate, dump): style,
// fonts, punctuation, seals, limits. Registered once, turned into library options once.
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
  std::string base_dir;
};

void add_pipeline_options(CLI::App& cmd, PipelineArgs& a);

// Fills the render options and the engine's font folder and limits. A --font or --style
// that cannot work for any input (malformed, unknown role, a file that is missing or
// unreadable, a style file with errors) is a usage error: printed to stderr naming the
// option, and false returned (exit 2), instead of every input failing alike.
bool to_options(const PipelineArgs& a, RenderOptions& ro, EngineOptions& eo);

}  // namespace gongwen::cli
