// A minimal notice with a signature and one seal, and helpers to render it with seal
// options, for the seal tests. The <seal> element is at line 5, column 3.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "gongwen/gongwen.hpp"
#include "support/files.hpp"
#include "support/render.hpp"

namespace gongwen::test {

constexpr int kSealLine = 5, kSealColumn = 3;

inline std::string sealed_notice(const std::string& src) {
  return "<gongwen>\n"
         "<title>关于测试印章的通知</title>\n"
         "<body><p>正文。</p></body>\n"
         "<signature><issuer>某某市人民政府</issuer><date>2022-03-31</date>\n"
         "  <seal src=\"" + src + "\"/></signature>\n"
         "</gongwen>\n";
}

inline void write_bytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& b) {
  write_text(path, std::string(b.begin(), b.end()));
}

inline RenderResult render_sealed(const std::string& src, const RenderOptions& ro) {
  return shared_engine().render(sealed_notice(src), "n.xml", ro);
}

inline RenderOptions with_base(const std::filesystem::path& dir) {
  RenderOptions ro;
  ro.base_dir = dir.string();
  return ro;
}

// The one error of a failed render, or nullptr when there is not exactly one.
inline const Diagnostic* only_error(const RenderResult& r) {
  const Diagnostic* found = nullptr;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.severity != Severity::error) continue;
    if (found) return nullptr;
    found = &d;
  }
  return found;
}

}  // namespace gongwen::test
