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
  if (!within_input_limit(bytes, options, c)) return std::move(c.result);
  // Each part is capped at the input limit once decompressed: a zip bomb stops there.
  DocxPackage package(bytes, options.max_input_bytes);
  // Records the error only: the caller returns the result (moving it out here would lose
  // the error when called from read below — found by fuzz_import_docx).
  auto damaged = [&](const std::string& why) {
    c.error("GW-E-IMPORT-DOCX",
            fmt::format("this .docx cannot be read: {}; open it in Word or WPS and save it again "
                        "as .docx", why));
  };
  if (!package.ok()) {
    damaged(package.error());
    return std::move(c.result);
  }
  if (!package.has("word/document.xml")) {
    c.error("GW-E-IMPORT-FORMAT",
            "this zip package is not a Word document (no word/document.xml): import a .docx or a .txt");
    return std::move(c.result);
  }
  std::string document, numbering;
  auto read = [&](const char* name, std::string& out) {
    if (package.read(name, out)) return true;
    if (package.too_large()) {
      c.error("GW-E-IMPORT-TOO-LARGE",
              fmt::format("{}: over the limit; split the document or raise the limit "
                          "(--max-input-bytes)", package.error()));
    } else {
      damaged(package.error());
    }
    return false;
  };
  if (!read("word/document.xml", document)) return std::move(c.result);
  if (package.has("word/numbering.xml") && !read("word/numbering.xml", numbering)) {
    return std::move(c.result);
  }
  // pugixml never expands external entities or reads DTDs; parse_default keeps it so.
  pugi::xml_document doc, num;
  pugi::xml_parse_result pr = doc.load_buffer(document.data(), document.size());
  if (!pr) {
    damaged(fmt::format("word/document.xml is not well-formed XML ({} at byte {})",
                        pr.description(), pr.offset));
    return std::move(c.result);
  }
  if (!numbering.empty()) {
    pugi::xml_parse_result nr = num.load_buffer(numbering.data(), numbering.size());
    if (!nr) {
      damaged(fmt::format("word/numbering.xml is not well-formed XML ({} at byte {})",
                          nr.description(), nr.offset));
      return std::move(c.result);
    }
  }
  ImportLog log;
  DocxContent content =
      read_docx_body(doc.child("w:document").child("w:body"), num.child("w:numbering"), log);
  return finish_import(std::move(content.lines), std::move(content.tables), std::move(log), c, options);
}

}  // namespace gongwen
