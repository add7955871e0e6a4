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
#include "api/shaping_diagnostics.hpp"
#include "common/diagnostics.hpp"
#include "gongwen/import.hpp"
#include "layout/layout.hpp"
#include "layout/page_writer.hpp"
#include "parse/parse_notice.hpp"
#include "pdf/pdf_writer.hpp"
#include "style/style.hpp"
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
    Diagnostics diags(&map);
    try {
      run(xml, ro, diags, result);
    } catch (const std::bad_alloc&) {
      diags.error_at("GW-E-OUT-OF-MEMORY", "ran out of memory while rendering", {map.name(), 0, 0, ""});
    } catch (const std::exception& e) {
      diags.error_at("GW-E-INTERNAL", fmt::format("internal error: {}; please report it", e.what()),
                     {map.name(), 0, 0, ""});
    } catch (...) {
      diags.error_at("GW-E-INTERNAL", "internal error; please report it", {map.name(), 0, 0, ""});
    }
    result.diagnostics = diags.take();
    result.ok = !has_errors(result.diagnostics);
    if (!result.ok) result.pdf.clear();
    return result;
  }

  EngineOptions options;
  Limits limits;
  std::string font_dir;
  FontCache fonts;

 private:
  void run(std::string_view xml, const RenderOptions& ro, Diagnostics& diags,
           RenderResult& result) {
    if (xml.size() > limits.max_input_bytes) {
      diags.error_at("GW-E-INPUT-TOO-LARGE",
                     fmt::format("input is {} bytes; the limit is {} bytes (raise it with "
                                 "--max-input-bytes or Engine::limits())",
                                 xml.size(), limits.max_input_bytes),
                     diags.locate(0));
      return;
    }
    ParseOptions po;
    po.fullwidth_punctuation = ro.fullwidth_punctuation;
    po.base_dir = ro.base_dir;
    po.max_input_bytes = limits.max_input_bytes;
    po.max_depth = limits.max_depth;
    Document doc;
    if (!parse_notice(xml, po, doc, diags)) return;

    Style style;
    if (!load_style(ro.style_path, ro.fonts, style, diags)) return;
    RoleFonts role_fonts;
    if (!role_fonts.load(style, font_dir, fonts, diags)) return;

    LayoutResult layout;
    LayoutOptions lo;
    lo.max_pages = limits.max_pages;
    lo.base_dir = ro.base_dir;
    if (!layout_document(doc, style, role_fonts, lo, layout, diags)) return;
    report_shaping(layout.shaping, diags);
    for (const SealPlacement& s : layout.seals) {
      result.seals.push_back({s.page + 1, to_mm(s.cx), to_mm(s.cy), to_mm(s.diameter)});
    }
    if (ro.dump_layout) {
      result.layout_dump = dump_records(layout.lines);
      for (const SealPosition& s : result.seals) {
        result.layout_dump += fmt::format("page {} seal       centre=({:.3f},{:.3f})mm d={:.3f}mm\n",
                                          s.page, s.center_x_mm, s.center_y_mm, s.diameter_mm);
      }
    }
    if (diags.has_errors()) return;

    if (!write_pdf(layout.pages, result.pdf, diags)) return;
    result.pages = static_cast<int>(layout.pages.pages.size());
  }
};

Engine::Engine(EngineOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Engine::~Engine() = default;

Limits& Engine::limits() { return impl_->limits; }

RenderResult Engine::render(std::string_view xml, std::string_view source_name,
                            const RenderOptions& options) const {
  return impl_->render(xml, source_name, options);
}

RenderResult Engine::render_text(std::string_view text, std::string_view source_name,
                                 const RenderOptions& options) const {
  ImportOptions io;
  io.max_input_bytes = impl_->limits.max_input_bytes;
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
  auto fail = [&](const char* code, std::string msg) {
    result.diagnostics.push_back({Severity::error, code, std::move(msg), {input_path, 0, 0, ""}});
    return result;
  };
  const InputKind kind = input_kind(input_path);
  if (kind == InputKind::unsupported) {
    return fail("GW-E-IMPORT-FORMAT",
                fmt::format("{} cannot be read (.doc and .wps are binary formats, PDF is print "
                            "output): open it in Word or WPS and save it as .docx",
                            input_path));
  }
  std::string xml;
  std::string error;
  if (!read_file_limited(input_path, impl_->limits.max_input_bytes, xml, error)) {
    return fail(error.rfind("too large", 0) == 0 ? "GW-E-INPUT-TOO-LARGE" : "GW-E-INPUT-UNREADABLE",
                error);
  }
  if (same_file(input_path, output_path)) {
    return fail("GW-E-OUTPUT-IS-INPUT",
                fmt::format("refusing to write the PDF over the input {}; choose another -o",
                            input_path));
  }
  RenderOptions ro = options;
  if (ro.base_dir.empty()) {
    ro.base_dir = std::filesystem::path(input_path).parent_path().string();
    if (ro.base_dir.empty()) ro.base_dir = ".";
  }
  result = kind == InputKind::text ? render_text(xml, input_path, ro)
                                   : impl_->render(xml, input_path, ro);
  if (!result.ok) return result;
  if (!write_file_atomically(output_path, result.pdf, error)) {
    result.ok = false;
    result.diagnostics.push_back(
        {Severity::error, "GW-E-OUTPUT-UNWRITABLE", error, {output_path, 0, 0, ""}});
  }
  return result;
}

const char* version() { return GONGWEN_VERSION; }

}  // namespace gongwen
