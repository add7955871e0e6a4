#include "common/json_text.hpp"

#include <fmt/format.h>

namespace gongwen::detail {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += fmt::format("\\u{:04x}", c);
        } else {
          out += ch;  // UTF-8 passes through
        }
    }
  }
  return out + "\"";
}

std::string json_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  std::string out = "[";
  for (const Diagnostic& d : diagnostics) {
    if (out.size() > 1) out += ",";
    out += fmt::format(
        "{{\"severity\":\"{}\",\"code\":{},\"message\":{},\"file\":{},\"line\":{},\"column\":{}}}",
        severity_name(d.severity), json_string(d.code), json_string(d.message),
        json_string(d.where.file), d.where.line, d.where.column);
  }
  return out + "]";
}

}  // namespace gongwen::detail
