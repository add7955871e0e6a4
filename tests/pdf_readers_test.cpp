// Issue 12 part 6: every PDF we write opens cleanly in Ghostscript, qpdf and MuPDF, with
// not one error or warning: each sample, and a notice whose 版记 forces the blank page of
// GB/T 9704 §7.5 (the page whose empty content stream once made Ghostscript stop with
// "error reading a stream").
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/pdf_readers.hpp"
#include "support/render.hpp"

namespace gongwen {
namespace {

using test::Rendered;

std::string joined(const std::vector<std::string>& lines) {
  std::string s;
  for (const std::string& l : lines) s += l + "\n";
  return s;
}

std::vector<std::string> sample_files() {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(test::source_path("samples"))) {
    if (e.path().extension() == ".xml") files.push_back(e.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(PdfReaders, EverySampleIsCleanInGhostscriptQpdfAndMuPdf) {
  const std::vector<std::string> files = sample_files();
  // The nine samples of the repository (a new sample is checked too, without editing this).
  ASSERT_GE(files.size(), 9u);
  for (const std::string& file : files) {
    SCOPED_TRACE(file);
    Rendered r = test::render_sample(file);
    ASSERT_TRUE(r.result.ok);
    EXPECT_EQ(joined(test::probe::reader_complaints(r.result.pdf)), "");
  }
}

// A notice with `n` five-line paragraphs and a 版记 (the same body as the pagination tests).
std::string notice_with_paragraphs(int n) {
  std::string p = "<p>为进一步做好有关工作，切实加强组织领导，明确工作责任，细化工作措施，确保各项任务落到实处，现就有关事项通知如下，请各单位结合实际认真贯彻落实，及时报告工作进展情况和存在的问题，共同推动工作取得实效。</p>";
  std::string body;
  for (int i = 0; i < n; ++i) body += p;
  return "<gongwen><title>关于做好有关工作的通知</title><addressee>各单位</addressee><body>" +
         body +
         "</body><signature><issuer>某某局</issuer><date>2023-01-01</date></signature>"
         "<colophon><printer>某某局办公室</printer><print-date>2023-01-02</print-date>"
         "</colophon></gongwen>";
}

TEST(PdfReaders, BlankPageBeforeTheColophonIsClean) {
  // §7.4/§7.5: content filling an even page leaves the next page blank and puts the 版记 on
  // the one after. 22 lines a page, 5 lines a paragraph: some n below 16 must do that.
  int checked = 0;
  for (int n = 1; n <= 16 && checked == 0; ++n) {
    Rendered r = test::render_xml(notice_with_paragraphs(n));
    ASSERT_TRUE(r.result.ok) << n;
    bool blank = false;
    for (const auto& page : r.pages) blank = blank || page.glyphs.empty();
    if (!blank) continue;
    SCOPED_TRACE(n);
    EXPECT_EQ(joined(test::probe::reader_complaints(r.result.pdf)), "");
    ++checked;
  }
  EXPECT_EQ(checked, 1) << "no notice of 1..16 paragraphs has a blank page";
}

}  // namespace
}  // namespace gongwen
