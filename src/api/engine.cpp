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
#include "pdf/font_program_cache.hpp"
#include "pdf/pdf_writer.hpp"
#include "text/font_provider.hpp"

namespace gongwen {

using namespace detail;

class Engine::Impl {
 public:
  explicit Impl(EngineOptions o)
      : options(std::move(o)),
        font_dir(find_font_dir(options.font_dir)),
        programs(options.font_program_cache_bytes) {
    fonts.set_fast_subsetting(options.fast_subsetting);
  }

  RenderResult render(std::string_view xml, std::string_view name, const RenderOptions& ro) {
    RenderResult result;
    SourceMap map(std::string(name), xml);
    Diagnostics diags(&map);
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
  FontProgramCache programs;

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

namespace {

// The diagnostic code for a file problem: chosen by kind, never by the message's words.
const char* code_for(FileError kind) {
  switch (kind) {
    case FileError::input_too_large: return "GW-E-INPUT-TOO-LARGE";
    case FileError::input_unreadable: return "GW-E-INPUT-UNREADABLE";
    case FileError::output_not_regular: return "GW-E-OUTPUT-NOT-REGULAR";
    case FileError::output_unwritable:
    case FileError::none: break;
  }
  return "GW-E-OUTPUT-UNWRITABLE";
}

}  // namespace

RenderResult Engine::render(std::string_view xml, std::string_view source_name,
                            const RenderOptions& options) const {
  return impl_->render(xml, source_name, options);
}

RenderResult Engine::render_text(std::string_view text, std::string_view source_name,
                                 const RenderOptions& options) const {
  ImportOptions io;
  io.max_input_bytes = impl_->limits_for(options).max_input_bytes;
  ImportResult imported = import_text(text, source_name, io);
  RenderResult result;
  if (imported.ok) result = impl_->render(imported.xml, source_name, options);
  // What the import recognised comes first: it is what the render's messages are about.
  std::vector<Diagnostic> all = import_summary(imported, source_name);
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
  auto fail = [&](const char* code, std::string msg, const std::string& file) {
    result.ok = false;
    result.diagnostics.push_back({Severity::error, code, std::move(msg), {file, 0, 0, ""}});
    return result;
  };
  const InputKind kind = input_kind(input_path);
  if (kind == InputKind::unsupported) {
    return fail("GW-E-IMPORT-FORMAT",
                fmt::format("{} cannot be read (.doc and .wps are binary formats, PDF is print "
                            "output): open it in Word or WPS and save it as .docx",
                            input_path),
                input_path);
  }
  std::string xml;
  FileProblem problem;
  if (!read_file_limited(input_path, impl_->limits_for(options).max_input_bytes, xml, problem)) {
    return fail(code_for(problem.kind), std::move(problem.message), input_path);
  }
  if (same_file(input_path, output_path)) {
    return fail("GW-E-OUTPUT-IS-INPUT",
                fmt::format("refusing to write the PDF over the input {}; choose another "
                            "output path",
                            input_path),
                input_path);
  }
  // Refused before rendering, so a bad -o costs nothing; checked again when writing.
  if (std::string resolved; !resolve_output(output_path, resolved, problem)) {
    return fail(code_for(problem.kind), std::move(problem.message), output_path);
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
    fail(code_for(problem.kind), std::move(problem.message), output_path);
    result.pdf.clear();  // ok is false: no PDF, as after any error
  }
  return result;
}

const char* version() { return GONGWEN_VERSION; }

}  // namespace gongwen
