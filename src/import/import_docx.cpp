// .docx → notice XML: the package read with libzip (capped), its XML with pugixml, then
// the same recognition as plain text (import.md ".docx").
#include <fmt/format.h>
#include <pugixml.hpp>

#include "gongwen/import.hpp"
#include "import/docx_document.hpp"
#include "import/docx_package.hpp"
#include "import/import_core.hpp"

namespace gongwen {

ImportResult import_docx(std::string_view bytes, std::string_view source_name,
                         const ImportOptions& options) {
  using namespace detail;
  ImportContext c;
  c.name = std::string(source_name);
  c.language = options.language;
  if (!within_input_limit(bytes, options, c)) return std::move(c.result);
  // Each part is capped at the input limit once decompressed: a zip bomb stops there.
  DocxPackage package(bytes, options.max_input_bytes);
  // Records the error only: the caller returns the result (moving it out here would lose
  // the error when called from read below — found by fuzz_import_docx).
  auto damaged = [&](const std::string& why) {
    // `why` comes from libzip or the package reader, as it is.
    c.error(msg("GW-E-IMPORT-DOCX", {{"why", why}}));
  };
  if (!package.ok()) {
    damaged(package.error());
    return std::move(c.result);
  }
  if (!package.has("word/document.xml")) {
    c.error(msg("GW-E-IMPORT-FORMAT", "not-word"));
    return std::move(c.result);
  }
  std::string document, numbering, styles;
  auto read = [&](const char* name, std::string& out) {
    if (package.read(name, out)) return true;
    if (package.too_large()) {
      c.error(msg("GW-E-IMPORT-TOO-LARGE", "part", {{"what", package.error()}}));
    } else {
      damaged(package.error());
    }
    return false;
  };
  // An optional part (numbering, styles) is read when present, with the same cap.
  auto read_optional = [&](const char* name, std::string& out) {
    return !package.has(name) || read(name, out);
  };
  if (!read("word/document.xml", document) || !read_optional("word/numbering.xml", numbering) ||
      !read_optional("word/styles.xml", styles)) {
    return std::move(c.result);
  }
  // pugixml never expands external entities or reads DTDs; parse_default keeps it so.
  auto parse = [&](const char* name, const std::string& text, pugi::xml_document& out) {
    pugi::xml_parse_result pr = out.load_buffer(text.data(), text.size());
    if (!pr) {
      damaged(fmt::format("{} is not well-formed XML ({} at byte {})", name, pr.description(),
                          pr.offset));
    }
    return static_cast<bool>(pr);
  };
  pugi::xml_document doc, num, sty;
  // An absent optional part stays an empty document (no numbering, no styles).
  if (!parse("word/document.xml", document, doc) ||
      (!numbering.empty() && !parse("word/numbering.xml", numbering, num)) ||
      (!styles.empty() && !parse("word/styles.xml", styles, sty))) {
    return std::move(c.result);
  }
  ImportLog log;
  log.language = options.language;
  DocxContent content =
      read_docx_body(doc.child("w:document").child("w:body"), num.child("w:numbering"),
                     sty.child("w:styles"), log);
  return finish_import(std::move(content.lines), std::move(content.tables), std::move(log), c, options);
}

}  // namespace gongwen
