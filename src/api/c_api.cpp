// The C API over gongwen::Engine. Every entry point catches everything (no exception
// crosses into C) and checks its handles against the live-handle table (c_handles.hpp),
// so a freed, doubly freed or foreign handle is reported, not undefined behaviour.
#include "gongwen/gongwen.h"

#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "api/c_handles.hpp"
#include "gongwen/engine.hpp"
#include "gongwen/import.hpp"
#include "style/style.hpp"

using gongwen::detail::HandleKind;
using gongwen::detail::HandleUse;

struct gongwen_engine {
  gongwen::Engine engine;
  explicit gongwen_engine(gongwen::EngineOptions o) : engine(std::move(o)) {}
};

struct gongwen_options {
  std::mutex mutex;  // setters and renders may use one options object from several threads
  gongwen::RenderOptions options;
  std::size_t max_input_bytes = 0;  // per-render limits; 0: the engine's
  int max_pages = 0;
};

struct gongwen_result {
  gongwen::RenderResult result;
  std::vector<std::string> texts;  // formatted diagnostics, kept for the returned pointers
  std::string xml;                 // gongwen_import_text's XML
};

namespace {

using EngineUse = HandleUse<const gongwen_engine>;
using OptionsUse = HandleUse<gongwen_options>;
using ResultUse = HandleUse<const gongwen_result>;

const gongwen::Diagnostic* diagnostic(const ResultUse& r, size_t i) {
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

// NULL is a bad argument; a non-NULL pointer that is not a live handle is a bad handle.
template <typename Use>
gongwen_status check(const void* p, const Use& use) {
  if (!p) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return use ? GONGWEN_OK : GONGWEN_ERROR_INVALID_HANDLE;
}

template <typename T>
T* registered(T* p, HandleKind kind) {
  if (p && !gongwen::detail::handle_add(p, kind)) {
    delete p;  // cannot happen: a fresh allocation is never live already
    return nullptr;
  }
  return p;
}

gongwen_status finish(gongwen::RenderResult&& rr, gongwen_result** out) {
  auto* r = new (std::nothrow) gongwen_result;
  if (!r) return GONGWEN_ERROR_NO_MEMORY;
  r->result = std::move(rr);
  for (const auto& d : r->result.diagnostics) r->texts.push_back(gongwen::format_diagnostic(d));
  gongwen_status status = r->result.ok ? GONGWEN_OK : GONGWEN_ERROR_RENDER;
  *out = registered(r, HandleKind::result);
  return *out ? status : GONGWEN_ERROR_NO_MEMORY;
}

// The render options a call uses: a copy taken under the options' lock, with its limits
// laid over the engine's.
gongwen::RenderOptions render_options(const gongwen_engine& e, const OptionsUse& o) {
  if (!o) return {};
  std::lock_guard lock(o->mutex);
  gongwen::RenderOptions ro = o->options;
  if (o->max_input_bytes > 0 || o->max_pages > 0) {
    gongwen::Limits l = e.engine.limits();
    if (o->max_input_bytes > 0) l.max_input_bytes = o->max_input_bytes;
    if (o->max_pages > 0) l.max_pages = o->max_pages;
    ro.limits = l;
  }
  return ro;
}

template <typename T>
gongwen_status freed(T* p, HandleKind kind) {
  return gongwen::detail::handle_free(p, kind) == 0 ? GONGWEN_OK : GONGWEN_ERROR_INVALID_HANDLE;
}

template <typename F>
gongwen_status with_options(gongwen_options* options, F&& f) {
  OptionsUse o(options, HandleKind::options);
  if (gongwen_status s = check(options, o); s != GONGWEN_OK) return s;
  return guarded([&] {
    std::lock_guard lock(o->mutex);
    return f(*o.get());
  });
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
    case GONGWEN_ERROR_INVALID_HANDLE:
      return "not a live handle: already freed, or not made by this library";
  }
  return "unknown status";
}

gongwen_engine* gongwen_engine_new_with_limits(const char* font_dir, size_t max_input_bytes,
                                               int max_pages) {
  if (max_pages < 0) return nullptr;
  try {
    gongwen::EngineOptions o;
    if (font_dir) o.font_dir = font_dir;
    if (max_input_bytes > 0) o.limits.max_input_bytes = max_input_bytes;
    if (max_pages > 0) o.limits.max_pages = max_pages;
    return registered(new gongwen_engine(std::move(o)), HandleKind::engine);
  } catch (...) {
    return nullptr;
  }
}

gongwen_engine* gongwen_engine_new(const char* font_dir) {
  return gongwen_engine_new_with_limits(font_dir, 0, 0);
}

gongwen_status gongwen_engine_free(gongwen_engine* engine) {
  return freed(engine, HandleKind::engine);
}

gongwen_options* gongwen_options_new(void) {
  return registered(new (std::nothrow) gongwen_options, HandleKind::options);
}

gongwen_status gongwen_options_free(gongwen_options* options) {
  return freed(options, HandleKind::options);
}

gongwen_status gongwen_options_set_style(gongwen_options* options, const char* path) {
  return with_options(options, [&](gongwen_options& o) {
    o.options.style_path = path ? path : "";
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_options_add_font(gongwen_options* options, const char* role,
                                        const char* font) {
  return with_options(options, [&](gongwen_options& o) {
    gongwen::detail::Role r;
    if (!role || !font || !*font || !gongwen::detail::role_from_name(role, r)) {
      return GONGWEN_ERROR_INVALID_ARGUMENT;
    }
    o.options.fonts.emplace_back(role, font);
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_options_set_base_dir(gongwen_options* options, const char* dir) {
  return with_options(options, [&](gongwen_options& o) {
    o.options.base_dir = dir ? dir : "";
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_options_set_fullwidth_punctuation(gongwen_options* options, int enabled) {
  return with_options(options, [&](gongwen_options& o) {
    o.options.fullwidth_punctuation = enabled != 0;
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_options_set_language(gongwen_options* options, const char* language) {
  const std::string_view l = language ? language : "";
  if (l != "zh" && l != "en") return GONGWEN_ERROR_INVALID_ARGUMENT;
  return with_options(options, [&](gongwen_options& o) {
    o.options.language = l == "zh" ? gongwen::Language::zh : gongwen::Language::en;
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_options_set_limits(gongwen_options* options, size_t max_input_bytes,
                                          int max_pages) {
  if (max_pages < 0) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return with_options(options, [&](gongwen_options& o) {
    o.max_input_bytes = max_input_bytes;
    o.max_pages = max_pages;
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_options_add_seal_dir(gongwen_options* options, const char* dir) {
  if (!dir || !*dir) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return with_options(options, [&](gongwen_options& o) {
    o.options.seal_dirs.emplace_back(dir);
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_options_add_seal_bytes(gongwen_options* options, const char* name,
                                              const unsigned char* data, size_t size) {
  if (!name || !*name || (!data && size > 0)) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return with_options(options, [&](gongwen_options& o) {
    o.options.seal_bytes[name].assign(data, data + size);
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_render(const gongwen_engine* engine, const char* xml, size_t xml_length,
                              const char* source_name, const gongwen_options* options,
                              gongwen_result** result) {
  if (!result) return GONGWEN_ERROR_INVALID_ARGUMENT;
  *result = nullptr;
  EngineUse e(engine, HandleKind::engine);
  OptionsUse o(const_cast<gongwen_options*>(options), HandleKind::options);
  if (gongwen_status s = check(engine, e); s != GONGWEN_OK) return s;
  if (options && !o) return GONGWEN_ERROR_INVALID_HANDLE;
  if (!xml && xml_length > 0) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return guarded([&] {
    gongwen::RenderOptions ro = render_options(*e.get(), o);
    return finish(e->engine.render(std::string_view(xml ? xml : "", xml_length),
                                   source_name ? source_name : "<memory>", ro),
                  result);
  });
}

gongwen_status gongwen_render_file(const gongwen_engine* engine, const char* input_path,
                                   const char* output_path, const gongwen_options* options,
                                   gongwen_result** result) {
  if (!result) return GONGWEN_ERROR_INVALID_ARGUMENT;
  *result = nullptr;
  EngineUse e(engine, HandleKind::engine);
  OptionsUse o(const_cast<gongwen_options*>(options), HandleKind::options);
  if (gongwen_status s = check(engine, e); s != GONGWEN_OK) return s;
  if (options && !o) return GONGWEN_ERROR_INVALID_HANDLE;
  if (!input_path || !output_path) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return guarded([&] {
    gongwen::RenderOptions ro = render_options(*e.get(), o);
    return finish(e->engine.render_file(input_path, output_path, ro), result);
  });
}

gongwen_status gongwen_result_status(const gongwen_result* result) {
  ResultUse r(result, HandleKind::result);
  if (gongwen_status s = check(result, r); s != GONGWEN_OK) return s;
  return r->result.ok ? GONGWEN_OK : GONGWEN_ERROR_RENDER;
}

int gongwen_result_ok(const gongwen_result* result) {
  ResultUse r(result, HandleKind::result);
  return r && r->result.ok;
}

const unsigned char* gongwen_result_pdf(const gongwen_result* result, size_t* length) {
  if (length) *length = 0;
  ResultUse r(result, HandleKind::result);
  if (!r || !r->result.ok) return nullptr;
  if (length) *length = r->result.pdf.size();
  return r->result.pdf.data();
}

int gongwen_result_pages(const gongwen_result* result) {
  ResultUse r(result, HandleKind::result);
  return r ? r->result.pages : 0;
}

size_t gongwen_result_diagnostic_count(const gongwen_result* result) {
  ResultUse r(result, HandleKind::result);
  return r ? r->result.diagnostics.size() : 0;
}

gongwen_severity gongwen_result_diagnostic_severity(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  if (!d) return GONGWEN_SEVERITY_ERROR;
  return static_cast<gongwen_severity>(static_cast<int>(d->severity));
}

const char* gongwen_result_diagnostic_code(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  return d ? d->code.c_str() : "";
}

const char* gongwen_result_diagnostic_message(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  return d ? d->message.c_str() : "";
}

const char* gongwen_result_diagnostic_file(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  return d ? d->where.file.c_str() : "";
}

int gongwen_result_diagnostic_line(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  return d ? d->where.line : 0;
}

int gongwen_result_diagnostic_column(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  const gongwen::Diagnostic* d = diagnostic(r, index);
  return d ? d->where.column : 0;
}

const char* gongwen_result_diagnostic_text(const gongwen_result* result, size_t index) {
  ResultUse r(result, HandleKind::result);
  if (!r || index >= r->texts.size()) return "";
  return r->texts[index].c_str();
}

gongwen_status gongwen_result_free(gongwen_result* result) {
  return freed(result, HandleKind::result);
}

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
