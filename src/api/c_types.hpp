// The structs behind the C API's opaque handles (gongwen.h) and the guards every entry
// point uses, shared by c_api.cpp (engines, options, renders) and c_result.cpp (reading
// results).
#pragma once

#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "api/c_handles.hpp"
#include "gongwen/engine.hpp"
#include "gongwen/gongwen.h"

struct gongwen_engine {
  gongwen::Engine engine;
  explicit gongwen_engine(gongwen::EngineOptions o) : engine(std::move(o)) {}
};

struct gongwen_options {
  std::mutex mutex;  // setters and renders may use one options object from several threads
  // Copied at each render's start; the seal bytes inside are shared, not copied
  // (RenderOptions::seal_bytes holds immutable shared buffers).
  gongwen::RenderOptions options;
  std::size_t max_input_bytes = 0;  // per-render limits; 0: the engine's
  int max_pages = 0;
};

struct gongwen_result {
  gongwen::RenderResult result;
  std::vector<std::string> texts;  // formatted diagnostics, kept for the returned pointers
  std::string xml;                 // gongwen_import_text's XML
};

namespace gongwen::detail {

using EngineUse = HandleUse<const gongwen_engine>;
using OptionsUse = HandleUse<gongwen_options>;
using ResultUse = HandleUse<const gongwen_result>;

// No exception crosses into C: out of memory is a status, anything else a bad argument.
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

// A free function's status: GONGWEN_OK (also for NULL), or not a live handle of `kind`.
template <typename T>
gongwen_status freed(T* p, HandleKind kind) {
  return handle_free(p, kind) == 0 ? GONGWEN_OK : GONGWEN_ERROR_INVALID_HANDLE;
}

}  // namespace gongwen::detail
