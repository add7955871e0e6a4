// Reads finished PDF bytes back with tools other than our writer, for tests of any stage:
//  - load(): poppler-cpp's text layer as one entry per glyph, in PDF points;
//  - run(), run_on(): command-line checkers (qpdf, pdffonts, pdfinfo, mutool, gs) with
//    stdout and stderr kept apart, on a temporary copy of the PDF;
//  - fonts(), info(): pdffonts / pdfinfo output parsed into fields.
//
// Coordinates (poppler's convention): points from the page's top-left corner, y down,
// so they compare with layout's EMU through detail::to_pt(). For our CID fonts a glyph's
// box is x = the pen position (PlacedGlyph::x), w = how far the pen moves: up to the next
// glyph of the run (TJ adjustments included), for a run's last glyph its /W advance times
// the size (and Tz); y = baseline − Ascent·size/1000, h = (Ascent − Descent)·size/1000,
// where Ascent/Descent are the font descriptor's (the em box: 880/−120 for Fandol).
// So for a 16 pt Fandol glyph: baseline = y + 14.08 pt.
//
// Functions throw std::runtime_error when a PDF cannot be read or a file written.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace gongwen::test::probe {

struct Glyph {
  std::u32string text;                // usually one character (what ToUnicode maps the glyph to)
  double x = 0, y = 0, w = 0, h = 0;  // pt, from the top-left corner
  double size = 0;                    // font size in pt as poppler sees it
  std::string font;                   // BaseFont as written, e.g. "ABCDEF+FandolFang-Regular"
  int rotation = 0;  // poppler's text direction in quarter turns (0 upright; 1, 2, 3 turned)
};

struct Page {
  double width = 0, height = 0;  // pt
  std::vector<Glyph> glyphs;     // in poppler's reading order
  std::u32string text() const;   // all glyph texts concatenated, no separators
};

// Every page of `pdf` (poppler-cpp). Throws if poppler cannot open it.
std::vector<Page> load(std::span<const std::uint8_t> pdf);

struct Output {
  int status = -1;  // exit status; -1 if the command could not run or was killed
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `command` through /bin/sh and captures stdout and stderr separately.
Output run(const std::string& command);

// Writes `pdf` to a temporary file, runs `command` with the file's quoted path appended
// (e.g. run_on("qpdf --check", pdf), run_on("mutool draw -q -o /dev/null", pdf)) and removes
// the file again.
Output run_on(const std::string& command, std::span<const std::uint8_t> pdf);

// `err` without lines a tool prints for every input on this system (Debian's mutool says
// "warning: ICC support is not available"), so "nothing else on stderr" can be asserted.
std::string without_tool_noise(const std::string& err);

// One row of `pdffonts`.
struct FontRow {
  std::string name, type, encoding;
  bool emb = false, sub = false, uni = false;
};
// Runs pdffonts; throws if it fails.
std::vector<FontRow> fonts(std::span<const std::uint8_t> pdf);

// A field of `pdfinfo` ("Title", "Author", "Creator", "Page size", …), trimmed; empty if
// absent. Throws if pdfinfo fails.
std::string info(std::span<const std::uint8_t> pdf, const std::string& field);

// A file removed when the object goes away (for PDFs a test wants to keep open in a tool).
class TempFile {
 public:
  explicit TempFile(std::span<const std::uint8_t> bytes, const std::string& suffix = ".pdf");
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string quoted() const;  // for a shell command line

 private:
  std::filesystem::path path_;
};

}  // namespace gongwen::test::probe
