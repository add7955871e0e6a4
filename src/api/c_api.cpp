// The C API over gongwen::Engine. Every entry point catches everything: no exception
// crosses into C.
#include "gongwen/gongwen.h"

#include <new>
#include <string>
#include <vector>

#include "gongwen/engine.hpp"
#include "gongwen/import.hpp"
#include "style/style.hpp"

struct gongwen_engine {
  gongwen::Engine engine;
  explicit gongwen_engine(gongwen::EngineOptions o) : engine(std::move(o)) {}
};

struct gongwen_options {
  gongwen::RenderOptions options;
};

struct gongwen_result {
  gongwen::RenderResult result;
  std::vector<std::string> texts;  // formatted diagnostics, kept for the returned pointers
  std::string xml;                 // gongwen_import_text's XML
};

namespace {

const gongwen::Diagnostic* diagnostic(const gongwen_result* r, size_t i) {
  if (!r || i >= r->result.diagnostics.size()) return nullptr;
  return &r->result.diagnostics[i];
}

template <typename F>
gongwen_status guarded(F&& f) {
  try {
    return f();
  } catch (const std::bad_alloc&) {
    return GONGWEN_ERROR_NO_MEMORY;
  } catch (...) {
    return GONGWEN_ERROR_INVALID_ARGUMENT;
  }
}

gongwen_status finish(gongwen::RenderResult&& rr, gongwen_result** out) {
  auto* r = new (std::nothrow) gongwen_result;
  if (!r) return GONGWEN_ERROR_NO_MEMORY;
  r->result = std::move(rr);
  for (const auto& d : r->result.diagnostics) r->texts.push_back(gongwen::format_diagnostic(d));
  *out = r;
  return r->result.ok ? GONGWEN_OK : GONGWEN_ERROR_RENDER;
}

}  // namespace

