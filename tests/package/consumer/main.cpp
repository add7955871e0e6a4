// Uses the C++ API of the installed library: render_file to a PDF.
#include <gongwen/gongwen.hpp>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  gongwen::EngineOptions options;
  options.limits.max_pages = 100;  // fixed for the engine's lifetime
  gongwen::Engine engine(options);
  gongwen::RenderResult r = engine.render_file(argv[1], argv[2]);
  for (const auto& d : r.diagnostics) std::fprintf(stderr, "%s\n", gongwen::format_diagnostic(d).c_str());
  std::printf("%s: %d pages\n", r.ok ? "ok" : "failed", r.pages);
  return r.ok ? 0 : 1;
}
