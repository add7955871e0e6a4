// Emits laid-out lines as glyph runs on pages, and records each line for the layout dump.
#pragma once

#include <string>
#include <vector>

#include "model/page_boxes.hpp"
#include "model/lines.hpp"
#include "style/style.hpp"
#include "model/shaped_text.hpp"

namespace gongwen::detail {

// One placed line, for the dump and for tests.
struct LineRecord {
  int page = 0;        // 0-based
  std::string what;    // "title", "addressee", "body", "h1".., "page-number"
  Length top = 0, height = 0;
  Length left = 0, right = 0;  // ink extent of the line's boxes on the page
  Length size = 0;
  std::string fonts;   // PostScript names of the fonts used
  int clusters = 0;
  bool adjusted = false, last = false;
  std::u32string text;
};

class PageWriter {
 public:
  explicit PageWriter(PageSet& pages) : pages_(pages) {}

  int page_count() const { return static_cast<int>(pages_.pages.size()); }
  int add_page() {
    pages_.pages.emplace_back();
    return page_count() - 1;
  }

  // Draws clusters [line.begin, line.end) with the line box's top at `top`, height
  // `height` (each font's em box centred in it: baseline = top + (h − size)/2 + size ×
  // ascender/em), x measured from `area_left`.
  void emit(int page, const std::string& what, const StyledText& text, const ShapedText& shaped,
            const Line& line, Length area_left, Length top, Length height, const Color& color,
            int hscale_permille = 1000);

  // A filled rectangle (a rule), recorded for the dump as well.
  void rect(int page, const std::string& what, const Rect& r);

  const std::vector<LineRecord>& records() const { return records_; }

 private:
  PageSet& pages_;
  std::vector<LineRecord> records_;
};

std::string dump_records(const std::vector<LineRecord>& records);

}  // namespace gongwen::detail
