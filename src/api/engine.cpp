// Engine: the library's front door. Runs the pipeline (parse → style → fonts → layout →
// PDF) and turns every failure into diagnostics; nothing escapes as an exception.
#include "gongwen/engine.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <new>

#include "api/atomic_file.hpp"
#include "api/font_dir.hpp"
#include "api/pipeline.hpp"
#include "common/diagnostics.hpp"
#include "gongwen/import.hpp"
#include "layout/layout.hpp"
#include "layout/pages_dump.hpp"
#include "pdf/pdf_writer.hpp"
#include "text/font_provider.hpp"

namespace gongwen {

using namespace detail;

class Engine::Impl {
 public:
  explicit Impl(EngineOptions o)
      : options(std::move(o)), font_dir(find_font_dir(options.font_dir)) {
    fonts.set_fast_subsetting(options.fast_subsetting);
  }

  RenderResult render(std::string_view xml, std::string_view name, const RenderOptions& ro) {
    RenderResult result;
    SourceMap map(std::string(name), xml);
    Diagnostics diags(&map, ro.language);
    run_guarded(diags, map.name(), [&] { run(xml, ro, diags, result); });
    result.diagnostics = diags.take();
    result.ok = !has_errors(result.diagnostics);
    if (!result.ok) result.pdf.clear();
    return result;
  }

  // Limits a render runs under: its own, else the engine's (fixed at creation).
  const Limits& limits_for(const RenderOptions& ro) const {
    return ro.limits ? *ro.limits : options.limits;
  }

  EngineOptions options;
  std::string font_dir;
  FontCache fonts;

 private:
  void run(std::string_view xml, const RenderOptions& ro, Diagnostics& diags,
           RenderResult& result) {
    PipelineRun run;
    const PipelineSetup setup{ro, limits_for(ro), font_dir, fonts};
    if (!run_pipeline(xml, setup, StopAfter::layout, run, diags)) return;
    const LayoutResult& layout = run.layout;
    for (const SealPlacement& s : layout.seals) {
      result.seals.push_back({s.page + 1, to_mm(s.cx), to_mm(s.cy), to_mm(s.diameter)});
    }
    if (ro.dump_layout) result.layout_dump = dump_pages(layout);
    if (diags.has_errors()) return;

    if (!write_pdf(layout.pages, result.pdf, diags)) return;
    result.pages = static_cast<int>(layout.pages.pages.size());
  }
};

Engine::Engine(EngineOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Engine::~Engine() = default;

const Limits& Engine::limits() const { return impl_->options.limits; }

RenderResult Engine::render(std::string_view xml, std::string_view source_name,
                            const RenderOptions& options) const {
  return impl_->render(xml, source_name, options);
}

RenderResult Engine::render_text(std::string_view text, std::string_view source_name,
                                 const RenderOptions& options) const {
  ImportOptions io;
  io.max_input_bytes = impl_->limits_for(options).max_input_bytes;
  io.language = options.language;
  ImportResult imported = import_text(text, source_name, io);
  RenderResult result;
  if (imported.ok) result = impl_->render(imported.xml, source_name, options);
  // What the import recognised comes first: it is what the render's messages are about.
  std::vector<Diagnostic> all = import_summary(imported, source_name, options.language);
  all.insert(all.end(), result.diagnostics.begin(), result.diagnostics.end());
  result.diagnostics = std::move(all);
  return result;
}

namespace {

// What render_file does with an input, by its name: XML, text to import, or a format it
// cannot read (import.md: .doc and .wps are out of scope; say to save as .docx).
enum class InputKind { xml, text, unsupported };

InputKind input_kind(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".txt" || ext == ".text" || ext == ".docx") return InputKind::text;
  if (ext == ".doc" || ext == ".wps" || ext == ".pdf") return InputKind::unsupported;
  return InputKind::xml;
}

}  // namespace

RenderResult Engine::render_file(const std::string& input_path, const std::string& output_path,
                                 const RenderOptions& options) const {
  RenderResult result;
  auto fail = [&](const Message& m, const std::string& file) {
    result.ok = false;
    result.diagnostics.push_back(
        make_diagnostic(Severity::error, m, options.language, {file, 0, 0, ""}));
    return result;
  };
  const InputKind kind = input_kind(input_path);
  if (kind == InputKind::unsupported) {
    return fail(msg("GW-E-IMPORT-FORMAT", "binary", {{"path", input_path}}), input_path);
  }
  std::string xml;
  FileProblem problem;
  if (!read_file_limited(input_path, impl_->limits_for(options).max_input_bytes, xml, problem)) {
    return fail(problem.message, input_path);
  }
  if (same_file(input_path, output_path)) {
    return fail(msg("GW-E-OUTPUT-IS-INPUT", {{"path", input_path}}), input_path);
  }
  // Refused before rendering, so a bad -o costs nothing; checked again when writing.
  if (std::string resolved; !resolve_output(output_path, resolved, problem)) {
    return fail(problem.message, output_path);
  }
  RenderOptions ro = options;
  if (ro.base_dir.empty()) {
    ro.base_dir = std::filesystem::path(input_path).parent_path().string();
    if (ro.base_dir.empty()) ro.base_dir = ".";
  }
  result = kind == InputKind::text ? render_text(xml, input_path, ro)
                                   : impl_->render(xml, input_path, ro);
  if (!result.ok) return result;
  if (!write_file_atomically(output_path, result.pdf, problem)) {
    fail(problem.message, output_path);
    result.pdf.clear();  // ok is false: no PDF, as after any error
  }
  return result;
}

const char* version() { return GONGWEN_VERSION; }

}  // namespace gongwen
