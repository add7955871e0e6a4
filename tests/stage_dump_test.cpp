// `gongwen dump model|runs|lines|pages`: runs for every stage on every sample and prints
// something plausible (the sample's own text, the line kinds the format promises).
#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <tuple>
#include <vector>

#include "support/files.hpp"

namespace gongwen {
namespace {

using test::read_text;
using test::run_command;
using test::source_path;

const char* const kSamples[] = {"seed-000-haozhao.xml", "seed-002-tongzhi.xml", "seed-004-xin.xml",
                                "joint-notice.xml",     "upward-request.xml",   "long-title.xml",
                                "letter.xml",           "minutes.xml",          "order.xml"};
const char* const kStages[] = {"model", "runs", "lines", "pages"};

// The first `n` characters (code points) of the text of the first <tag> in `xml`, markup
// skipped; empty when there is none.
std::string first_chars(const std::string& xml, const std::string& tag, int n) {
  auto at = xml.find("<" + tag + ">");
  if (at == std::string::npos) return "";
  std::string out;
  bool in_markup = false;
  for (std::size_t i = at + tag.size() + 2; i < xml.size(); ++i) {
    const auto c = static_cast<unsigned char>(xml[i]);
    if (c == '<') in_markup = true;
    if (!in_markup) {
      if ((c & 0xC0) != 0x80 && n-- == 0) break;  // a lead byte starts a new character
      out += xml[i];
    }
    if (c == '>') in_markup = false;
  }
  return out;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::size_t a = 0;
  while (a < s.size()) {
    std::size_t b = s.find('\n', a);
    if (b == std::string::npos) b = s.size();
    out.push_back(s.substr(a, b - a));
    a = b + 1;
  }
  return out;
}

bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

class StageDump : public ::testing::TestWithParam<std::tuple<const char*, const char*>> {};

TEST_P(StageDump, PrintsTheSamplesTextInTheStagesFormat) {
  const std::string sample = std::get<0>(GetParam());
  const std::string stage = std::get<1>(GetParam());
  const std::string path = source_path("samples/" + sample);
  // Warnings (e.g. a font fallback) go to stderr; only the dump is read.
  auto r = run_command("(" + std::string(GONGWEN_CLI_PATH) + " dump " + stage + " '" + path +
                       "' 2>/dev/null)");
  ASSERT_EQ(r.status, 0) << r.out;
  const std::vector<std::string> rows = lines_of(r.out);
  ASSERT_GE(rows.size(), 2u);  // at least a header and one item (order.xml has one paragraph)

  // Every sample's first body paragraph is prepared, laid out and in the model; a title,
  // when there is one, too. Four characters fit on one line of any of them.
  const std::string xml = read_text(path);
  const std::string body = first_chars(xml.substr(xml.find("<body>")), "p", 4);
  ASSERT_FALSE(body.empty());
  EXPECT_NE(r.out.find(body), std::string::npos) << body;
  const std::string title = first_chars(xml, "title", 4);
  if (!title.empty()) {
    EXPECT_NE(r.out.find(title), std::string::npos) << title;
  }

  int kinds = 0;
  for (const std::string& row : rows) {
    if (stage == "model") {
      EXPECT_NE(row.find(" @"), std::string::npos) << row;  // every item has its place
      kinds += starts_with(row, "format @1:1 ");
    } else if (stage == "runs") {
      const bool run = starts_with(row, "run ");
      EXPECT_TRUE(run || starts_with(row, "paragraph ")) << row;
      if (run && row.find(" break") == std::string::npos) {
        EXPECT_NE(row.find(" font=Fandol"), std::string::npos) << row;
        EXPECT_NE(row.find("pt \""), std::string::npos) << row;
        // Body text: 3号 (16 pt) 仿宋, a full-width character one em (5.644 mm) wide.
        kinds += row.find("font=FandolFang-Regular size=16pt") != std::string::npos &&
                 row.find("+5.644") != std::string::npos;
      }
    } else if (stage == "lines") {
      const bool line = starts_with(row, "line ");
      EXPECT_TRUE(line || starts_with(row, "paragraph ")) << row;
      if (line) {
        EXPECT_NE(row.find(" break="), std::string::npos) << row;
      }
      kinds += line && row.find(" break=end ") != std::string::npos;
    } else {
      EXPECT_TRUE(starts_with(row, "page ")) << row;
      kinds += row.find(" body ") != std::string::npos;
    }
  }
  EXPECT_GT(kinds, 0) << "no " << stage << " row of the expected kind";
}

INSTANTIATE_TEST_SUITE_P(Samples, StageDump,
                         ::testing::Combine(::testing::ValuesIn(kSamples),
                                            ::testing::ValuesIn(kStages)),
                         [](const auto& param_info) {
                           std::string s = std::string(std::get<1>(param_info.param)) + "_" +
                                           std::get<0>(param_info.param);
                           for (char& c : s) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return s;
                         });

TEST(StageDumpCli, UnknownStageIsBadUsage) {
  auto r = run_command(std::string(GONGWEN_CLI_PATH) + " dump glyphs '" +
                       source_path("samples/letter.xml") + "'");
  EXPECT_EQ(r.status, 2) << r.out;
}

TEST(StageDumpCli, UnreadableInputFailsWithItsDiagnostic) {
  auto r = run_command(std::string(GONGWEN_CLI_PATH) + " dump lines /nonexistent/notice.xml");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("GW-E-INPUT-UNREADABLE"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace gongwen
