// Helpers for the parse stage's tests: parse a string as "n.xml", find a diagnostic, and
// assert an error's code and line:column.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/diagnostics.hpp"
#include "common/utf8.hpp"
#include "parse/parse_notice.hpp"
#include "support/files.hpp"

namespace gongwen::detail::parse_support {

struct Parsed {
  Document doc;
  std::vector<Diagnostic> diags;
  bool ok = false;
  const Diagnostic* find(const std::string& code) const {
    for (const auto& d : diags) {
      if (d.code == code) return &d;
    }
    return nullptr;
  }
  int count(Severity s) const {
    int n = 0;
    for (const auto& d : diags) n += d.severity == s;
    return n;
  }
  std::string all() const {
    std::string s;
    for (const auto& d : diags) s += format_diagnostic(d) + "\n";
    return s;
  }
};

inline Parsed parse(const std::string& xml, ParseOptions opt = {}) {
  Parsed p;
  SourceMap map("n.xml", xml);
  Diagnostics d(&map);
  if (opt.seals.base_dir.empty()) opt.seals.base_dir = test::source_path("samples");
  p.ok = parse_notice(xml, opt, p.doc, d);
  p.diags = d.take();
  return p;
}

inline Parsed parse_sample(const std::string& name) {
  return parse(test::read_text(test::source_path("samples/" + name)));
}

// A minimal valid document with `inner` added before </gongwen>.
inline std::string wrap(const std::string& inner) {
  return "<gongwen>\n<title>标题</title>\n<body><p>正文。</p></body>\n" + inner + "</gongwen>\n";
}

// A document whose body is `body`, on line 1.
inline std::string with_body(const std::string& body) {
  return "<gongwen><title>t</title><body>" + body + "</body></gongwen>";
}

inline std::u32string text(const Paragraph& p) {
  std::u32string t;
  for (const Span& s : p.spans) t += s.text;
  return t;
}
inline std::string utf8(const Paragraph& p) { return to_utf8(text(p)); }

// Asserts an error with `code` at line:column.
inline void expect_error(const Parsed& p, const std::string& code, int line, int column) {
  EXPECT_FALSE(p.ok) << code;
  const Diagnostic* d = p.find(code);
  ASSERT_NE(d, nullptr) << "no " << code << " in:\n" << p.all();
  EXPECT_EQ(d->severity, Severity::error);
  EXPECT_EQ(d->where.file, "n.xml");
  EXPECT_EQ(d->where.line, line) << code << "\n" << p.all();
  EXPECT_EQ(d->where.column, column) << code << "\n" << p.all();
  EXPECT_FALSE(d->message.empty());
}
inline void expect_error(const std::string& xml, const std::string& code, int line, int column) {
  expect_error(parse(xml), code, line, column);
}

}  // namespace gongwen::detail::parse_support
