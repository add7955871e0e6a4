// Renders a sample (or XML text) with a shared Engine and reads the PDF back.
#pragma once

#include <string>
#include <vector>

#include "gongwen/gongwen.hpp"
#include "support/files.hpp"
#include "support/pdf_graphics.hpp"
#include "support/pdf_text.hpp"

namespace gongwen::test {

struct Rendered {
  RenderResult result;
  std::vector<PdfPage> pages;
  std::vector<PdfGraphics> graphics;
};

inline const Engine& shared_engine() {
  static Engine engine;
  return engine;
}

inline Rendered render_xml(const std::string& xml, const std::string& name = "test.xml") {
  Rendered r;
  RenderOptions ro;
  ro.base_dir = source_path("samples");
  r.result = shared_engine().render(xml, name, ro);
  if (r.result.ok) {
    r.pages = read_pdf_text(r.result.pdf);
    r.graphics = read_graphics(r.result.pdf);
  }
  return r;
}

inline Rendered render_sample(const std::string& file) {
  return render_xml(read_text(source_path("samples/" + file)), file);
}

}  // namespace gongwen::test
