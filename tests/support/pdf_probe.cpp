#include "support/pdf_probe.hpp"

#include <poppler-document.h>
#include <poppler-page.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "common/utf8.hpp"

namespace gongwen::test::probe {

namespace {

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

std::u32string Page::text() const {
  std::u32string s;
  for (const Glyph& g : glyphs) s += g.text;
  return s;
}

std::vector<Page> load(std::span<const std::uint8_t> pdf) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      reinterpret_cast<const char*>(pdf.data()), static_cast<int>(pdf.size())));
  if (!doc) throw std::runtime_error("poppler cannot read the PDF");
  std::vector<Page> pages;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) throw std::runtime_error("poppler cannot read page " + std::to_string(i + 1));
    Page out;
    poppler::rectf media = page->page_rect(poppler::media_box);
    out.width = media.width();
    out.height = media.height();
    for (const poppler::text_box& box : page->text_list(poppler::page::text_list_include_font)) {
      poppler::byte_array utf8 = box.text().to_utf8();
      std::u32string chars;
      detail::from_utf8(std::string(utf8.begin(), utf8.end()), chars);
      // poppler keeps one character per glyph box (a glyph mapped to several characters
      // repeats its box), so each character becomes one entry.
      for (std::size_t k = 0; k < chars.size(); ++k) {
        poppler::rectf r = box.char_bbox(k);
        Glyph g;
        g.text = std::u32string(1, chars[k]);
        g.x = r.x();
        g.y = r.y();
        g.w = r.width();
        g.h = r.height();
        g.size = box.get_font_size();
        g.font = box.get_font_name(static_cast<int>(k));
        g.rotation = box.rotation();
        out.glyphs.push_back(std::move(g));
      }
    }
    pages.push_back(std::move(out));
  }
  return pages;
}

TempFile::TempFile(std::span<const std::uint8_t> bytes, const std::string& suffix) {
  std::string tmpl =
      (std::filesystem::temp_directory_path() / ("gongwen-probe-XXXXXX" + suffix)).string();
  int fd = mkstemps(tmpl.data(), static_cast<int>(suffix.size()));
  if (fd < 0) throw std::runtime_error("cannot create a temporary file");
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) {
      ::close(fd);
      std::filesystem::remove(tmpl);
      throw std::runtime_error("cannot write a temporary file");
    }
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  path_ = tmpl;
}

TempFile::~TempFile() {
  std::error_code ec;
  std::filesystem::remove(path_, ec);
}

std::string TempFile::quoted() const {
  std::string q = "'";
  for (char c : path_.string()) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

Output run(const std::string& command) {
  Output result;
  TempFile err_file({}, ".err");
  FILE* p = popen(("(" + command + ") 2>" + err_file.quoted()).c_str(), "r");
  if (!p) return result;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) result.out.append(buf, n);
  int status = pclose(p);
  result.status = status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file(err_file.path());
  return result;
}

Output run_on(const std::string& command, std::span<const std::uint8_t> pdf) {
  TempFile file(pdf);
  return run(command + " " + file.quoted());
}

std::string without_tool_noise(const std::string& err) {
  std::string out;
  for (const std::string& line : split_lines(err)) {
    if (line == "warning: ICC support is not available") continue;
    out += line + "\n";
  }
  return out;
}

std::vector<FontRow> fonts(std::span<const std::uint8_t> pdf) {
  Output o = run_on("pdffonts", pdf);
  if (o.status != 0) throw std::runtime_error("pdffonts failed: " + o.err);
  std::vector<std::string> lines = split_lines(o.out);
  // Rows are "name type… encoding emb sub uni object generation"; a long name pushes the
  // columns right and the type may contain spaces ("CID Type 0C"), so split on words and
  // read from both ends.
  std::vector<FontRow> rows;
  for (std::size_t k = 2; k < lines.size(); ++k) {
    std::vector<std::string> words;
    std::istringstream in(lines[k]);
    for (std::string w; in >> w;) words.push_back(w);
    if (words.size() < 8) throw std::runtime_error("unexpected pdffonts row: " + lines[k]);
    const std::size_t n = words.size();
    FontRow row;
    row.name = words[0];
    for (std::size_t i = 1; i + 6 < n; ++i) row.type += (i > 1 ? " " : "") + words[i];
    row.encoding = words[n - 6];
    row.emb = words[n - 5] == "yes";
    row.sub = words[n - 4] == "yes";
    row.uni = words[n - 3] == "yes";
    rows.push_back(row);
  }
  return rows;
}

std::string info(std::span<const std::uint8_t> pdf, const std::string& field) {
  Output o = run_on("pdfinfo", pdf);
  if (o.status != 0) throw std::runtime_error("pdfinfo failed: " + o.err);
  for (const std::string& line : split_lines(o.out)) {
    if (line.compare(0, field.size() + 1, field + ":") == 0) {
      return trim(line.substr(field.size() + 1));
    }
  }
  return {};
}

}  // namespace gongwen::test::probe