extern "C" {

const char* gongwen_version(void) { return gongwen::version(); }

const char* gongwen_status_message(gongwen_status status) {
  switch (status) {
    case GONGWEN_OK: return "ok";
    case GONGWEN_ERROR_INVALID_ARGUMENT: return "invalid argument";
    case GONGWEN_ERROR_RENDER: return "the document could not be rendered; see the diagnostics";
    case GONGWEN_ERROR_NO_MEMORY: return "out of memory";
  }
  return "unknown status";
}

gongwen_engine* gongwen_engine_new(const char* font_dir) {
  try {
    gongwen::EngineOptions o;
    if (font_dir) o.font_dir = font_dir;
    return new gongwen_engine(std::move(o));
  } catch (...) {
    return nullptr;
  }
}

void gongwen_engine_free(gongwen_engine* engine) { delete engine; }

gongwen_status gongwen_engine_set_limits(gongwen_engine* engine, size_t max_input_bytes,
                                         int max_pages) {
  if (!engine || max_pages < 0) return GONGWEN_ERROR_INVALID_ARGUMENT;
  if (max_input_bytes > 0) engine->engine.limits().max_input_bytes = max_input_bytes;
  if (max_pages > 0) engine->engine.limits().max_pages = max_pages;
  return GONGWEN_OK;
}

gongwen_options* gongwen_options_new(void) { return new (std::nothrow) gongwen_options; }
void gongwen_options_free(gongwen_options* options) { delete options; }

gongwen_status gongwen_options_set_style(gongwen_options* options, const char* path) {
  if (!options) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return guarded([&] {
    options->options.style_path = path ? path : "";
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_options_add_font(gongwen_options* options, const char* role,
                                        const char* font) {
  gongwen::detail::Role r;
  if (!options || !role || !font || !*font || !gongwen::detail::role_from_name(role, r)) {
    return GONGWEN_ERROR_INVALID_ARGUMENT;
  }
  return guarded([&] {
    options->options.fonts.emplace_back(role, font);
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_options_set_base_dir(gongwen_options* options, const char* dir) {
  if (!options) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return guarded([&] {
    options->options.base_dir = dir ? dir : "";
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_options_set_fullwidth_punctuation(gongwen_options* options, int enabled) {
  if (!options) return GONGWEN_ERROR_INVALID_ARGUMENT;
  options->options.fullwidth_punctuation = enabled != 0;
  return GONGWEN_OK;
}

gongwen_status gongwen_render(const gongwen_engine* engine, const char* xml, size_t xml_length,
                              const char* source_name, const gongwen_options* options,
                              gongwen_result** result) {
  if (!result) return GONGWEN_ERROR_INVALID_ARGUMENT;
  *result = nullptr;
  if (!engine || (!xml && xml_length > 0)) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return guarded([&] {
    gongwen::RenderOptions ro = options ? options->options : gongwen::RenderOptions{};
    return finish(engine->engine.render(std::string_view(xml ? xml : "", xml_length),
                                        source_name ? source_name : "<memory>", ro),
                  result);
  });
}

gongwen_status gongwen_render_file(const gongwen_engine* engine, const char* input_path,
                                   const char* output_path, const gongwen_options* options,
                                   gongwen_result** result) {
  if (!result) return GONGWEN_ERROR_INVALID_ARGUMENT;
  *result = nullptr;
  if (!engine || !input_path || !output_path) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return guarded([&] {
    gongwen::RenderOptions ro = options ? options->options : gongwen::RenderOptions{};
    return finish(engine->engine.render_file(input_path, output_path, ro), result);
  });
}

int gongwen_result_ok(const gongwen_result* result) { return result && result->result.ok; }

const unsigned char* gongwen_result_pdf(const gongwen_result* result, size_t* length) {
  if (length) *length = 0;
  if (!result || !result->result.ok) return nullptr;
  if (length) *length = result->result.pdf.size();
  return result->result.pdf.data();
}

int gongwen_result_pages(const gongwen_result* result) { return result ? result->result.pages : 0; }

size_t gongwen_result_diagnostic_count(const gongwen_result* result) {
  return result ? result->result.diagnostics.size() : 0;
}

gongwen_severity gongwen_result_diagnostic_severity(const gongwen_result* result, size_t index) {
  const gongwen::Diagnostic* d = diagnostic(result, index);
  if (!d) return GONGWEN_SEVERITY_ERROR;
  return static_cast<gongwen_severity>(static_cast<int>(d->severity));
}

const char* gongwen_result_diagnostic_code(const gongwen_result* result, size_t index) {
  const gongwen::Diagnostic* d = diagnostic(result, index);
  return d ? d->code.c_str() : "";
}

const char* gongwen_result_diagnostic_message(const gongwen_result* result, size_t index) {
  const gongwen::Diagnostic* d = diagnostic(result, index);
  return d ? d->message.c_str() : "";
}

const char* gongwen_result_diagnostic_file(const gongwen_result* result, size_t index) {
  const gongwen::Diagnostic* d = diagnostic(result, index);
  return d ? d->where.file.c_str() : "";
}

int gongwen_result_diagnostic_line(const gongwen_result* result, size_t index) {
  const gongwen::Diagnostic* d = diagnostic(result, index);
  return d ? d->where.line : 0;
}

int gongwen_result_diagnostic_column(const gongwen_result* result, size_t index) {
  const gongwen::Diagnostic* d = diagnostic(result, index);
  return d ? d->where.column : 0;
}

const char* gongwen_result_diagnostic_text(const gongwen_result* result, size_t index) {
  if (!result || index >= result->texts.size()) return "";
  return result->texts[index].c_str();
}

void gongwen_result_free(gongwen_result* result) { delete result; }

gongwen_status gongwen_import_text(const char* text, size_t length, const char* source_name,
                                   int partial, gongwen_result** result) {
  if (!result) return GONGWEN_ERROR_INVALID_ARGUMENT;
  *result = nullptr;
  if (!text && length > 0) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return guarded([&] {
    gongwen::ImportOptions io;
    io.partial = partial != 0;
    const char* name = source_name ? source_name : "<memory>";
    gongwen::ImportResult ir = gongwen::import_text(std::string_view(text ? text : "", length), name, io);
    gongwen::RenderResult rr;
    rr.diagnostics = gongwen::import_summary(ir, name);
    gongwen_status status = finish(std::move(rr), result);
    if (*result) (*result)->xml = std::move(ir.xml);
    return status == GONGWEN_ERROR_NO_MEMORY ? status : ir.ok ? GONGWEN_OK : GONGWEN_ERROR_RENDER;
  });
}

const char* gongwen_result_xml(const gongwen_result* result, size_t* length) {
  if (length) *length = result ? result->xml.size() : 0;
  if (!result || result->xml.empty()) return nullptr;
  return result->xml.c_str();
}

gongwen_status gongwen_render_text(const gongwen_engine* engine, const char* text, size_t length,
                                   const char* source_name, const gongwen_options* options,
                                   gongwen_result** result) {
  if (!result) return GONGWEN_ERROR_INVALID_ARGUMENT;
  *result = nullptr;
  if (!engine || (!text && length > 0)) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return guarded([&] {
    gongwen::RenderOptions ro = options ? options->options : gongwen::RenderOptions{};
    return finish(engine->engine.render_text(std::string_view(text ? text : "", length),
                                             source_name ? source_name : "<memory>", ro),
                  result);
  });
}

}  // extern "C"
