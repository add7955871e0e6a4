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
#include "common/utf8.hpp"
#include "gongwen/import.hpp"
#include "layout/layout.hpp"
#include "layout/pages_dump.hpp"
#include "pdf/font_program_cache.hpp"
#include "pdf/pdf_writer.hpp"
#include "text/font_provider.hpp"

namespace gongwen {

using namespace detail;

// Whether a run ends with the PDF (render) or after layout and its checks (validate).
enum class Output { pdf, none };

class Engine::Impl {
 public:
  explicit Impl(EngineOptions o)
      : options(std::move(o)),
        font_dir(find_font_dir(options.font_dir)),
        programs(options.font_program_cache_bytes) {
    fonts.set_fast_subsetting(options.fast_subsetting);
  }

  // `output` says whether the PDF stage runs (render) or not (validate): everything before
  // it, the box check included, is the same for both, so validate finds what render finds.
  RenderResult render(std::string_view xml, std::string_view name, const RenderOptions& ro,
                      Output output) {
    RenderResult result;
    SourceMap map(std::string(name), xml);
    Diagnostics diags(&map, ro.language);
    run_guarded(diags, map.name(), [&] { run(xml, ro, output, diags, result); });
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
  FontProgramCache programs;

 private:
  void run(std::string_view xml, const RenderOptions& ro, Output output, Diagnostics& diags,
           RenderResult& result) {
    PipelineRun run;
    const PipelineSetup setup{ro, limits_for(ro), font_dir, fonts};
    if (!run_pipeline(xml, setup, StopAfter::layout, run, diags)) return;
    const LayoutResult& layout = run.layout;
    for (const SealPlacement& s : layout.seals) {
      result.seals.push_back(
          {s.page + 1, to_mm(s.cx), to_mm(s.cy), to_mm(s.diameter), to_utf8(s.issuer)});
    }
    if (ro.dump_layout) result.layout_dump = dump_pages(layout);
    if (diags.has_errors()) return;
    if (output == Output::none) {
      result.pages = static_cast<int>(layout.pages.pages.size());
      return;
    }

    FontProgramCache* cache = options.font_program_cache_bytes > 0 ? &programs : nullptr;
    if (!write_pdf(layout.pages, result.pdf, diags, cache)) return;
    result.pages = static_cast<int>(layout.pages.pages.size());
  }
};

Engine::Engine(EngineOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Engine::~Engine() = default;

const Limits& Engine::limits() const { return impl_->options.limits; }

FontProgramCacheStats Engine::font_program_cache_stats() const {
  const FontProgramCacheCounts c = impl_->programs.counts();
  return {c.hits, c.misses, c.evictions, c.bytes, c.entries, c.capacity};
}

RenderResult Engine::render(std::string_view xml, std::string_view source_name,
                            const RenderOptions& options) const {
  return impl_->render(xml, source_name, options, Output::pdf);
}

RenderResult Engine::validate(std::string_view xml, std::string_view source_name,
                              const RenderOptions& options) const {
  return impl_->render(xml, source_name, options, Output::none);
}

namespace {

// Imports text or .docx bytes and runs the XML (render_text, and render_file/validate_file
// for .txt/.docx inputs); the diagnostics start with what the import recognised.
RenderResult run_text(Engine::Impl& impl, std::string_view text, std::string_view source_name,
                      const RenderOptions& options, Output output) {
  ImportOptions io;
  io.max_input_bytes = impl.limits_for(options).max_input_bytes;
  io.language = options.language;
  ImportResult imported = import_text(text, source_name, io);
  RenderResult result;
  if (imported.ok) result = impl.render(imported.xml, source_name, options, output);
  // What the import recognised comes first: it is what the render's messages are about.
  std::vector<Diagnostic> all = import_summary(imported, source_name, options.language);
  all.insert(all.end(), result.diagnostics.begin(), result.diagnostics.end());
  result.diagnostics = std::move(all);
  return result;
}

}  // namespace

RenderResult Engine::render_text(std::string_view text, std::string_view source_name,
                                 const RenderOptions& options) const {
  return run_text(*impl_, text, source_name, options, Output::pdf);
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

// A result holding one file error (no PDF), in the options' language.
RenderResult file_failure(const Message& m, const RenderOptions& options, const std::string& file) {
  RenderResult result;
  result.diagnostics.push_back(make_diagnostic(Severity::error, m, options.language, {file, 0, 0, ""}));
  return result;
}

// Reads an input file for render_file / validate_file: refuses the formats it cannot
// read, bounds the read by the input limit, and gives the options with base_dir set to
// the file's folder when the caller left it empty. False with `failure` set on a problem.
bool read_input(const Engine::Impl& impl, const std::string& input_path,
                const RenderOptions& options, std::string& xml, RenderOptions& ro,
                RenderResult& failure) {
  if (input_kind(input_path) == InputKind::unsupported) {
    failure = file_failure(msg("GW-E-IMPORT-FORMAT", "binary", {{"path", input_path}}), options,
                           input_path);
    return false;
  }
  FileProblem problem;
  if (!read_file_limited(input_path, impl.limits_for(options).max_input_bytes, xml, problem)) {
    failure = file_failure(problem.message, options, input_path);
    return false;
  }
  ro = options;
  if (ro.base_dir.empty()) {
    ro.base_dir = std::filesystem::path(input_path).parent_path().string();
    if (ro.base_dir.empty()) ro.base_dir = ".";
  }
  return true;
}

// Runs a file read by read_input: imported first when it is text or .docx.
RenderResult run_input(Engine::Impl& impl, const std::string& input_path, std::string_view xml,
                       const RenderOptions& ro, Output output) {
  return input_kind(input_path) == InputKind::text
             ? run_text(impl, xml, input_path, ro, output)
             : impl.render(xml, input_path, ro, output);
}

// Reads and runs a file, writing nothing (render_file_to_memory, validate_file).
RenderResult run_file(Engine::Impl& impl, const std::string& input_path,
                      const RenderOptions& options, Output output) {
  std::string xml;
  RenderOptions ro;
  RenderResult result;
  if (!read_input(impl, input_path, options, xml, ro, result)) return result;
  return run_input(impl, input_path, xml, ro, output);
}

}  // namespace

RenderResult Engine::render_file(const std::string& input_path, const std::string& output_path,
                                 const RenderOptions& options) const {
  std::string xml;
  RenderOptions ro;
  RenderResult result;
  if (!read_input(*impl_, input_path, options, xml, ro, result)) return result;
  if (same_file(input_path, output_path)) {
    return file_failure(msg("GW-E-OUTPUT-IS-INPUT", {{"path", input_path}}), options, input_path);
  }
  // Refused before rendering, so a bad -o costs nothing; checked again when writing.
  FileProblem problem;
  if (std::string resolved; !resolve_output(output_path, resolved, problem)) {
    return file_failure(problem.message, options, output_path);
  }
  result = run_input(*impl_, input_path, xml, ro, Output::pdf);
  if (!result.ok) return result;
  if (!write_file_atomically(output_path, result.pdf, problem)) {
    result.ok = false;
    result.diagnostics.push_back(
        make_diagnostic(Severity::error, problem.message, options.language, {output_path, 0, 0, ""}));
    result.pdf.clear();  // ok is false: no PDF, as after any error
  }
  return result;
}

RenderResult Engine::render_file_to_memory(const std::string& input_path,
                                           const RenderOptions& options) const {
  return run_file(*impl_, input_path, options, Output::pdf);
}

RenderResult Engine::validate_file(const std::string& input_path,
                                   const RenderOptions& options) const {
  return run_file(*impl_, input_path, options, Output::none);
}

const char* version() { return GONGWEN_VERSION; }

}  // namespace gongwen
