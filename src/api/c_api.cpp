// The C API over gongwen::Engine: engines, options and renders (results are read in
// c_result.cpp). Every entry point catches everything (no exception crosses into C) and
// checks its handles against the live-handle table (c_handles.hpp), so a freed, doubly
// freed or foreign handle is reported, not undefined behaviour.
#include <cstring>
#include <string_view>

#include "api/c_types.hpp"
#include "common/messages.hpp"
#include "gongwen/import.hpp"
#include "style/style.hpp"

using gongwen::detail::check;
using gongwen::detail::EngineUse;
using gongwen::detail::freed;
using gongwen::detail::guarded;
using gongwen::detail::HandleKind;
using gongwen::detail::OptionsUse;

namespace {

// "zh" or "en", as the C API names the languages; false for anything else (and NULL).
bool language_named(const char* name, gongwen::Language& out) {
  const std::string_view n = name ? name : "";
  if (n != "zh" && n != "en") return false;
  out = n == "zh" ? gongwen::Language::zh : gongwen::Language::en;
  return true;
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

// gongwen.h: a length of 0 means NUL-terminated text (for JNA/ctypes callers that pass a
// Java/Python string); the pointer itself must not be NULL.
std::string_view memory_input(const char* data, size_t length) {
  return length > 0 ? std::string_view(data, length) : std::string_view(data);
}

// Nothing to render is an error, never an empty document: most often a binding passed a
// byte array's length as 0, or text that begins with a NUL.
gongwen::RenderResult empty_input(const char* name,
                                  gongwen::Language language = gongwen::Language::en) {
  gongwen::RenderResult rr;
  rr.diagnostics.push_back(gongwen::detail::make_diagnostic(
      gongwen::Severity::error, gongwen::detail::msg("GW-E-INPUT-EMPTY"), language,
      {name, 0, 0, ""}));
  return rr;
}

const char* name_or_memory(const char* source_name) {
  return source_name ? source_name : "<memory>";
}

// The render options a call uses: a copy taken under the options' lock (cheap: the seal
// bytes are shared), with its limits laid over the engine's.
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

template <typename F>
gongwen_status with_options(gongwen_options* options, F&& f) {
  OptionsUse o(options, HandleKind::options);
  if (gongwen_status s = check(options, o); s != GONGWEN_OK) return s;
  return guarded([&] {
    std::lock_guard lock(o->mutex);
    return f(*o.get());
  });
}

// gongwen_render and gongwen_render_text: check the handles and the input, then
// render(engine, text, name, options).
template <typename F>
gongwen_status render_memory(const gongwen_engine* engine, const char* data, size_t length,
                             const char* source_name, const gongwen_options* options,
                             gongwen_result** result, F&& render) {
  if (!result) return GONGWEN_ERROR_INVALID_ARGUMENT;
  *result = nullptr;
  EngineUse e(engine, HandleKind::engine);
  OptionsUse o(const_cast<gongwen_options*>(options), HandleKind::options);
  if (gongwen_status s = check(engine, e); s != GONGWEN_OK) return s;
  if (options && !o) return GONGWEN_ERROR_INVALID_HANDLE;
  if (!data) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return guarded([&] {
    const char* name = name_or_memory(source_name);
    const std::string_view text = memory_input(data, length);
    const gongwen::RenderOptions ro = render_options(*e.get(), o);
    if (text.empty()) return finish(empty_input(name, ro.language), result);
    return finish(render(e->engine, text, name, ro), result);
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
  gongwen::Language chosen{};
  if (!language_named(language, chosen)) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return with_options(options, [&](gongwen_options& o) {
    o.options.language = chosen;
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
  // Copied once, outside the lock, into a new immutable buffer: renders that took the
  // old one keep it, and no render copies it again.
  gongwen::SealBytes bytes;
  if (gongwen_status s = guarded([&] {
        bytes = gongwen::make_seal_bytes(std::vector<std::uint8_t>(data, data + size));
        return GONGWEN_OK;
      });
      s != GONGWEN_OK) {
    return s;
  }
  return with_options(options, [&](gongwen_options& o) {
    o.options.seal_bytes[name] = std::move(bytes);
    return GONGWEN_OK;
  });
}

gongwen_status gongwen_render(const gongwen_engine* engine, const char* xml, size_t xml_length,
                              const char* source_name, const gongwen_options* options,
                              gongwen_result** result) {
  return render_memory(engine, xml, xml_length, source_name, options, result,
                       [](const gongwen::Engine& e, std::string_view text, const char* name,
                          const gongwen::RenderOptions& ro) { return e.render(text, name, ro); });
}

gongwen_status gongwen_render_text(const gongwen_engine* engine, const char* text, size_t length,
                                   const char* source_name, const gongwen_options* options,
                                   gongwen_result** result) {
  return render_memory(engine, text, length, source_name, options, result,
                       [](const gongwen::Engine& e, std::string_view t, const char* name,
                          const gongwen::RenderOptions& ro) { return e.render_text(t, name, ro); });
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

gongwen_status gongwen_import_text(const char* text, size_t length, const char* source_name,
                                   int partial, gongwen_result** result) {
  return gongwen_import_text_lang(text, length, source_name, partial, nullptr, result);
}

gongwen_status gongwen_import_text_lang(const char* text, size_t length, const char* source_name,
                                        int partial, const char* language,
                                        gongwen_result** result) {
  if (!result) return GONGWEN_ERROR_INVALID_ARGUMENT;
  *result = nullptr;
  if (!text) return GONGWEN_ERROR_INVALID_ARGUMENT;
  gongwen::Language chosen = gongwen::Language::en;  // NULL: English
  if (language && !language_named(language, chosen)) return GONGWEN_ERROR_INVALID_ARGUMENT;
  return guarded([&] {
    const char* name = name_or_memory(source_name);
    const std::string_view input = memory_input(text, length);
    if (input.empty()) return finish(empty_input(name, chosen), result);
    gongwen::ImportOptions io;
    io.partial = partial != 0;
    io.language = chosen;
    gongwen::ImportResult ir = gongwen::import_text(input, name, io);
    gongwen::RenderResult rr;
    rr.diagnostics = gongwen::import_summary(ir, name, chosen);
    gongwen_status status = finish(std::move(rr), result);
    if (*result) (*result)->xml = std::move(ir.xml);
    return status == GONGWEN_ERROR_NO_MEMORY ? status : ir.ok ? GONGWEN_OK : GONGWEN_ERROR_RENDER;
  });
}

}  // extern "C"
